// Decides which cleaner applies to a file: its first bytes when they identify a supported format
// (they cannot be faked by renaming), otherwise its MIME type. A file whose type claims a
// supported format but whose bytes do not match goes to that cleaner, which then reports it as
// unreadable: the person is warned rather than the file passing as clean.
import { hasAsciiAt, indexOfAscii } from './bytes';
import type { MetadataKind } from './types';

/** PDF readers accept the header anywhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

function kindFromBytes(bytes: Uint8Array): MetadataKind {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (hasAsciiAt(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (hasAsciiAt(bytes, 0, 'RIFF') && hasAsciiAt(bytes, 8, 'WEBP')) return 'webp';
  if (indexOfAscii(bytes.subarray(0, PDF_HEADER_WINDOW), '%PDF-') !== -1) return 'pdf';
  return 'other';
}

const TYPES: ReadonlyMap<string, MetadataKind> = new Map([
  ['image/jpeg', 'jpeg'],
  ['image/jpg', 'jpeg'],
  ['image/pjpeg', 'jpeg'],
  ['image/png', 'png'],
  ['image/apng', 'png'],
  ['image/webp', 'webp'],
  ['application/pdf', 'pdf'],
  ['application/x-pdf', 'pdf'],
]);

function kindFromType(type: string): MetadataKind {
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return TYPES.get(essence) ?? 'other';
}

/** Which handler applies, from MIME type and/or magic bytes (magic bytes win). */
export function metadataKind(bytes: Uint8Array, type: string): MetadataKind {
  const fromBytes = kindFromBytes(bytes);
  return fromBytes === 'other' ? kindFromType(type) : fromBytes;
}
