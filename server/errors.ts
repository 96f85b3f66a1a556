// The one error type routes throw to answer a client with a specific status and stable code.
// Anything else that escapes a handler becomes a 500 with no detail (see plugins/error-handler).

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'not_acceptable'
  | 'request_timeout'
  | 'conflict'
  | 'gone'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'headers_too_large'
  | 'internal'
  | 'unavailable'
  // The core loop (docs/PROTOCOL.md §17 and server/routes/): stable codes clients switch on.
  | 'invalid_encoding'
  | 'session_expired'
  | 'login_failed'
  | 'too_many_attempts'
  | 'invite_invalid'
  | 'username_taken'
  | 'keys_in_use'
  | 'agency_has_admin'
  | 'agency_not_certified'
  | 'invalid_keys'
  | 'invalid_certificate'
  | 'not_pending'
  | 'case_auth_failed'
  | 'challenge_expired'
  | 'challenge_replayed'
  | 'invalid_case'
  | 'case_exists'
  | 'invalid_recipient'
  | 'invalid_message'
  | 'thread_moved_on'
  | 'thread_full'
  // Evidence files (api/files.ts).
  | 'invalid_upload'
  | 'file_too_large'
  | 'quota_exceeded'
  | 'file_exists'
  | 'file_not_ready';

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
