// Reads back the metadata of a file with independent libraries (exifr for JPEG EXIF, pdf-lib for
// the PDF information dictionary), not with the app's own cleaner, so the end-to-end test judges
// the downloaded files the way another tool would.
import exifr from 'exifr';
import { PDFDocument } from 'pdf-lib';

export interface JpegMetadata {
  readonly latitude: number | undefined;
  readonly longitude: number | undefined;
  readonly make: unknown;
  readonly model: unknown;
  readonly serial: unknown;
  /** Every tag name exifr found (GPS*, Make, …), for the failure message. */
  readonly tags: readonly string[];
}

export async function readJpegMetadata(bytes: Uint8Array): Promise<JpegMetadata> {
  const buffer = Buffer.from(bytes);
  const parsed: unknown = await exifr.parse(buffer, { tiff: true, exif: true, gps: true, ifd1: true, xmp: true, iptc: true, icc: false, mergeOutput: true });
  const tags = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const position: unknown = await exifr.gps(buffer).catch(() => undefined);
  const coordinates = typeof position === 'object' && position !== null ? (position as { latitude?: unknown; longitude?: unknown }) : {};
  return {
    latitude: typeof coordinates.latitude === 'number' ? coordinates.latitude : undefined,
    longitude: typeof coordinates.longitude === 'number' ? coordinates.longitude : undefined,
    make: tags.Make,
    model: tags.Model,
    serial: tags.BodySerialNumber ?? tags.SerialNumber,
    tags: Object.keys(tags),
  };
}

export interface PdfMetadata {
  readonly author: string | undefined;
  readonly title: string | undefined;
  readonly pages: number;
}

export async function readPdfMetadata(bytes: Uint8Array): Promise<PdfMetadata> {
  // updateMetadata: false, or pdf-lib would write its own producer and dates into what it reads.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { author: doc.getAuthor(), title: doc.getTitle(), pages: doc.getPageCount() };
}
