// Words, in the page language, for why the server refused a request. The server's own message is
// English (kept on ApiError.message for logs and tests) and is never shown: each code of the
// closed set in api/errors.ts has its words here, and a code this page does not know gets a
// general sentence.
import { UNREADABLE_REQUEST_CODES, type ErrorCode } from '../../../api/index';
import type { ApiError } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { refusalTextFrom, sameWords, serverRefusalFrom } from '../../shared/server-refusal';

// i18n-keys: whistleblower:errors.why.unreadable, whistleblower:errors.why.tookTooLong, whistleblower:errors.why.notFound, whistleblower:errors.why.alreadyDone, whistleblower:errors.why.threadMovedOn, whistleblower:errors.why.threadFull, whistleblower:errors.why.tooLarge, whistleblower:errors.why.noRoom, whistleblower:errors.why.fileNotReady, whistleblower:errors.why.busy, whistleblower:errors.why.problem, whistleblower:errors.why.agencyUnavailable, whistleblower:errors.why.refused, whistleblower:errors.sessionEnded, whistleblower:errors.noSuchCase
const WHY = {
  unreadable: 'whistleblower:errors.why.unreadable',
  tookTooLong: 'whistleblower:errors.why.tookTooLong',
  notFound: 'whistleblower:errors.why.notFound',
  alreadyDone: 'whistleblower:errors.why.alreadyDone',
  threadMovedOn: 'whistleblower:errors.why.threadMovedOn',
  threadFull: 'whistleblower:errors.why.threadFull',
  tooLarge: 'whistleblower:errors.why.tooLarge',
  noRoom: 'whistleblower:errors.why.noRoom',
  fileNotReady: 'whistleblower:errors.why.fileNotReady',
  busy: 'whistleblower:errors.why.busy',
  problem: 'whistleblower:errors.why.problem',
  agencyUnavailable: 'whistleblower:errors.why.agencyUnavailable',
  refused: 'whistleblower:errors.why.refused',
  sessionEnded: 'whistleblower:errors.sessionEnded',
  noSuchCase: 'whistleblower:errors.noSuchCase',
} as const;

/** The words for each server code (a Record, so a new code in api/ does not compile without). */
export const REFUSAL_KEYS: Readonly<Record<ErrorCode, (typeof WHY)[keyof typeof WHY]>> = {
  ...sameWords(UNREADABLE_REQUEST_CODES, WHY.unreadable),
  unauthorized: WHY.sessionEnded,
  session_expired: WHY.sessionEnded,
  case_auth_failed: WHY.noSuchCase,
  request_timeout: WHY.tookTooLong,
  challenge_expired: WHY.tookTooLong,
  challenge_replayed: WHY.tookTooLong,
  forbidden: WHY.notFound,
  not_found: WHY.notFound,
  gone: WHY.notFound,
  conflict: WHY.alreadyDone,
  case_exists: WHY.alreadyDone,
  file_exists: WHY.alreadyDone,
  thread_moved_on: WHY.threadMovedOn,
  thread_full: WHY.threadFull,
  payload_too_large: WHY.tooLarge,
  file_too_large: WHY.tooLarge,
  quota_exceeded: WHY.noRoom,
  file_not_ready: WHY.fileNotReady,
  too_many_requests: WHY.busy,
  too_many_attempts: WHY.busy,
  internal: WHY.problem,
  unavailable: WHY.problem,
  invalid_recipient: WHY.agencyUnavailable,
  agency_not_certified: WHY.agencyUnavailable,
  // Only agency members meet these (sign-in, enrolment, approval): the general sentence.
  login_failed: WHY.refused,
  invite_invalid: WHY.refused,
  username_taken: WHY.refused,
  keys_in_use: WHY.refused,
  agency_has_admin: WHY.refused,
  invalid_keys: WHY.refused,
  invalid_certificate: WHY.refused,
  not_pending: WHY.refused,
};

/** Words for a server code; a code outside api/'s set gets the general sentence. */
export function refusalText(code: string): Message {
  // i18n-forward: the keys of WHY, listed in its i18n-keys comment.
  return refusalTextFrom(REFUSAL_KEYS, code, msg(WHY.refused));
}

/**
 * Why the server refused, in the page language. An ApiError the client made itself (no error
 * body, a response that did not match: codes outside api/'s set) already carries our own words.
 */
export function serverRefusal(error: ApiError): Message {
  // i18n-forward: the keys of WHY, listed in its i18n-keys comment.
  return serverRefusalFrom(REFUSAL_KEYS, error, msg(WHY.refused));
}
