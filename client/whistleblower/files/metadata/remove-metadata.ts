// Finds and removes identifying metadata from a file before it is encrypted, and reports what
// was removed. Each format's cleaner is loaded only when a file of that kind is attached (pdf-lib
// and exifr are large). Fail closed: whatever goes wrong, the answer is 'not-checked' with a
// warning and the original bytes, never an exception and never a file passed off as clean.
import { ProtectedFileError } from './errors';
import { metadataKind } from './kind';
import type { CleanedFile, CleanResult, MetadataKind, MetadataReport } from './types';
import { WARNINGS } from './warnings';

/** Largest file the cleaner reads into memory (64 MiB); larger files of a supported kind get 'not-checked'. */
export const MAX_CLEANABLE_BYTES = 64 * 1024 * 1024;

type Cleaner = (bytes: Uint8Array) => Promise<CleanResult>;

async function loadCleaner(kind: Exclude<MetadataKind, 'other'>): Promise<Cleaner> {
  switch (kind) {
    case 'jpeg': {
      const { cleanJpeg } = await import('./jpeg');
      return (bytes) => cleanJpeg(bytes, { keepOrientation: true });
    }
    case 'png':
      return (await import('./png')).cleanPng;
    case 'webp':
      return (await import('./webp')).cleanWebp;
    case 'pdf':
      return (await import('./pdf')).cleanPdf;
  }
}

function notChecked(warning: string): MetadataReport {
  return Object.freeze({ action: 'not-checked', removed: Object.freeze([]), warning });
}

/**
 * Finds and removes identifying metadata. Never throws for a malformed file: reports
 * 'not-checked' with a warning instead (fail closed: the UI then warns). Output bytes are a valid
 * file of the same kind; when nothing was found they are the input itself.
 */
export async function removeMetadata(bytes: Uint8Array, type: string): Promise<CleanedFile> {
  try {
    const kind = metadataKind(bytes, type);
    if (kind === 'other') return { bytes, report: notChecked(WARNINGS.unsupported) };
    if (bytes.length > MAX_CLEANABLE_BYTES) return { bytes, report: notChecked(WARNINGS.tooLarge) };
    const clean = await loadCleaner(kind);
    const result = await clean(bytes);
    if (result.removed.length === 0) return { bytes, report: Object.freeze({ action: 'none-found', removed: Object.freeze([]) }) };
    return { bytes: result.bytes, report: Object.freeze({ action: 'removed', removed: Object.freeze([...result.removed]) }) };
  } catch (error) {
    return { bytes, report: notChecked(error instanceof ProtectedFileError ? WARNINGS.protected : WARNINGS.unreadable) };
  }
}
