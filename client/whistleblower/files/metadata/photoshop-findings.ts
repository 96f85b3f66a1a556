// Names what a Photoshop "image resources" block (JPEG APP13) carries: IPTC data (captions,
// bylines, places), thumbnails, copies of EXIF or XMP. Only READS; APP13 is removed whole.
import { byteAt, hasAsciiAt, readUint16BE, readUint32BE } from './bytes';
import { LABELS, type Label } from './labels';

const HEADER = 'Photoshop 3.0\0';

const RESOURCE_LABELS: ReadonlyMap<number, Label> = new Map([
  [0x0404, LABELS.iptc],
  [0x0409, LABELS.thumbnail],
  [0x040c, LABELS.thumbnail],
  [0x0422, LABELS.exif],
  [0x0424, LABELS.xmp],
]);

/** Labels for one APP13 payload. Never throws; what cannot be read is named "Photoshop data". */
export function readPhotoshop(payload: Uint8Array): readonly Label[] {
  const labels = new Set<Label>();
  try {
    if (!hasAsciiAt(payload, 0, HEADER)) return [LABELS.photoshop];
    let offset = HEADER.length;
    while (offset + 12 <= payload.length) {
      // Signature ("8BIM" and a few other four-letter codes), id, padded Pascal name, size, data.
      const id = readUint16BE(payload, offset + 4);
      const nameLength = byteAt(payload, offset + 6);
      const sizeOffset = offset + 6 + nameLength + 1 + ((nameLength + 1) % 2);
      const size = readUint32BE(payload, sizeOffset);
      labels.add(RESOURCE_LABELS.get(id) ?? LABELS.photoshop);
      offset = sizeOffset + 4 + size + (size % 2);
    }
  } catch {
    labels.add(LABELS.photoshop);
  }
  if (labels.size === 0) labels.add(LABELS.photoshop);
  return [...labels];
}
