// Turns a failed API request into a ServiceFailure with words for people.
import { ApiError, NetworkError } from '../../shared/http';
import { ServiceFailure } from './errors';

export function requestFailure(error: unknown, what: string): ServiceFailure {
  if (error instanceof ServiceFailure) return error;
  if (error instanceof NetworkError) {
    return new ServiceFailure(`${what} The connection failed: on Tor this happens now and then. Check your connection and try again.`);
  }
  if (error instanceof ApiError) {
    if (error.status === 429) return new ServiceFailure(`${what} ${error.message}`);
    if (error.status >= 500) return new ServiceFailure(`${what} The tip line had a problem (error ${error.status}). Please try again in a few minutes.`);
    return new ServiceFailure(`${what} ${error.message}`);
  }
  return new ServiceFailure(`${what} Please try again.`);
}
