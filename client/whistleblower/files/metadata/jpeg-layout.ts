// Splits a JPEG into its marker segments, in one linear pass, without decoding anything:
// SOI, then segments (each SOS followed by its entropy-coded scan data), then EOI and whatever
// trails it. Anything that does not follow that structure throws UnreadableFileError.
import { byteAt, readUint16BE } from './bytes';
import { UnreadableFileError } from './errors';

export interface JpegSegment {
  /** The marker code (the byte after 0xFF), e.g. 0xE1 for APP1. */
  readonly marker: number;
  /** Offset of the segment's 0xFF. */
  readonly start: number;
  /** Offset of the segment's payload (after the two length bytes), or `end` for markers without one. */
  readonly payloadStart: number;
  /** End of the payload: for SOS, the scan data that follows is in [payloadEnd, end). */
  readonly payloadEnd: number;
  /** Offset just past the segment (and, for SOS, past its scan data). */
  readonly end: number;
}

export interface JpegLayout {
  /** Every segment between SOI and EOI, in file order. */
  readonly segments: readonly JpegSegment[];
  /** Offset just past EOI: bytes from here on are not part of the image. */
  readonly end: number;
}

export const MARKER = {
  SOI: 0xd8,
  EOI: 0xd9,
  SOS: 0xda,
  APP0: 0xe0,
  APP1: 0xe1,
  APP2: 0xe2,
  APP13: 0xed,
  APP14: 0xee,
  APP15: 0xef,
  COM: 0xfe,
} as const;

/** RST0–RST7 and TEM stand alone: no length, no payload. */
function isStandalone(marker: number): boolean {
  return (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
}

/** Offset of the next marker's 0xFF after entropy-coded data starting at `from`. */
function endOfScan(bytes: Uint8Array, from: number): number {
  let index = from;
  for (;;) {
    index = bytes.indexOf(0xff, index);
    if (index === -1 || index + 1 >= bytes.length) throw new UnreadableFileError('scan data runs past the end');
    const next = byteAt(bytes, index + 1);
    // 0xFF00 is a stuffed data byte; RSTn restart markers belong to the scan.
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) index += 2;
    else if (next === 0xff) index += 1; // fill byte before a marker
    else return index;
  }
}

export function parseJpegLayout(bytes: Uint8Array): JpegLayout {
  if (bytes[0] !== 0xff || bytes[1] !== MARKER.SOI) throw new UnreadableFileError('no JPEG start marker');
  const segments: JpegSegment[] = [];
  let offset = 2;
  for (;;) {
    if (byteAt(bytes, offset) !== 0xff) throw new UnreadableFileError(`expected a marker at ${offset}`);
    // Any number of 0xFF fill bytes may precede a marker; the segment starts at the last one.
    while (byteAt(bytes, offset + 1) === 0xff) offset += 1;
    const start = offset;
    const marker = byteAt(bytes, offset + 1);
    if (marker === MARKER.EOI) return { segments, end: offset + 2 };
    if (marker === MARKER.SOI || marker === 0x00) throw new UnreadableFileError(`unexpected marker ${marker} at ${offset}`);
    if (isStandalone(marker)) {
      segments.push({ marker, start, payloadStart: offset + 2, payloadEnd: offset + 2, end: offset + 2 });
      offset += 2;
      continue;
    }
    const length = readUint16BE(bytes, offset + 2);
    const payloadEnd = offset + 2 + length;
    if (length < 2 || payloadEnd > bytes.length) throw new UnreadableFileError(`segment at ${offset} runs past the end`);
    const end = marker === MARKER.SOS ? endOfScan(bytes, payloadEnd) : payloadEnd;
    segments.push({ marker, start, payloadStart: offset + 4, payloadEnd, end });
    offset = end;
  }
}
