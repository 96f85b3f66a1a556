// The crypto and everything that uses it load only when the person starts a report or comes
// back with a code, so the landing page paints at once even on a slow Tor circuit.
import { msg } from '../../shared/i18n/message';
import { ServiceFailure } from './errors';

export type Services = typeof import('./crypto-services');

let pending: Promise<Services> | undefined;

/** Starts (or joins) loading the crypto services; a failed load can be retried. */
export function loadServices(): Promise<Services> {
  pending ??= import('./crypto-services')
    .then(async (services) => {
      await services.ready();
      return services;
    })
    .catch(() => {
      pending = undefined;
      throw new ServiceFailure(msg('whistleblower:errors.servicesLoad'));
    });
  return pending;
}
