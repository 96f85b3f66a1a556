// The client-side file pipeline's interface, shared by the whistleblower and prosecutor apps.
// Implementations live next to this file (encrypt and hash workers, tus upload, download and
// decrypt, manifest messages). UI code imports only from './index'.
import type { FileManifestEntryV1, FilesContent } from '../../../api/index';
import type { Message } from '../i18n/message';

/** Where an upload goes and how to authenticate it. */
export interface UploadTarget {
  /** The case's 32-byte id: part of every chunk's associated data. */
  readonly caseId: Uint8Array;
  /** True for a prosecutor: the case id is then sent in the tus metadata. */
  readonly asProsecutor: boolean;
  /**
   * A valid bearer token (case session or member session), refreshed by the caller if needed.
   * `refused` is the token the server has just answered 401 to: return a new one (or throw).
   */
  getToken(refused?: string): Promise<string>;
}

/** What the person chose to send, after the metadata check (client/whistleblower/files/metadata). */
export interface FileToSend {
  /** The file as chosen. */
  readonly original: File;
  /** The bytes to encrypt: the cleaned copy, or `original` itself when nothing was removed or the person kept it. */
  readonly content: Blob;
  readonly name: string;
  readonly type: string;
  readonly metadata: FileManifestEntryV1['metadata'];
}

export type TransferPhase = 'waiting' | 'encrypting' | 'uploading' | 'retrying' | 'done' | 'failed' | 'cancelled';

/** Progress of one file, reported often (at most a few times per second). */
export interface TransferProgress {
  readonly phase: TransferPhase;
  /** Bytes of the file processed (encrypted and uploaded for uploads; decrypted for downloads). */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Smoothed speed, null until known. */
  readonly bytesPerSecond: number | null;
  /** Estimated seconds left, null until known. */
  readonly secondsLeft: number | null;
  /** Set in phase 'retrying' and 'failed': what went wrong, in plain words (English). */
  readonly message?: string;
  /** The same as `message`, for the page to show in its language. */
  readonly text?: Message;
}

export interface UploadHandle {
  /** Resolves with the manifest entry once the server holds the complete file; rejects on failure or cancel. */
  readonly done: Promise<FileManifestEntryV1>;
  /** Stops the upload and asks the server to delete what it received. */
  cancel(): void;
}

export interface DownloadHandle {
  /** Resolves when the file was decrypted, checked against its manifest hash and saved (or previewed). */
  readonly done: Promise<void>;
  cancel(): void;
}

export type { FileManifestEntryV1, FilesContent };

/**
 * Upload one file to the case: reads `file.content` in 64 KiB slices, hashes and encrypts them
 * in Web Workers (crypto/file-stream.ts), and sends the ciphertext with tus (resumable: a dropped
 * connection or a server restart resumes from the server's offset). Implemented in './upload'.
 */
export type StartUpload = (target: UploadTarget, file: FileToSend, onProgress: (progress: TransferProgress) => void) => UploadHandle;

/** An attached file to fetch, decrypt and check. */
export interface DownloadSource {
  /** The download route for this file (ROUTES.caseFile or ROUTES.prosecutorFile, filled in). */
  readonly url: string;
  /** As UploadTarget.getToken: `refused` is a token the server has just answered 401 to. */
  getToken(refused?: string): Promise<string>;
  readonly caseId: Uint8Array;
  readonly entry: FileManifestEntryV1;
}

/**
 * Download, decrypt chunk by chunk, and check the SHA-256 against the manifest. 'save' saves the
 * file (streamed to disk through the File System Access API for very large files where the
 * browser has it, otherwise a Blob and a download link); 'preview' resolves `preview` with an
 * object URL for an image (jpeg, png, webp, gif only) that the caller must revoke.
 * Nothing is offered to the person before the whole file has verified. Implemented in './download'.
 */
export type StartDownload = (
  source: DownloadSource,
  mode: 'save' | 'preview',
  onProgress: (progress: TransferProgress) => void,
) => DownloadHandle & { readonly preview: Promise<string | null> };
