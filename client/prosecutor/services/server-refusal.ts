// Words, in the page language, for why the server refused a prosecutor's request. The server's
// own message is English and is never shown: each code of the closed set in api/errors.ts has a
// key here (codes staff meet have words of their own, related codes share a sentence), and a code
// this page does not know gets the general sentence (errors.refused, with the HTTP status).
import { UNREADABLE_REQUEST_CODES, type ErrorCode } from '../../../api/index';
import type { ApiError } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { refusalTextFrom, sameWords, serverRefusalFrom } from '../../shared/server-refusal';

// i18n-keys: prosecutor:errors.why.unreadable, prosecutor:errors.why.loginFailed, prosecutor:errors.why.lockedOut, prosecutor:errors.why.busy, prosecutor:errors.why.inviteInvalid, prosecutor:errors.why.usernameTaken, prosecutor:errors.why.keysInUse, prosecutor:errors.why.agencyHasAdmin, prosecutor:errors.why.invalidKeys, prosecutor:errors.why.notPending, prosecutor:errors.why.agencyNotCertified, prosecutor:errors.why.notFound, prosecutor:errors.why.alreadyDone, prosecutor:errors.why.threadMovedOn, prosecutor:errors.why.threadFull, prosecutor:errors.why.tookTooLong, prosecutor:errors.why.tooLarge, prosecutor:errors.why.noRoom, prosecutor:errors.why.fileNotReady, prosecutor:errors.why.general, prosecutor:errors.signedOut, prosecutor:errors.server
const WHY = {
  unreadable: 'prosecutor:errors.why.unreadable',
  loginFailed: 'prosecutor:errors.why.loginFailed',
  lockedOut: 'prosecutor:errors.why.lockedOut',
  busy: 'prosecutor:errors.why.busy',
  inviteInvalid: 'prosecutor:errors.why.inviteInvalid',
  usernameTaken: 'prosecutor:errors.why.usernameTaken',
  keysInUse: 'prosecutor:errors.why.keysInUse',
  agencyHasAdmin: 'prosecutor:errors.why.agencyHasAdmin',
  invalidKeys: 'prosecutor:errors.why.invalidKeys',
  notPending: 'prosecutor:errors.why.notPending',
  agencyNotCertified: 'prosecutor:errors.why.agencyNotCertified',
  notFound: 'prosecutor:errors.why.notFound',
  alreadyDone: 'prosecutor:errors.why.alreadyDone',
  threadMovedOn: 'prosecutor:errors.why.threadMovedOn',
  threadFull: 'prosecutor:errors.why.threadFull',
  tookTooLong: 'prosecutor:errors.why.tookTooLong',
  tooLarge: 'prosecutor:errors.why.tooLarge',
  noRoom: 'prosecutor:errors.why.noRoom',
  fileNotReady: 'prosecutor:errors.why.fileNotReady',
  general: 'prosecutor:errors.why.general',
  signedOut: 'prosecutor:errors.signedOut',
  server: 'prosecutor:errors.server',
} as const;

/** The words for each server code (a Record, so a new code in api/ does not compile without). */
export const PROSECUTOR_REFUSAL_KEYS: Readonly<Record<ErrorCode, (typeof WHY)[keyof typeof WHY]>> = {
  ...sameWords(UNREADABLE_REQUEST_CODES, WHY.unreadable),
  unauthorized: WHY.signedOut,
  session_expired: WHY.signedOut,
  login_failed: WHY.loginFailed,
  too_many_attempts: WHY.lockedOut,
  too_many_requests: WHY.busy,
  invite_invalid: WHY.inviteInvalid,
  username_taken: WHY.usernameTaken,
  keys_in_use: WHY.keysInUse,
  agency_has_admin: WHY.agencyHasAdmin,
  invalid_keys: WHY.invalidKeys,
  invalid_certificate: WHY.invalidKeys,
  not_pending: WHY.notPending,
  agency_not_certified: WHY.agencyNotCertified,
  forbidden: WHY.notFound,
  not_found: WHY.notFound,
  gone: WHY.notFound,
  case_auth_failed: WHY.notFound,
  conflict: WHY.alreadyDone,
  case_exists: WHY.alreadyDone,
  file_exists: WHY.alreadyDone,
  thread_moved_on: WHY.threadMovedOn,
  thread_full: WHY.threadFull,
  request_timeout: WHY.tookTooLong,
  challenge_expired: WHY.tookTooLong,
  challenge_replayed: WHY.tookTooLong,
  payload_too_large: WHY.tooLarge,
  file_too_large: WHY.tooLarge,
  quota_exceeded: WHY.noRoom,
  file_not_ready: WHY.fileNotReady,
  internal: WHY.server,
  unavailable: WHY.server,
  // Whistleblower-side codes a prosecutor page should not meet: the general sentence.
  invalid_recipient: WHY.general,
};

/** The general sentence, for a code this page does not know. */
function general(): Message {
  return msg('prosecutor:errors.why.general');
}

/** Words for a server code; a code outside api/'s set gets the general sentence. */
export function prosecutorRefusalText(code: string): Message {
  return refusalTextFrom(PROSECUTOR_REFUSAL_KEYS, code, general());
}

/** Why the server refused, in the page language (the client's own words kept, never the server's). */
export function prosecutorRefusal(error: ApiError): Message {
  return serverRefusalFrom(PROSECUTOR_REFUSAL_KEYS, error, general());
}
