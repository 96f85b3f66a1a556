// The one error type routes throw to answer a client with a specific status and stable code.
// Anything else that escapes a handler becomes a 500 with no detail (see plugins/error-handler).

// The closed set of codes lives in the API contract, so the clients can give each one words.
import type { ErrorCode } from '../api/errors';

export type { ErrorCode };

export class HttpError extends Error {
  override readonly name = 'HttpError';

  /**
   * @param status an HTTP error status (400-599)
   * @param code a stable, machine-readable code clients can switch on
   * @param message shown to the client verbatim: never put user input or internals in it
   */
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new RangeError(`HttpError status must be 400-599, got ${String(status)}`);
    }
    super(message);
  }
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}
