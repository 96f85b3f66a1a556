// Failures the whistleblower pages show. Every one carries a message written for the person;
// none carries a secret (the case code suggestion lives only in CaseCodeInvalid.problem).
import type { CaseCodeProblem } from '../logic/case-code-problem';

/** Something went wrong; `message` says what and what to do. Nothing was lost on this page. */
export class ServiceFailure extends Error {
  constructor(message: string) {
    super(message);
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
    message: string,
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
    super('The case code is not valid.');
    this.name = 'CaseCodeInvalid';
  }
}

/** The server knows no case for this (valid) code, or refused the proof. */
export class NoSuchCase extends ServiceFailure {
  constructor() {
    super('No case matches this code. Check every word.');
    this.name = 'NoSuchCase';
  }
}

/** Someone else wrote in the thread since it was loaded: the answer must be re-read and re-sent. */
export class ThreadMovedOn extends ServiceFailure {
  constructor() {
    super('A new message arrived while you were writing, so your answer was not sent. Read the new message, then press Send answer again.');
    this.name = 'ThreadMovedOn';
  }
}

/** Text for any failure, including unexpected ones (never a stack or a secret). */
export function failureMessage(error: unknown): string {
  if (error instanceof ServiceFailure) return error.message;
  return 'Something went wrong on this page. Your text is still here: please try again.';
}
