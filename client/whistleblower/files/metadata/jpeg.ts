// Removes metadata from a JPEG without re-encoding it: the segments that carry image data
// (quantisation and Huffman tables, frame and scan headers, the compressed scans) are copied
// byte for byte. Removed: APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM, APP3–APP12, APP15,
// APP2 other than the ICC colour profile (e.g. MPF, which points at extra images), APP0 other
// than JFIF (JFXX thumbnails), a JFIF thumbnail, and anything after the end of the image
// (extra images, phone "motion photo" videos). Kept: JFIF, ICC profile (APP2), Adobe (APP14).
import { allZero, concatBytes, hasAsciiAt, readUint16BE } from './bytes';
import { ORIENTATION_SEGMENT_LENGTH, ORIENTATION_VALUE_OFFSET, orientationSegment } from './exif-orientation';
import { readExif } from './exif-findings';
import { parseJpegLayout, MARKER, type JpegSegment } from './jpeg-layout';
import { LABELS, LabelSet, type Label } from './labels';
import { readPhotoshop } from './photoshop-findings';
import type { CleanResult } from './types';
import { readXmp } from './xmp-findings';

export interface JpegOptions {
  /** Keep a minimal EXIF with only Orientation (photos). False inside PDFs, which ignore it. */
  readonly keepOrientation: boolean;
}

/** What to do with one segment. */
type Decision =
  | { readonly keep: true }
  | {
      readonly keep: false;
      readonly labels: readonly Label[];
      /** Written instead of the segment (a JFIF header without its thumbnail). */
      readonly replacement?: Uint8Array;
      /** An EXIF block to name and take the orientation from. */
      readonly exif?: Uint8Array;
      /** The orientation of a minimal EXIF segment written by an earlier clean. */
      readonly orientation?: number;
    };

const KEEP: Decision = { keep: true };
const drop = (...labels: Label[]): Decision => ({ keep: false, labels });

const JFIF_LENGTH = 14; // "JFIF\0", version, units, densities, thumbnail size

function decideApp0(payload: Uint8Array): Decision {
  if (hasAsciiAt(payload, 0, 'JFIF\0') && payload.length >= JFIF_LENGTH) {
    const hasThumbnail = payload.length > JFIF_LENGTH || payload[12] !== 0 || payload[13] !== 0;
    if (!hasThumbnail) return KEEP;
    // The same JFIF header with a 0×0 thumbnail.
    const header = payload.slice(0, JFIF_LENGTH);
    header[12] = 0;
    header[13] = 0;
    const replacement = concatBytes([Uint8Array.of(0xff, MARKER.APP0, 0, JFIF_LENGTH + 2), header]);
    return { keep: false, labels: [LABELS.thumbnail], replacement };
  }
  if (hasAsciiAt(payload, 0, 'JFXX\0')) return drop(LABELS.thumbnail);
  return drop(LABELS.other);
}

/** The orientation of an EXIF segment exactly as orientationSegment() writes it (an earlier clean), else null. */
function ownOrientation(segment: Uint8Array): number | null {
  const value = segment.length === ORIENTATION_SEGMENT_LENGTH ? segment[ORIENTATION_VALUE_OFFSET] : undefined;
  if (value === undefined || value < 1 || value > 8) return null;
  const expected = orientationSegment(value);
  return expected.every((byte, index) => segment[index] === byte) ? value : null;
}

function decideApp1(payload: Uint8Array, segment: Uint8Array): Decision {
  const orientation = ownOrientation(segment);
  // Left by an earlier clean: nothing to name, and written again below so cleaning twice changes nothing.
  if (orientation !== null) return { keep: false, labels: [], orientation };
  if (hasAsciiAt(payload, 0, 'Exif\0')) return { keep: false, labels: [], exif: payload.subarray(6) };
  if (hasAsciiAt(payload, 0, 'http://ns.adobe.com/xap/1.0/\0') || hasAsciiAt(payload, 0, 'http://ns.adobe.com/xmp/extension/\0')) {
    return drop(...readXmp(payload));
  }
  return drop(LABELS.other);
}

function decide(bytes: Uint8Array, segment: JpegSegment): Decision {
  const payload = bytes.subarray(segment.payloadStart, segment.payloadEnd);
  const { marker } = segment;
  if (marker === MARKER.APP0) return decideApp0(payload);
  if (marker === MARKER.APP1) return decideApp1(payload, bytes.subarray(segment.start, segment.end));
  if (marker === MARKER.APP2) {
    if (hasAsciiAt(payload, 0, 'ICC_PROFILE\0')) return KEEP;
    return drop(hasAsciiAt(payload, 0, 'MPF\0') ? LABELS.extraImages : LABELS.other);
  }
  if (marker === MARKER.APP13) return drop(...readPhotoshop(payload));
  if (marker === MARKER.APP14) return hasAsciiAt(payload, 0, 'Adobe') ? KEEP : drop(LABELS.other);
  if (marker >= MARKER.APP0 && marker <= MARKER.APP15) return drop(LABELS.other); // APP3–APP12, APP15
  if (marker === MARKER.COM) return drop(LABELS.comment);
  return KEEP; // tables, frame and scan headers, scans, restart intervals
}

/** Labels for what follows EOI: more JPEGs (MPF images, previews) or anything else. */
function trailingLabel(trailing: Uint8Array): Label | null {
  if (trailing.length === 0 || allZero(trailing)) return null;
  return trailing[0] === 0xff && trailing[1] === MARKER.SOI ? LABELS.extraImages : LABELS.trailingData;
}

export async function cleanJpeg(bytes: Uint8Array, options: JpegOptions): Promise<CleanResult> {
  const layout = parseJpegLayout(bytes);
  const labels = new LabelSet();
  const kept: Uint8Array[] = [];
  const exifBlocks: Uint8Array[] = [];
  let orientation: number | null = null;
  for (const segment of layout.segments) {
    const decision = decide(bytes, segment);
    if (decision.keep) {
      kept.push(bytes.subarray(segment.start, segment.end));
      continue;
    }
    labels.addAll(decision.labels);
    if (decision.replacement !== undefined) kept.push(decision.replacement);
    if (decision.exif !== undefined) exifBlocks.push(decision.exif);
    orientation ??= decision.orientation ?? null;
  }
  const trailing = trailingLabel(bytes.subarray(layout.end));
  if (trailing !== null) labels.add(trailing);

  for (const block of exifBlocks) {
    const findings = await readExif(block);
    labels.addAll(findings.labels);
    orientation ??= findings.orientation;
  }

  if (labels.size === 0) return { bytes, removed: [] };

  const parts: Uint8Array[] = [Uint8Array.of(0xff, MARKER.SOI)];
  // JFIF must stay the first segment; the orientation segment goes right after it.
  const [first, ...rest] = kept;
  const firstIsJfif = first !== undefined && first[1] === MARKER.APP0 && readUint16BE(first, 2) >= JFIF_LENGTH + 2 && hasAsciiAt(first, 4, 'JFIF\0');
  if (firstIsJfif) parts.push(first);
  if (options.keepOrientation && orientation !== null && orientation !== 1) parts.push(orientationSegment(orientation));
  if (first !== undefined && !firstIsJfif) parts.push(first);
  for (const part of rest) parts.push(part);
  parts.push(Uint8Array.of(0xff, MARKER.EOI));
  return { bytes: concatBytes(parts), removed: labels.sorted() };
}
