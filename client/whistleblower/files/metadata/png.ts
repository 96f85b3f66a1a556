// Removes metadata from a PNG by dropping whole chunks, so every kept chunk (and its CRC) is
// copied unchanged and the pixels are untouched. Kept: the critical chunks and the ones that
// affect how the image looks (colour space, transparency, gamma, pixel size, animation).
// Dropped: text (tEXt, zTXt, iTXt, which hold XMP too), eXIf, tIME, and every other ancillary
// chunk (e.g. C2PA "content credentials", Apple's iDOT), whose contents Thicket cannot vouch for.
import { allZero, asciiAt, concatBytes, hasAsciiAt, readUint32BE } from './bytes';
import { UnreadableFileError } from './errors';
import { readExif } from './exif-findings';
import { LABELS, LabelSet } from './labels';
import { readPngText } from './png-text-findings';
import type { CleanResult } from './types';

const SIGNATURE = '\x89PNG\r\n\x1a\n';

const KEEP = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND',
  'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCv', 'cLLi', 'bKGD', 'hIST', 'pHYs', 'sPLT',
  'acTL', 'fcTL', 'fdAT',
]);

const MAX_CHUNK = 0x7fffffff;

function isChunkType(type: string): boolean {
  return /^[A-Za-z]{4}$/.test(type);
}

/** Critical chunks (upper-case first letter) cannot be dropped without breaking the image. */
function isCritical(type: string): boolean {
  return type.charCodeAt(0) < 0x61;
}

export async function cleanPng(bytes: Uint8Array): Promise<CleanResult> {
  if (!hasAsciiAt(bytes, 0, SIGNATURE)) throw new UnreadableFileError('no PNG signature');
  const labels = new LabelSet();
  const kept: Uint8Array[] = [bytes.subarray(0, SIGNATURE.length)];
  const exifBlocks: Uint8Array[] = [];
  let offset = SIGNATURE.length;
  let ended = false;
  while (!ended) {
    const length = readUint32BE(bytes, offset);
    const type = asciiAt(bytes, offset + 4, 4);
    const end = offset + 12 + length;
    if (length > MAX_CHUNK || end > bytes.length || !isChunkType(type)) throw new UnreadableFileError(`bad chunk at ${offset}`);
    if (offset === SIGNATURE.length && type !== 'IHDR') throw new UnreadableFileError('IHDR is not first');
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (KEEP.has(type)) {
      kept.push(bytes.subarray(offset, end));
    } else if (isCritical(type)) {
      throw new UnreadableFileError(`unknown critical chunk ${type}`);
    } else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      labels.addAll(readPngText(type, data));
    } else if (type === 'eXIf') {
      // The chunk holds a TIFF structure; a few writers wrongly keep JPEG's "Exif\0\0" in front.
      exifBlocks.push(hasAsciiAt(data, 0, 'Exif\0\0') ? data.subarray(6) : data);
    } else if (type === 'tIME') {
      labels.add(LABELS.dateEdited);
    } else {
      labels.add(LABELS.other);
    }
    ended = type === 'IEND';
    offset = end;
  }
  const trailing = bytes.subarray(offset);
  if (trailing.length > 0 && !allZero(trailing)) labels.add(LABELS.trailingData);
  for (const block of exifBlocks) labels.addAll((await readExif(block)).labels);

  if (labels.size === 0) return { bytes, removed: [] };
  return { bytes: concatBytes(kept), removed: labels.sorted() };
}
