// The evidence files of the end-to-end file test, made in code: a JPEG carrying GPS, camera
// make, model and serial number in its EXIF (a real image from Chromium's own encoder, EXIF added
// with piexifjs); a PDF with an author, a title and a canary in its page text (pdf-lib); and a
// large file written to disk in 1 MiB pieces from a deterministic stream (AES-256-CTR over zeros),
// beginning with a canary, with its SHA-256 computed as it is written.
import { createCipheriv, createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** Identifying details planted in the JPEG: none may come back from the prosecutor's download. */
export const JPEG_SECRETS = {
  make: 'CanaryOptics Kenya Ltd',
  model: 'CO-Spotter 7731',
  bodySerial: 'BODYSERIAL-E2E-48151623',
  /** 3°21'17.52" S, 37°55'43.21" E (not a real observer's position). */
  latitude: [[3, 1], [21, 1], [1752, 100]] as const,
  longitude: [[37, 1], [55, 1], [4321, 100]] as const,
} as const;

/** Identifying details planted in the PDF. */
export const PDF_SECRETS = {
  author: 'Wanjiru Kamau-Canary',
  title: 'Ledger of scale sales kept by the informant',
} as const;

// ---- piexifjs, loaded without ambient types (it ships none) and checked at the boundary ----

type ExifValue = string | number | readonly (readonly number[])[] | readonly number[];
interface ExifDict {
  readonly '0th'?: Record<number, ExifValue>;
  readonly Exif?: Record<number, ExifValue>;
  readonly GPS?: Record<number, ExifValue>;
}
interface Piexif {
  readonly ImageIFD: Readonly<Record<string, number>>;
  readonly ExifIFD: Readonly<Record<string, number>>;
  readonly GPSIFD: Readonly<Record<string, number>>;
  dump(exif: ExifDict): string;
  insert(exif: string, jpeg: string): string;
}

function isPiexif(value: unknown): value is Piexif {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Piexif, unknown>>;
  return typeof candidate.dump === 'function' && typeof candidate.insert === 'function' && typeof candidate.GPSIFD === 'object';
}

function loadPiexif(): Piexif {
  const loaded: unknown = createRequire(import.meta.url)('piexifjs');
  if (!isPiexif(loaded)) throw new Error('piexifjs did not load as expected');
  return loaded;
}

function tag(tags: Readonly<Record<string, number>>, name: string): number {
  const value = tags[name];
  if (value === undefined) throw new Error(`piexifjs has no tag ${name}`);
  return value;
}

/** A real 96×64 JPEG with no metadata, from Chromium's canvas encoder (four colour blocks). */
export async function plainJpegFrom(page: Page): Promise<Uint8Array> {
  // A string, not a function: the test's transpiler would add helpers the page does not have.
  const base64 = await page.evaluate<string>(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    for (const [colour, x, y] of [['#a0522d', 0, 0], ['#228b22', 48, 0], ['#1e90ff', 0, 32], ['#ffd700', 48, 32]]) {
      context.fillStyle = colour;
      context.fillRect(x, y, 48, 32);
    }
    const url = canvas.toDataURL('image/jpeg', 0.9);
    return url.slice(url.indexOf(',') + 1);
  })()`);
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('Chromium did not make a JPEG');
  return bytes;
}

/** The JPEG with an EXIF block holding GPS position, camera make, model and body serial number. */
export function jpegWithGps(plain: Uint8Array): Uint8Array {
  const piexif = loadPiexif();
  const exif = piexif.dump({
    '0th': {
      [tag(piexif.ImageIFD, 'Make')]: JPEG_SECRETS.make,
      [tag(piexif.ImageIFD, 'Model')]: JPEG_SECRETS.model,
      [tag(piexif.ImageIFD, 'Orientation')]: 1,
    },
    Exif: {
      [tag(piexif.ExifIFD, 'BodySerialNumber')]: JPEG_SECRETS.bodySerial,
      [tag(piexif.ExifIFD, 'DateTimeOriginal')]: '2024:05:17 06:42:10',
    },
    GPS: {
      [tag(piexif.GPSIFD, 'GPSLatitudeRef')]: 'S',
      [tag(piexif.GPSIFD, 'GPSLatitude')]: JPEG_SECRETS.latitude,
      [tag(piexif.GPSIFD, 'GPSLongitudeRef')]: 'E',
      [tag(piexif.GPSIFD, 'GPSLongitude')]: JPEG_SECRETS.longitude,
    },
  });
  return new Uint8Array(Buffer.from(piexif.insert(exif, Buffer.from(plain).toString('latin1')), 'latin1'));
}

/** The GPS latitude as its EXIF rationals are stored (big-endian, as piexifjs writes): a raw-byte needle. */
export function latitudeRationalBytes(): Buffer {
  const out = Buffer.alloc(24);
  JPEG_SECRETS.latitude.forEach(([numerator, denominator], index) => {
    out.writeUInt32BE(numerator, index * 8);
    out.writeUInt32BE(denominator, index * 8 + 4);
  });
  return out;
}

/** How a PDF may spell a text string: literal bytes, or pdf-lib's hex UTF-16BE with a byte-order mark. */
export function pdfTextForms(text: string): string[] {
  const utf16 = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  return [text, `FEFF${utf16}`];
}

/**
 * A one-page PDF with an author and a title in its information dictionary, and `canary` in the
 * page's text, in an uncompressed content stream (so the canary's bytes can be searched for).
 */
export async function pdfWithAuthor(canary: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setAuthor(PDF_SECRETS.author);
  doc.setTitle(PDF_SECRETS.title);
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const fontName = page.node.newFontDictionary('F1', font.ref);
  const text = `BT ${fontName.toString()} 12 Tf 72 760 Td (Sales ledger, ${canary}) Tj ET`;
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(text)));
  const bytes = await doc.save({ useObjectStreams: false });
  if (!Buffer.from(bytes).includes(canary)) throw new Error('the canary is not readable in the PDF');
  return bytes;
}

export interface LargeFile {
  readonly path: string;
  readonly size: number;
  /** SHA-256 of the whole file, hex. */
  readonly sha256: string;
  /** The file's first 64 bytes (canary and stream): must never be found at rest. */
  readonly head: Buffer;
}

/** The large file's size in MiB: THICKET_E2E_LARGE_MB, default 200. */
export function largeFileMiB(): number {
  const raw = process.env.THICKET_E2E_LARGE_MB;
  if (raw === undefined || raw === '') return 200;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 16 || value > 255) {
    // Above 256 MiB the prosecutor app streams to disk through a save dialog, which a headless browser cannot answer.
    throw new Error(`THICKET_E2E_LARGE_MB must be an integer from 16 to 255, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Writes `mib` MiB to `path` in 1 MiB pieces: `canary`, then AES-256-CTR keystream (a deterministic stream). */
export async function writeLargeFile(path: string, mib: number, canary: string): Promise<LargeFile> {
  const piece = 1024 * 1024;
  const seed = createHash('sha256').update('thicket e2e large evidence file v1').digest();
  const stream = createCipheriv('aes-256-ctr', seed, Buffer.alloc(16));
  const zeros = Buffer.alloc(piece);
  const hash = createHash('sha256');
  const handle = await open(path, 'w', 0o600);
  let head = Buffer.alloc(0);
  try {
    for (let index = 0; index < mib; index++) {
      const bytes = stream.update(zeros);
      if (index === 0) {
        Buffer.from(canary, 'utf8').copy(bytes, 0);
        head = Buffer.from(bytes.subarray(0, 64));
      }
      hash.update(bytes);
      await handle.write(bytes);
    }
  } finally {
    await handle.close();
  }
  return { path, size: mib * piece, sha256: hash.digest('hex'), head };
}

/** SHA-256 of a file, read as a stream (never the whole file in memory). */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
