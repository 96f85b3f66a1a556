// Failures the whistleblower pages show. Every one carries `text`, a message for the person that
// the page shows in its language, and `message`, the same words in English (logs, tests); none
// carries a secret (the case code suggestion lives only in CaseCodeInvalid.problem).
import { msg, verbatim, translate, type Message } from '../../shared/i18n/message';
import type { Words } from '../../shared/i18n/words';
import type { CaseCodeProblem } from '../logic/case-code-problem';
import { englishWhistleblower, inEnglish } from '../logic/english';

function asText(message: string | Message): Message {
  return typeof message === 'string' ? verbatim(message) : message;
}

/** Something went wrong; `text` says what and what to do. Nothing was lost on this page. */
export class ServiceFailure extends Error {
  readonly text: Message;
  constructor(message: string | Message) {
    super(inEnglish(asText(message)));
    this.text = asText(message);
    this.name = 'ServiceFailure';
  }
}

/**
 * Sending a tip failed. `outcome` 'not_sent': the report certainly did not reach the server.
 * 'unknown': it may have (the connection dropped after sending); Retry sends the same case
 * again, so the report can never arrive twice.
 */
export class SubmitFailure extends ServiceFailure {
  constructor(
    readonly outcome: 'not_sent' | 'unknown',
    message: string | Message,
    /** False when sending again cannot help (an agency refused): choose other agencies instead. */
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'SubmitFailure';
  }
}

/** The typed case code is not a valid code; `problem` says why (and may hold a suggested word). */
export class CaseCodeInvalid extends ServiceFailure {
  constructor(readonly problem: CaseCodeProblem) {
    super(msg('whistleblower:errors.codeInvalid'));
    this.name = 'CaseCodeInvalid';
  }
}

/** The server knows no case for this (valid) code, or refused the proof. */
export class NoSuchCase extends ServiceFailure {
  constructor() {
    super(msg('whistleblower:errors.noSuchCase'));
    this.name = 'NoSuchCase';
  }
}

/** Someone else wrote in the thread since it was loaded: the answer must be re-read and re-sent. */
export class ThreadMovedOn extends ServiceFailure {
  constructor() {
    super(msg('whistleblower:errors.threadMovedOn'));
    this.name = 'ThreadMovedOn';
  }
}

/** Words for any failure, including unexpected ones (never a stack or a secret). */
export function failureText(error: unknown): Message {
  if (error instanceof ServiceFailure) return error.text;
  return msg('whistleblower:errors.unexpected');
}

/** failureText as text (English unless `words` say otherwise). */
export function failureMessage(error: unknown, words: Words = englishWhistleblower()): string {
  return translate(words, failureText(error));
}
