// Evidence files of an open case, as the signed-in prosecutor: where each file is fetched from and
// uploaded to, with the member session's token, through the shared file pipeline
// (client/shared/files). Prosecutors' files are sent as chosen: no metadata check.
import { ROUTES, routePath, type FileManifestEntryV1 } from '../../../api/index';
import { StreamChunkError, StreamTruncatedError } from '../../../crypto/index';
import { FileIntegrityError, FileTransferError, fileFailureText, startDownload, startUpload } from '../../shared/files/index';
import type { DownloadHandle, DownloadSource, FileToSend, TransferProgress, UploadHandle, UploadTarget } from '../../shared/files/types';
import { ApiError, NetworkError } from '../../shared/http';
import { translate, type Message } from '../../shared/i18n/message';
import type { Words } from '../../shared/i18n/words';
import { currentSession, endSession } from '../session';
import type { OpenedCase } from './case-view';
import { UserFacingError, describeErrorText } from './describe-error';
import { englishProsecutor } from './english';
import { SignedOutError, requireSession } from './member-api';

/**
 * The current member session's bearer token. Member sessions cannot be renewed: when the server
 * refused this very token (`refused`), the session has ended, so the page returns to sign-in,
 * as for any other request (member-api.ts). SignedOutError when there is no session.
 */
export async function memberToken(refused?: string): Promise<string> {
  const session = requireSession();
  if (refused !== undefined && refused === session.token) {
    if (currentSession() === session) endSession('expired');
    throw new SignedOutError();
  }
  return session.token;
}

/**
 * A file a prosecutor chose, sent as it is: prosecutors' files are not checked for metadata.
 * The pipeline makes the name safe for the manifest (client/shared/files/manifest.ts).
 */
export function prosecutorFileToSend(file: File): FileToSend {
  return {
    original: file,
    content: file,
    name: file.name,
    type: file.type,
    metadata: { action: 'not-checked', removed: [] },
  };
}

/** Uploads go to the case with the member token; the case id travels in the tus metadata. */
export function uploadTarget(opened: Pick<OpenedCase, 'caseIdBytes'>, getToken: () => Promise<string> = memberToken): UploadTarget {
  return { caseId: opened.caseIdBytes, asProsecutor: true, getToken };
}

/** Where one attached file is fetched from, and what it must decrypt and hash to. */
export function downloadSource(
  opened: Pick<OpenedCase, 'caseId' | 'caseIdBytes'>,
  entry: FileManifestEntryV1,
  getToken: () => Promise<string> = memberToken,
): DownloadSource {
  return {
    url: routePath(ROUTES.prosecutorFile.url, { caseId: opened.caseId, fileId: entry.fileId }),
    getToken,
    caseId: opened.caseIdBytes,
    entry,
  };
}

/** Encrypts and uploads one file to the case; `done` gives its manifest entry. */
export function uploadCaseFile(opened: Pick<OpenedCase, 'caseIdBytes'>, file: File, onProgress: (progress: TransferProgress) => void): UploadHandle {
  return startUpload(uploadTarget(opened), prosecutorFileToSend(file), onProgress);
}

/** Fetches, decrypts and checks one file, then saves it or gives an image's object URL. */
export function downloadCaseFile(
  opened: Pick<OpenedCase, 'caseId' | 'caseIdBytes'>,
  entry: FileManifestEntryV1,
  mode: 'save' | 'preview',
  onProgress: (progress: TransferProgress) => void,
): DownloadHandle & { readonly preview: Promise<string | null> } {
  return startDownload(downloadSource(opened, entry), mode, onProgress);
}

/** What the case page needs to show and fetch the files named in the thread's manifests. */
export interface CaseFileAccess {
  /** True when the server lists the file as stored for this case (it has arrived). */
  isStored(fileId: string): boolean;
  download(
    entry: FileManifestEntryV1,
    mode: 'save' | 'preview',
    onProgress: (progress: TransferProgress) => void,
  ): DownloadHandle & { readonly preview: Promise<string | null> };
}

export function caseFileAccess(opened: Pick<OpenedCase, 'caseId' | 'caseIdBytes' | 'storedFiles'>): CaseFileAccess {
  return {
    isStored: (fileId) => opened.storedFiles.has(fileId),
    download: (entry, mode, onProgress) => downloadCaseFile(opened, entry, mode, onProgress),
  };
}

/** The person stopped the transfer: nothing to report. */
export function isCancelled(error: unknown): boolean {
  return error instanceof FileTransferError && error.code === 'cancelled';
}

/**
 * One sentence for a failed transfer of `name`. A file that does not match its manifest (a
 * chunk altered, reordered or cut off, or the wrong SHA-256) is always called an integrity
 * failure, whichever layer noticed it.
 */
export function fileErrorText(error: unknown, name: string): Message {
  if (error instanceof FileIntegrityError || error instanceof FileTransferError) return error.text;
  if (error instanceof StreamChunkError) return new FileIntegrityError('chunk', name).text;
  if (error instanceof StreamTruncatedError) return new FileIntegrityError('truncated', name).text;
  if (error instanceof UserFacingError || error instanceof SignedOutError || error instanceof NetworkError || error instanceof ApiError) {
    return describeErrorText(error);
  }
  return fileFailureText(error);
}

/** fileErrorText as words (English unless `words` say otherwise). */
export function describeFileError(error: unknown, name: string, words: Words = englishProsecutor()): string {
  return translate(words, fileErrorText(error, name));
}
