// Names what an EXIF block (a TIFF structure, as found in JPEG APP1, PNG eXIf and WebP EXIF)
// carries, read with exifr, and finds the Orientation tag. This only READS: the cleaners drop every
// EXIF block whole, whatever exifr saw in it. A block exifr cannot read, or in which it found
// nothing more specific, is named "EXIF data".
import { parse } from 'exifr/dist/mini.esm.mjs';
import { concatBytes } from './bytes';
import { LABELS, type Label } from './labels';

export interface ExifFindings {
  /** Never empty: "EXIF data" when nothing more specific was found. */
  readonly labels: readonly Label[];
  /** EXIF Orientation 1–8 when present and valid, otherwise null. */
  readonly orientation: number | null;
}

// Tag numbers (TIFF/EXIF 2.32, DNG) → what they reveal. exifr's mini build keeps keys numeric.
const IFD0_LABELS: ReadonlyMap<number, Label> = new Map([
  [0x010f, LABELS.camera], // Make
  [0x0110, LABELS.camera], // Model
  [0xc614, LABELS.camera], // UniqueCameraModel (DNG)
  [0xc615, LABELS.camera], // LocalizedCameraModel (DNG)
  [0xc62f, LABELS.cameraSerial], // CameraSerialNumber (DNG)
  [0x0131, LABELS.software], // Software
  [0x000b, LABELS.software], // ProcessingSoftware
  [0x013c, LABELS.deviceName], // HostComputer
  [0x013b, LABELS.author], // Artist
  [0x9c9d, LABELS.author], // XPAuthor
  [0x8298, LABELS.copyright], // Copyright
  [0x010e, LABELS.description], // ImageDescription
  [0x9c9b, LABELS.title], // XPTitle
  [0x9c9c, LABELS.comment], // XPComment
  [0x9c9e, LABELS.keywords], // XPKeywords
  [0x9c9f, LABELS.subject], // XPSubject
  [0x0132, LABELS.dateEdited], // DateTime (ModifyDate)
  [0xa420, LABELS.uniqueId], // ImageUniqueID (some writers put it here)
]);

const EXIF_LABELS: ReadonlyMap<number, Label> = new Map([
  [0x9003, LABELS.dateTaken], // DateTimeOriginal
  [0x9004, LABELS.dateTaken], // CreateDate (DateTimeDigitized)
  [0x9010, LABELS.dateTaken], // OffsetTime
  [0x9011, LABELS.dateTaken], // OffsetTimeOriginal
  [0x9012, LABELS.dateTaken], // OffsetTimeDigitized
  [0x9290, LABELS.dateTaken], // SubSecTime
  [0x9291, LABELS.dateTaken], // SubSecTimeOriginal
  [0x9292, LABELS.dateTaken], // SubSecTimeDigitized
  [0xa431, LABELS.cameraSerial], // BodySerialNumber (SerialNumber)
  [0xa435, LABELS.lensSerial], // LensSerialNumber
  [0xa430, LABELS.owner], // CameraOwnerName
  [0xa432, LABELS.lens], // LensSpecification
  [0xa433, LABELS.lens], // LensMake
  [0xa434, LABELS.lens], // LensModel
  [0x927c, LABELS.makerNotes], // MakerNote (holds e.g. InternalSerialNumber)
  [0x9286, LABELS.comment], // UserComment
  [0xa420, LABELS.uniqueId], // ImageUniqueID
]);

/** IFD0 tags that only describe the image's layout (and the pointers to other IFDs): nothing to name. */
const IFD0_STRUCTURE = new Set([
  0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0112, 0x0115, 0x011a, 0x011b, 0x011c, 0x0128,
  0x0211, 0x0212, 0x0213, 0x0214, 0x8769, 0x8825, 0xa005,
]);

/** Exif IFD tags that only describe the image's encoding: nothing to name. */
const EXIF_STRUCTURE = new Set([0x9000, 0xa000, 0xa001, 0xa002, 0xa003, 0x9101, 0xa005]);

const ORIENTATION_TAG = 0x0112;

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  interop: false,
  ifd1: true,
  // Without these two, exifr skips the MakerNote and UserComment tags altogether.
  makerNote: true,
  userComment: true,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  translateKeys: false,
  translateValues: false,
  reviveValues: false,
  sanitize: false,
  mergeOutput: false,
};

/** An APP1 segment holds at most 65 533 bytes of payload, "Exif\0\0" included. */
const MAX_APP1_TIFF = 0xffff - 2 - 6;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  // exifr returns text with its NUL padding when sanitising is off; blank text reveals nothing.
  if (typeof value === 'string') return value.replace(/[\0\s]/g, '') !== '';
  return true;
}

function tagsOf(block: Record<string, unknown> | undefined): [number, unknown][] {
  if (block === undefined) return [];
  return Object.entries(block)
    .map(([key, value]): [number, unknown] => [Number(key), value])
    .filter(([tag, value]) => Number.isInteger(tag) && hasContent(value));
}

/**
 * exifr's mini build reads JPEG files only, so the TIFF block is wrapped as the APP1 segment of an
 * otherwise empty JPEG. A block too large for one segment is read as far as one segment reaches and
 * also named "EXIF data", since its end was not looked at.
 */
function asJpeg(tiff: Uint8Array): { readonly jpeg: Uint8Array; readonly complete: boolean } {
  const complete = tiff.length <= MAX_APP1_TIFF;
  const body = complete ? tiff : tiff.subarray(0, MAX_APP1_TIFF);
  const length = body.length + 2 + 6;
  const head = Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0);
  return { jpeg: concatBytes([head, body, Uint8Array.of(0xff, 0xd9)]), complete };
}

/** Reads one EXIF block (TIFF bytes, without the "Exif\0\0" prefix). Never throws. */
export async function readExif(tiff: Uint8Array): Promise<ExifFindings> {
  const labels = new Set<Label>();
  let orientation: number | null = null;
  try {
    const { jpeg, complete } = asJpeg(tiff);
    if (!complete) labels.add(LABELS.exif);
    const output = record(await parse(jpeg, EXIFR_OPTIONS));
    const errors = output?.['errors'];
    if (output === undefined || (Array.isArray(errors) && errors.length > 0)) labels.add(LABELS.exif);

    for (const [tag, value] of tagsOf(record(output?.['ifd0']))) {
      const label = IFD0_LABELS.get(tag);
      if (label !== undefined) labels.add(label);
      else if (!IFD0_STRUCTURE.has(tag)) labels.add(LABELS.exif);
      if (tag === ORIENTATION_TAG && typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8) {
        orientation = value;
      }
    }
    for (const [tag] of tagsOf(record(output?.['exif']))) {
      const label = EXIF_LABELS.get(tag);
      if (label !== undefined) labels.add(label);
      else if (!EXIF_STRUCTURE.has(tag)) labels.add(LABELS.cameraSettings);
    }
    // Any GPS tag but the version number reveals a place (or a time there).
    if (tagsOf(record(output?.['gps'])).some(([tag]) => tag !== 0)) labels.add(LABELS.gps);
    if (tagsOf(record(output?.['ifd1'])).length > 0) labels.add(LABELS.thumbnail);
  } catch {
    labels.add(LABELS.exif);
  }
  // Every EXIF block removed is named, even one holding only tags that reveal nothing: exifr
  // may not have read everything in it.
  if (labels.size === 0) labels.add(LABELS.exif);
  return { labels: [...labels], orientation };
}
