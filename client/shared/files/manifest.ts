// The encrypted file manifest (purpose 'file-manifest', api/content.ts filesContent): one entry
// per file with its id, key, name, type, size and SHA-256s. Built here, checked against the
// schema before it is encrypted, and read back to fetch and check a file. Pure (no I/O).
import { z } from 'zod';
import { MAX_FILES_PER_MESSAGE, fileManifestEntryV1, filesContent, type FileManifestEntryV1, type FilesContent } from '../../../api/index';
import { FILE_ID_BYTES, FILE_KEY_BYTES, encryptEnvelope, fromBase64Url, toBase64Url, utf8 } from '../../../crypto/index';
import { FileIntegrityError } from './errors';

const NAME_MAX = 255;
const TYPE_MAX = 200;

/** A manifest could not be built or read: a programming error or a malformed entry. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

// Control characters, and the bidirectional overrides and isolates that can make "gpj.exe"
// display as "exe.jpg".
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name as it goes into the manifest and onto the other side's disk: no folders, no
 * control or direction-changing characters, at most 255 characters (the extension kept).
 */
export function manifestName(name: string): string {
  const cleaned = name.replace(UNSAFE_IN_NAMES, '').replace(/[/\\]/g, '_').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'file';
  if (cleaned.length <= NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  const chars = Array.from(cleaned.slice(0, cleaned.length - extension.length));
  let stem = '';
  for (const char of chars) {
    if (stem.length + char.length + extension.length > NAME_MAX) break;
    stem += char;
  }
  return (stem.trim() || 'file') + extension;
}

/** A MIME type as reported by the browser, or '' when missing or odd. */
export function manifestType(type: string): string {
  const trimmed = type.trim().toLowerCase();
  return trimmed.length <= TYPE_MAX && /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(trimmed) ? trimmed : '';
}

/** Lowercase hex of bytes (SHA-256 digests in the manifest). */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export interface ManifestEntryInput {
  readonly fileId: Uint8Array;
  readonly key: Uint8Array;
  readonly name: string;
  readonly type: string;
  /** Bytes that were encrypted. */
  readonly size: number;
  /** SHA-256 of the bytes that were encrypted. */
  readonly sha256: Uint8Array;
  /** SHA-256 and size of the file as chosen (the same as above when it was not cleaned). */
  readonly originalSha256: Uint8Array;
  readonly originalSize: number;
  readonly metadata: FileManifestEntryV1['metadata'];
}

/** One manifest entry, checked against the schema. Throws ManifestError if anything is off. */
export function manifestEntry(input: ManifestEntryInput): FileManifestEntryV1 {
  if (input.fileId.length !== FILE_ID_BYTES || input.key.length !== FILE_KEY_BYTES) throw new ManifestError('bad file id or key length');
  if (input.sha256.length !== 32 || input.originalSha256.length !== 32) throw new ManifestError('bad digest length');
  const parsed = fileManifestEntryV1.safeParse({
    fileId: toBase64Url(input.fileId),
    key: toBase64Url(input.key),
    name: manifestName(input.name),
    type: manifestType(input.type),
    size: input.size,
    sha256: toHex(input.sha256),
    originalSha256: toHex(input.originalSha256),
    originalSize: input.originalSize,
    metadata: { action: input.metadata.action, removed: input.metadata.removed.slice(0, 50).map((item) => item.slice(0, 200)) },
  });
  if (!parsed.success) throw new ManifestError(`manifest entry does not match the schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The content of a files message: the entries and an optional note. Throws ManifestError. */
export function buildFilesContent(entries: readonly FileManifestEntryV1[], note?: string): FilesContent {
  if (entries.length === 0) throw new ManifestError('a files message needs at least one file');
  if (entries.length > MAX_FILES_PER_MESSAGE) throw new ManifestError(`at most ${MAX_FILES_PER_MESSAGE} files per message`);
  const ids = new Set(entries.map((entry) => entry.fileId));
  if (ids.size !== entries.length) throw new ManifestError('the same file is named twice');
  const text = note?.trim() ?? '';
  const parsed = filesContent.safeParse({ kind: 'files', version: 1, ...(text === '' ? {} : { note: text }), files: entries });
  if (!parsed.success) throw new ManifestError(`files message does not match the schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The encrypted envelope of a files message (purpose 'file-manifest') under the case content key. */
export function filesEnvelope(contentKey: Uint8Array, caseId: Uint8Array, content: FilesContent): Uint8Array {
  return encryptEnvelope(contentKey, utf8(JSON.stringify(content)), { caseId, purpose: 'file-manifest' });
}

/** The file ids a files message attaches, as the server expects them (`files` in the message body). */
export function attachedFileIds(content: FilesContent): string[] {
  return content.files.map((entry) => entry.fileId);
}

/** The binary id and key of a manifest entry. Throws ManifestError on a malformed entry. */
export function entrySecrets(entry: FileManifestEntryV1): { readonly fileId: Uint8Array; readonly key: Uint8Array } {
  try {
    return { fileId: fromBase64Url(entry.fileId, FILE_ID_BYTES), key: fromBase64Url(entry.key, FILE_KEY_BYTES) };
  } catch {
    throw new ManifestError('malformed file id or key in the manifest');
  }
}

/**
 * Fails closed unless the decrypted file has exactly the size and SHA-256 its manifest names.
 * Throws FileIntegrityError('digest').
 */
export function assertMatchesManifest(entry: FileManifestEntryV1, size: number, sha256: Uint8Array): void {
  if (size !== entry.size || sha256.length !== 32 || toHex(sha256) !== entry.sha256) throw new FileIntegrityError('digest', entry.name);
}
