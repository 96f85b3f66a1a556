// Evidence files (docs/PROTOCOL.md §8 and §19). Files travel as encrypted streams made in the
// browser and are uploaded with the tus 1.0.0 resumable upload protocol; the server stores the
// ciphertext and never holds a key. A file becomes part of a case only when the signed message
// whose encrypted manifest names it is appended to the thread (`files` below).
import { z } from 'zod';
import { b64Bytes, day, newMessage } from './common';

/** The 16-byte random file id chosen by the uploader (crypto/file-stream.ts FileContext). */
export const fileId = b64Bytes(16);

/** tus upload ids are made by the server: 32 lowercase hex characters. */
export const uploadId = z.string().regex(/^[0-9a-f]{32}$/, 'must be an upload id');
export const uploadParams = z.strictObject({ uploadId });

/** At most this many files are named by one message. */
export const MAX_FILES_PER_MESSAGE = 20;

/** The files a new message attaches: each must be a complete upload of this case, not yet attached. */
export const attachedFiles = z.array(fileId).min(1).max(MAX_FILES_PER_MESSAGE);

/** POST /api/case/messages and POST /api/prosecutor/cases/:caseId/messages. */
export const messageWithFiles = newMessage.extend({ files: attachedFiles.optional() });
export type MessageWithFiles = z.infer<typeof messageWithFiles>;

/** A stored file of a case, as both case views list it. Only attached files are listed. */
export const caseFile = z.strictObject({
  fileId,
  /** Bytes stored: the encrypted stream (header and whole chunks). */
  storedBytes: z.int().min(0),
  /** The message whose manifest names this file. */
  seq: z.int().min(0),
  uploadedOn: day,
});
export type CaseFile = z.infer<typeof caseFile>;

/** How much of the case's storage quota is used (uploads in progress count). */
export const caseQuota = z.strictObject({ usedBytes: z.int().min(0), limitBytes: z.int().min(0) });

/** GET /api/upload-limits: shown before anything is uploaded. */
export const uploadLimitsResponse = z.strictObject({
  /** Largest file a person may attach (original size, before encryption). */
  maxFileBytes: z.int().min(0),
  /** Encrypted bytes one case may store in all. */
  caseQuotaBytes: z.int().min(0),
  /** The tus endpoint (POST creates an upload). */
  uploadUrl: z.string(),
});
export type UploadLimitsResponse = z.infer<typeof uploadLimitsResponse>;

/** GET /api/case/files/:fileId and GET /api/prosecutor/cases/:caseId/files/:fileId */
export const fileParams = z.strictObject({ fileId });

/**
 * tus Upload-Metadata keys (values base64 as tus requires, of the UTF-8 text shown):
 * - `fileId`: the file id as base64url (required);
 * - `caseId`: the case id as base64url (prosecutors only: a case session already names its case).
 * Upload-Length must be encryptedFileSize(n) for some n within maxFileBytes.
 */
export const uploadMetadata = z.strictObject({
  fileId,
  caseId: b64Bytes(32).optional(),
});
export type UploadMetadata = z.infer<typeof uploadMetadata>;
