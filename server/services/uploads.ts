// Evidence file uploads (api/files.ts): who may upload to which case, how much, and when a file
// becomes part of a case. The bytes go through tus and the file storage; this service keeps the
// database side: an upload is accepted (length and quota checked, row 'uploading'), completed
// (every byte arrived: 'complete'), then attached by a signed thread message ('attached').
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { FILE_CIPHER_CHUNK_BYTES, FILE_HEADER_BYTES, encryptedFileSize, padmeChunkCount } from '../../crypto/index';
import type { FilesConfig } from '../config';
import type { Database, Day } from '../db/schema';
import { HttpError } from '../errors';
import {
  attachCaseFiles,
  caseStoredBytes,
  getCaseFile,
  insertCaseFile,
  lockCaseFiles,
  type CaseFileRow,
} from '../repositories/case-files';
import { getRecipientCase, lockCase } from '../repositories/cases';
import { isUniqueViolation } from './db-errors';

/** Who is uploading: a whistleblower in a case session, or an active prosecutor. */
export type Uploader =
  | { readonly kind: 'case'; readonly caseId: Uint8Array }
  | { readonly kind: 'prosecutor'; readonly memberId: string };

const notFound = (): HttpError => new HttpError(404, 'not_found', 'Not found');
const invalid = (message: string): HttpError => new HttpError(400, 'invalid_upload', message);

/**
 * True when `length` is the size of an encrypted file stream (PROTOCOL §8): the 24-byte header
 * and a Padmé-rounded number of whole 65,553-byte chunks. Anything else cannot be a valid file.
 */
export function isEncryptedStreamLength(length: number): boolean {
  if (!Number.isSafeInteger(length) || length <= FILE_HEADER_BYTES) return false;
  const body = length - FILE_HEADER_BYTES;
  if (body % FILE_CIPHER_CHUNK_BYTES !== 0) return false;
  const chunks = body / FILE_CIPHER_CHUNK_BYTES;
  return chunks <= 0x7fffffff && padmeChunkCount(chunks) === chunks;
}

/** The largest stream a file within the limit can encrypt to. */
export function maxStreamLength(files: FilesConfig): number {
  return encryptedFileSize(files.maxFileBytes);
}

/** A fresh upload id: 16 bytes from the CSPRNG as hex. */
export function newUploadId(): string {
  return randomBytes(16).toString('hex');
}

/** The case an uploader may write to: their own (case session), or one they are a recipient of. */
async function caseFor(db: Kysely<Database>, uploader: Uploader, requestedCaseId: Uint8Array | undefined): Promise<Uint8Array> {
  if (uploader.kind === 'case') {
    if (requestedCaseId !== undefined && Buffer.compare(requestedCaseId, uploader.caseId) !== 0) throw notFound();
    return uploader.caseId;
  }
  if (requestedCaseId === undefined) throw invalid('Upload-Metadata must name the case (caseId).');
  const found = await getRecipientCase(db, requestedCaseId, uploader.memberId);
  if (found === undefined) throw notFound();
  return found.case.id;
}

export interface BeginUpload {
  readonly uploader: Uploader;
  readonly caseId: Uint8Array | undefined;
  readonly fileId: Uint8Array;
  readonly length: number;
  readonly day: Day;
  readonly files: FilesConfig;
}

/**
 * Accepts a new upload: checks the caller may write to the case, that the length is a valid
 * encrypted stream within the file limit and the case quota, and records it. Returns the upload id.
 * Throws HttpError 400 invalid_upload, 404, 409 file_exists, 413 file_too_large or quota_exceeded.
 */
export async function beginUpload(db: Kysely<Database>, input: BeginUpload): Promise<string> {
  if (!isEncryptedStreamLength(input.length)) {
    throw invalid('Upload-Length is not the size of an encrypted file made by Thicket.');
  }
  if (input.length > maxStreamLength(input.files)) {
    throw new HttpError(413, 'file_too_large', `Files can be at most ${String(input.files.maxFileBytes)} bytes.`);
  }
  const caseId = await caseFor(db, input.uploader, input.caseId);
  const id = newUploadId();
  try {
    await db.transaction().execute(async (trx) => {
      // Serialise uploads to one case so two cannot both squeeze under the quota.
      if ((await lockCase(trx, caseId)) === undefined) throw notFound();
      const used = await caseStoredBytes(trx, caseId);
      if (used + input.length > input.files.caseQuotaBytes) {
        throw new HttpError(413, 'quota_exceeded', 'This case has no room left for this file.');
      }
      await insertCaseFile(trx, {
        id,
        caseId,
        fileId: input.fileId,
        uploaderRole: input.uploader.kind === 'case' ? 'whistleblower' : 'prosecutor',
        length: input.length,
        day: input.day,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'file_exists', 'A file with this id is already in the case.');
    throw error;
  }
  return id;
}

/**
 * The upload `id`, if `uploader` may touch it (its case, and for a prosecutor a case they are on).
 * Everything else is the same 404, so ids cannot be probed.
 */
export async function uploadOf(db: Kysely<Database>, uploader: Uploader, id: string): Promise<CaseFileRow> {
  const row = await getCaseFile(db, id);
  if (row === undefined) throw notFound();
  if (uploader.kind === 'case') {
    if (Buffer.compare(row.case_id, uploader.caseId) !== 0) throw notFound();
  } else if ((await getRecipientCase(db, row.case_id, uploader.memberId)) === undefined) {
    throw notFound();
  }
  return row;
}

/**
 * Attaches the named complete uploads of the case to message `seq`, in the message's own
 * transaction: if any is missing, still uploading or already attached, nothing is stored.
 */
export async function attachFiles(trx: Transaction<Database>, caseId: Uint8Array, fileIds: readonly Uint8Array[], seq: number): Promise<void> {
  const distinct = new Set(fileIds.map((id) => Buffer.from(id).toString('hex')));
  if (distinct.size !== fileIds.length) throw new HttpError(400, 'invalid_message', 'A file is named twice.');
  const rows = await lockCaseFiles(trx, caseId, fileIds);
  const ready = rows.filter((row) => row.state === 'complete');
  if (rows.length !== fileIds.length || ready.length !== rows.length) {
    throw new HttpError(409, 'file_not_ready', 'A file named by this message has not fully arrived (or is already attached). Upload it again, then send.');
  }
  await attachCaseFiles(trx, ready.map((row) => row.id), seq);
}
