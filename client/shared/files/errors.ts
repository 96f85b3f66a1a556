// Failures of the file pipeline. Each carries a stable `code` for code and a `message` written
// for people (plain words, no jargon, no secrets), so the apps can show it as it is.

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

/** A file transfer failed; `message` says what happened and what to do, in plain words. */
export class FileTransferError extends Error {
  constructor(
    readonly code: FileTransferProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FileTransferError';
  }
}

/**
 * A downloaded file does not match its manifest: a chunk was altered, reordered, cut off or
 * added, or the whole file's SHA-256 differs. Nothing of it is offered to the person.
 */
export class FileIntegrityError extends Error {
  readonly code = 'integrity';
  constructor(
    /** 'chunk': a chunk failed to decrypt; 'truncated': the file ends early; 'digest': the SHA-256 differs. */
    readonly reason: 'chunk' | 'truncated' | 'digest',
    fileName: string,
  ) {
    super(
      `This file failed its integrity check and was not saved: “${fileName}” was changed or damaged after it was sent. ` +
        'Do not trust any copy of it. Tell the other side so they can send it again.',
    );
    this.name = 'FileIntegrityError';
  }
}

/** The words for a failure from anywhere in the pipeline (never a stack trace or a secret). */
export function fileFailureMessage(error: unknown): string {
  if (error instanceof FileTransferError || error instanceof FileIntegrityError) return error.message;
  return 'Something went wrong on this page while handling the file. Please try again.';
}
