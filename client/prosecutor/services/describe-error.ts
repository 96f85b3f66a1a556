// Turns any failure into one sentence for the person at the screen. Server messages are written
// for people (api/ errorBody); everything unexpected gets a calm generic sentence, never a stack.
import { ApiError, NetworkError } from '../../shared/http';
import { TrustError } from '../../shared/trust';
import { KdfError } from '../kdf/kdf-client';
import { SignedOutError } from './member-api';

/** An error whose message was written for the person using the page. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

const GENERIC = 'Something went wrong on this page. Reload it and try again; if it keeps happening, tell your agency administrator.';

export function describeError(error: unknown): string {
  if (error instanceof UserFacingError || error instanceof NetworkError || error instanceof SignedOutError || error instanceof TrustError) {
    return error.message;
  }
  if (error instanceof ApiError) {
    if (error.status >= 500) return 'The server could not complete this request. Try again in a moment.';
    return error.message !== '' ? error.message : `The server refused this request (${error.status}).`;
  }
  if (error instanceof KdfError) {
    if (error.code === 'weak_kdf_params' || error.code === 'excessive_kdf_params') {
      return 'The server asked for unsafe key-derivation settings, so this page stopped. Tell your agency administrator.';
    }
    if (error.code === 'worker_failed') return error.message;
  }
  return GENERIC;
}
