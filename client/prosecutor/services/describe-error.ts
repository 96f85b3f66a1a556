// Turns any failure into one sentence for the person at the screen. A server refusal gets the
// words of its code (server-refusal.ts), never the server's English; everything unexpected gets a
// calm generic sentence, never a stack.
// describeErrorText gives a message for the page to show in its language; describeError gives
// the words (English unless `words` say otherwise).
import { ApiError, NetworkError } from '../../shared/http';
import { msg, translate, verbatim, type Message } from '../../shared/i18n/message';
import type { Words } from '../../shared/i18n/words';
import { TrustError } from '../../shared/trust';
import { KdfError } from '../kdf/kdf-client';
import { englishProsecutor, inEnglish } from './english';
import { SignedOutError } from './member-api';
import { prosecutorRefusal } from './server-refusal';

/** An error whose words were written for the person using the page; `message` is them in English. */
export class UserFacingError extends Error {
  readonly text: Message;
  constructor(message: string | Message) {
    super(typeof message === 'string' ? message : inEnglish(message));
    this.text = typeof message === 'string' ? verbatim(message) : message;
    this.name = 'UserFacingError';
  }
}

export function describeErrorText(error: unknown): Message {
  if (error instanceof UserFacingError || error instanceof NetworkError || error instanceof SignedOutError || error instanceof TrustError) {
    return error.text;
  }
  if (error instanceof ApiError) {
    if (error.status >= 500) return msg('prosecutor:errors.server');
    // The server's English (error.message) is never shown: the code's words in the page language.
    return prosecutorRefusal(error);
  }
  if (error instanceof KdfError) {
    if (error.code === 'weak_kdf_params' || error.code === 'excessive_kdf_params') return msg('prosecutor:errors.unsafeKdf');
    if (error.code === 'worker_failed') return error.text;
  }
  return msg('prosecutor:errors.generic');
}

export function describeError(error: unknown, words: Words = englishProsecutor()): string {
  return translate(words, describeErrorText(error));
}
