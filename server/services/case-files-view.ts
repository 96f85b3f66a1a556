// What both case views say about evidence files, and how a stored file is served.
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { CaseFile } from '../../api/index';
import { toBase64Url } from '../../crypto/index';
import type { FilesConfig } from '../config';
import type { Database } from '../db/schema';
import { caseStoredBytes, listAttachedFiles, type CaseFileRow } from '../repositories/case-files';
import type { FileStorage } from '../storage/file-storage';
import { HttpError } from '../errors';

export interface CaseFilesView {
  readonly files: CaseFile[];
  readonly quota: { readonly usedBytes: number; readonly limitBytes: number };
}

export async function caseFilesView(db: Kysely<Database>, caseId: Uint8Array, files: FilesConfig): Promise<CaseFilesView> {
  const rows = await listAttachedFiles(db, caseId);
  return {
    files: rows.map((row) => ({
      fileId: toBase64Url(row.file_id),
      storedBytes: Number(row.length),
      seq: row.seq ?? 0,
      uploadedOn: row.created_on,
    })),
    quota: { usedBytes: await caseStoredBytes(db, caseId), limitBytes: files.caseQuotaBytes },
  };
}

/**
 * Streams an attached file's ciphertext. The stored size must match what the database
 * recorded: storage that lost or gained bytes answers 500 rather than serving a damaged stream.
 */
export async function sendStoredFile(reply: FastifyReply, storage: FileStorage, row: CaseFileRow): Promise<FastifyReply> {
  const length = Number(row.length);
  const stored = await storage.size(row.id);
  if (stored !== length) throw new HttpError(500, 'internal', 'This file is damaged on the server.');
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-length', String(length))
    .header('content-disposition', 'attachment')
    .send(storage.read(row.id));
}
