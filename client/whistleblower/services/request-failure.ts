// Turns a failed API request into a ServiceFailure with words for people: `what` failed, then why.
// Why the server refused is said in the page language (server-refusal.ts), never in the
// server's own English words.
import { msg, type Message } from '../../shared/i18n/message';
import { ApiError, NetworkError } from '../../shared/http';
import { ServiceFailure } from './errors';
import { serverRefusal } from './server-refusal';

export function requestFailure(error: unknown, what: Message): ServiceFailure {
  if (error instanceof ServiceFailure) return error;
  if (error instanceof NetworkError) return new ServiceFailure(msg('whistleblower:errors.connection', { what }));
  if (error instanceof ApiError) {
    if (error.status >= 500 && error.status !== 429) {
      return new ServiceFailure(msg('whistleblower:errors.server', { what, status: String(error.status) }));
    }
    // A refusal, too many requests: the code's words in the page language.
    return new ServiceFailure(msg('whistleblower:errors.refused', { what, why: serverRefusal(error) }));
  }
  return new ServiceFailure(msg('whistleblower:errors.tryAgain', { what }));
}
