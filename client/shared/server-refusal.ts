// Shared by the two apps: words, in the page language, for why the server refused a request.
// The server's own message is English (kept on ApiError.message for logs and tests) and is never
// shown. Each app maps every code of the closed set in api/errors.ts to a key of its own (a
// Record, so a new code does not compile without words); a code outside the set gets the app's
// general sentence.
import { isErrorCode, type ErrorCode } from '../../api/index';
import type { ApiError } from './http';
import { msg, type Message } from './i18n/message';

/** Each server code to a fully qualified key, listed in an i18n-keys comment where it is written. */
export type RefusalKeys = Readonly<Record<ErrorCode, string>>;

/** The same words for each of `codes` (to spread into an app's map). */
export function sameWords<Code extends ErrorCode, Key extends string>(codes: readonly Code[], key: Key): Record<Code, Key> {
  return Object.fromEntries(codes.map((code) => [code, key])) as Record<Code, Key>;
}

/** Words for a server code; a code outside api/'s set gets `general`. */
export function refusalTextFrom(keys: RefusalKeys, code: string, general: Message): Message {
  // i18n-forward: the keys come from the caller's map, listed in its i18n-keys comment.
  return isErrorCode(code) ? msg(keys[code]) : general;
}

/**
 * Why the server refused, in the page language. An ApiError the client made itself (no error
 * body, a response that did not match: codes outside api/'s set) already carries our own words.
 */
export function serverRefusalFrom(keys: RefusalKeys, error: ApiError, general: Message): Message {
  if (isErrorCode(error.code)) return refusalTextFrom(keys, error.code, general);
  return 'key' in error.text ? error.text : general;
}
