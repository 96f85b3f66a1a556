// Removes metadata from a WebP (a RIFF container) by dropping whole chunks: EXIF, XMP and every
// chunk that is not image data, colour profile or animation. The VP8X header's EXIF and XMP flags
// are cleared to match and the RIFF size is recomputed. Image data is copied unchanged.
import { allZero, asciiAt, byteAt, concatBytes, hasAsciiAt, readUint32LE, writeUint32LE } from './bytes';
import { UnreadableFileError } from './errors';
import { readExif } from './exif-findings';
import { LABELS, LabelSet } from './labels';
import type { CleanResult } from './types';
import { readXmp } from './xmp-findings';

const KEEP = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const FIRST = new Set(['VP8X', 'VP8 ', 'VP8L']);

/** VP8X flag bits (first byte of its payload). */
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

function chunk(fourcc: Uint8Array, payload: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  header.set(fourcc, 0);
  writeUint32LE(header, 4, payload.length);
  // Chunks are padded to an even length.
  return concatBytes(payload.length % 2 === 1 ? [header, payload, Uint8Array.of(0)] : [header, payload]);
}

export async function cleanWebp(bytes: Uint8Array): Promise<CleanResult> {
  if (!hasAsciiAt(bytes, 0, 'RIFF') || !hasAsciiAt(bytes, 8, 'WEBP')) throw new UnreadableFileError('not a WebP file');
  const riffEnd = 8 + readUint32LE(bytes, 4);
  if (riffEnd > bytes.length || riffEnd < 12 + 8) throw new UnreadableFileError('RIFF size does not match the file');
  const labels = new LabelSet();
  const kept: Uint8Array[] = [];
  const exifBlocks: Uint8Array[] = [];
  let offset = 12;
  while (offset < riffEnd) {
    if (offset + 8 > riffEnd) throw new UnreadableFileError(`chunk header at ${offset} runs past the end`);
    const type = asciiAt(bytes, offset, 4);
    const size = readUint32LE(bytes, offset + 4);
    const dataEnd = offset + 8 + size;
    if (dataEnd > riffEnd) throw new UnreadableFileError(`chunk ${type} runs past the end`);
    if (offset === 12 && !FIRST.has(type)) throw new UnreadableFileError(`unexpected first chunk ${type}`);
    const fourcc = bytes.subarray(offset, offset + 4);
    const data = bytes.subarray(offset + 8, dataEnd);
    if (type === 'VP8X') {
      if (size < 10) throw new UnreadableFileError('VP8X chunk too short');
      const header = data.slice();
      header[0] = byteAt(header, 0) & ~(EXIF_FLAG | XMP_FLAG);
      kept.push(chunk(fourcc, header));
    } else if (KEEP.has(type)) {
      kept.push(chunk(fourcc, data));
    } else if (type === 'EXIF') {
      // The chunk holds a TIFF structure; some writers keep JPEG's "Exif\0\0" in front.
      exifBlocks.push(hasAsciiAt(data, 0, 'Exif\0\0') ? data.subarray(6) : data);
    } else if (type === 'XMP ') {
      labels.addAll(readXmp(data));
    } else {
      labels.add(LABELS.other);
    }
    // The padding byte may be missing after the last chunk; never read beyond the RIFF.
    offset = Math.min(dataEnd + (size % 2), riffEnd);
  }
  const trailing = bytes.subarray(riffEnd);
  if (trailing.length > 0 && !allZero(trailing)) labels.add(LABELS.trailingData);
  for (const block of exifBlocks) labels.addAll((await readExif(block)).labels);

  if (labels.size === 0) return { bytes, removed: [] };
  const body = concatBytes(kept);
  const head = new Uint8Array(12);
  head.set(bytes.subarray(0, 4), 0);
  writeUint32LE(head, 4, 4 + body.length);
  head.set(bytes.subarray(8, 12), 8);
  return { bytes: concatBytes([head, body]), removed: labels.sorted() };
}
