// Turns a failed API request into a ServiceFailure with words for people: `what` failed, then why.
import { msg, type Message } from '../../shared/i18n/message';
import { ApiError, NetworkError } from '../../shared/http';
import { ServiceFailure } from './errors';

export function requestFailure(error: unknown, what: Message): ServiceFailure {
  if (error instanceof ServiceFailure) return error;
  if (error instanceof NetworkError) return new ServiceFailure(msg('whistleblower:errors.connection', { what }));
  if (error instanceof ApiError) {
    if (error.status >= 500 && error.status !== 429) {
      return new ServiceFailure(msg('whistleblower:errors.server', { what, status: String(error.status) }));
    }
    // The server's own words (a refusal, too many requests).
    return new ServiceFailure(msg('whistleblower:errors.refused', { what, why: error.text }));
  }
  return new ServiceFailure(msg('whistleblower:errors.tryAgain', { what }));
}
