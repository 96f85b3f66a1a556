// Every `code` the server may answer in an error body (errorBody in common.ts): a closed set.
// server/errors.ts takes its ErrorCode from here, and the clients give each code words of their
// own in the page language (a unit test fails on a code without words).
export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'not_acceptable',
  'request_timeout',
  'conflict',
  'gone',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'too_many_requests',
  'headers_too_large',
  'internal',
  'unavailable',
  // The core loop (docs/PROTOCOL.md §17 and server/routes/): stable codes clients switch on.
  'invalid_encoding',
  'session_expired',
  'login_failed',
  'too_many_attempts',
  'invite_invalid',
  'username_taken',
  'keys_in_use',
  'agency_has_admin',
  'agency_not_certified',
  'invalid_keys',
  'invalid_certificate',
  'not_pending',
  'case_auth_failed',
  'challenge_expired',
  'challenge_replayed',
  'invalid_case',
  'case_exists',
  'invalid_recipient',
  'invalid_message',
  'thread_moved_on',
  'thread_full',
  // Evidence files (api/files.ts).
  'invalid_upload',
  'file_too_large',
  'quota_exceeded',
  'file_exists',
  'file_not_ready',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `code` is one the server may send (the client also makes codes of its own). */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The codes that mean "the request itself could not be read" (malformed, of the wrong kind, or not
 * what the route takes): a person can do nothing about any of them but try again, so both apps
 * give them one sentence.
 */
export const UNREADABLE_REQUEST_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'invalid_encoding',
  'method_not_allowed',
  'not_acceptable',
  'uri_too_long',
  'unsupported_media_type',
  'headers_too_large',
  'invalid_case',
  'invalid_message',
  'invalid_upload',
] as const satisfies readonly ErrorCode[];
