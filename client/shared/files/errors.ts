// Failures of the file pipeline. Each carries a stable `code` for code, `text` for people (a
// message the page shows in its language) and `message`, the same words in English (logs, tests).
import { englishCommon } from '../i18n/english-common';
import { msg, translate, verbatim, type Message } from '../i18n/message';
import type { Words } from '../i18n/words';

export type FileTransferProblem =
  /** The file is larger than the tip line accepts, or the case has no room left for it. */
  | 'too_large'
  | 'over_quota'
  /** The session was refused and could not be renewed. */
  | 'session'
  /** The server does not have this upload or file (any more), or refused access. */
  | 'not_found'
  | 'forbidden'
  /** The connection failed and retrying did not help. */
  | 'network'
  /** The server answered with an error or with something this page does not understand. */
  | 'server'
  /** The file on this device could not be read (moved, changed or deleted since it was chosen). */
  | 'read_failed'
  /** The browser could not run the encryption or hashing in the background. */
  | 'worker_failed'
  /** The person stopped it. */
  | 'cancelled'
  /** The person's browser cannot do this (e.g. preview of a file type that is not an image). */
  | 'unsupported'
  /** Saving to disk failed (the browser refused, the disk is full, the save dialog was closed). */
  | 'save_failed';

function asText(message: string | Message): Message {
  return typeof message === 'string' ? verbatim(message) : message;
}

/** A file transfer failed; `text` says what happened and what to do, in plain words. */
export class FileTransferError extends Error {
  readonly text: Message;
  constructor(
    readonly code: FileTransferProblem,
    message: string | Message,
  ) {
    super(translate(englishCommon(), asText(message)));
    this.text = asText(message);
    this.name = 'FileTransferError';
  }
}

/**
 * A downloaded file does not match its manifest: a chunk was altered, reordered, cut off or
 * added, or the whole file's SHA-256 differs. Nothing of it is offered to the person.
 */
export class FileIntegrityError extends Error {
  readonly code = 'integrity';
  readonly text: Message;
  constructor(
    /** 'chunk': a chunk failed to decrypt; 'truncated': the file ends early; 'digest': the SHA-256 differs. */
    readonly reason: 'chunk' | 'truncated' | 'digest',
    fileName: string,
  ) {
    const text = msg('common:files.integrityFailed', { name: fileName });
    super(translate(englishCommon(), text));
    this.text = text;
    this.name = 'FileIntegrityError';
  }
}

/** The words for a failure from anywhere in the pipeline (never a stack trace or a secret). */
export function fileFailureText(error: unknown): Message {
  if (error instanceof FileTransferError || error instanceof FileIntegrityError) return error.text;
  return msg('common:files.pageFailed');
}

/** fileFailureText as text (English unless `words` say otherwise). */
export function fileFailureMessage(error: unknown, words: Words = englishCommon()): string {
  return translate(words, fileFailureText(error));
}
