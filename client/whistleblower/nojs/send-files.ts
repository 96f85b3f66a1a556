// Evidence files posted without JavaScript: for this one request the server does what the browser
// app does with each file (SendFilesStep, shared/files/upload.ts): removes identifying metadata,
// encrypts it under a fresh file key (one-shot, the same format and padding as the stream), uploads
// it with the tus protocol (answered in process by the same upload routes), and attaches the files
// that arrived with one signed files message. Returns which files did not arrive.
import { sha256 } from '@noble/hashes/sha2.js';
import { ROUTES, type FileManifestEntryV1 } from '../../../api/index';
import type { NoJsFile } from '../../../api/no-js';
import { encryptFileBytes, encryptedFileSize, generateFileId, generateFileKey, toBase64Url } from '../../../crypto/index';
import { buildFilesContent, manifestEntry, manifestName } from '../../shared/files/index';
import { sendRequest } from '../../shared/http';
import { removeMetadata } from '../files/metadata/index';
import { manifestMetadata } from '../logic/evidence';
import type { CaseSnapshot } from '../logic/case-snapshot';
import type { CaseConnection } from '../services/case-connection';

export interface FilesOutcome {
  /** The case after the files message; null when no file arrived (nothing was attached). */
  readonly snapshot: CaseSnapshot | null;
  /** Names of the files that did not arrive. */
  readonly missing: readonly string[];
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** POST (create) then one PATCH of the whole encrypted file. Throws on any refusal. */
async function upload(token: string, fileId: Uint8Array, blob: Uint8Array): Promise<void> {
  const common = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
  const created = await sendRequest(ROUTES.createUpload.url, {
    method: 'POST',
    headers: { ...common, 'upload-length': String(blob.length), 'upload-metadata': `fileId ${base64(toBase64Url(fileId))}` },
  });
  const location = created.headers.get('location');
  if (created.status !== 201 || location === null) throw new Error(`upload not created (${String(created.status)})`);
  const path = new URL(location, 'http://in-process.invalid').pathname;
  const patched = await sendRequest(path, {
    method: 'PATCH',
    headers: { ...common, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    // A copy on a plain ArrayBuffer, as fetch bodies are typed.
    body: new Uint8Array(blob),
  });
  if (patched.status !== 204 || patched.headers.get('upload-offset') !== String(blob.length)) {
    throw new Error(`upload not complete (${String(patched.status)})`);
  }
}

/** One file cleaned, encrypted and uploaded: its manifest entry. Keys are wiped here. */
async function sendOne(connection: CaseConnection, file: NoJsFile): Promise<FileManifestEntryV1> {
  const cleaned = await removeMetadata(file.bytes, file.type);
  const key = generateFileKey();
  const fileId = generateFileId();
  try {
    const { caseId } = connection.uploadTarget();
    const blob = encryptFileBytes(key, cleaned.bytes, { caseId, fileId });
    if (blob.length !== encryptedFileSize(cleaned.bytes.length)) throw new Error('encrypted size mismatch');
    await upload(await connection.token(), fileId, blob);
    return manifestEntry({
      fileId,
      key,
      name: manifestName(file.name),
      type: file.type,
      size: cleaned.bytes.length,
      sha256: sha256(cleaned.bytes),
      originalSha256: sha256(file.bytes),
      originalSize: file.bytes.length,
      metadata: manifestMetadata({ report: cleaned.report, cleaned: null, description: '' }, false),
    });
  } finally {
    key.fill(0);
  }
}

/** Sends `files` into the open case and attaches those that arrived (with `note`, if any). */
export async function sendFilesNow(connection: CaseConnection, files: readonly NoJsFile[], note?: string): Promise<FilesOutcome> {
  const entries: FileManifestEntryV1[] = [];
  const missing: string[] = [];
  for (const file of files) {
    try {
      entries.push(await sendOne(connection, file));
    } catch {
      missing.push(manifestName(file.name));
    }
  }
  if (entries.length === 0) return { snapshot: null, missing };
  const snapshot = await connection.sendFiles(buildFilesContent(entries, note), 'relink');
  return { snapshot, missing };
}
