// Builds the smallest EXIF APP1 segment that carries only an Orientation tag.
//
// Why keep anything at all: phones store a photo as the sensor read it and record in EXIF
// Orientation how to turn it for display. Removing that tag makes a portrait photo show up on its
// side for the prosecutor. The value (one of eight ways to turn or mirror the picture) says
// nothing about the person or their device, so this segment is all that survives of EXIF.
import { concatBytes } from './bytes';

/** Length of the whole segment, and where in it the orientation value sits. */
export const ORIENTATION_SEGMENT_LENGTH = 36;
export const ORIENTATION_VALUE_OFFSET = 29;

/** APP1 with "Exif\0\0", a big-endian TIFF header and one IFD with the single tag 0x0112. */
export function orientationSegment(orientation: number): Uint8Array {
  if (!Number.isInteger(orientation) || orientation < 1 || orientation > 8) throw new RangeError('orientation must be 1–8');
  const tiff = Uint8Array.of(
    0x4d, 0x4d, 0x00, 0x2a, // "MM", 42: big-endian TIFF
    0x00, 0x00, 0x00, 0x08, // IFD0 right after the header
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, // Orientation, SHORT, count 1
    0x00, orientation, 0x00, 0x00, // the value, left-justified in the 4-byte field
    0x00, 0x00, 0x00, 0x00, // no next IFD (no thumbnail)
  );
  const length = 2 + 6 + tiff.length;
  const head = Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00);
  return concatBytes([head, tiff]);
}
