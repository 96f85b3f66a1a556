// JPEG metadata removal: lossless, every planted secret gone (checked with exifr and by searching
// the bytes), the report names what was found, orientation survives, and broken files fail closed.
import * as exifr from 'exifr/dist/full.esm.mjs';
import piexif from 'piexifjs';
import { describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import {
  SECRETS, baseJpeg, concat, contains, fromLatin1, imageDataSegments, insertAfterHeaderSegments,
  jpegSegment, jpegWithEverything, latin1, listJpegSegments,
} from './fixtures';

const UNREADABLE = /^Thicket could not check this file for hidden details/;

describe('JPEG', () => {
  it('removes EXIF, XMP, IPTC, comments and extra images, names them, and keeps the image data byte for byte', async () => {
    const input = jpegWithEverything(6);
    // The fixture really carries what the test looks for (so the test can fail).
    expect(await exifr.gps(input)).toBeDefined();
    expect((await exifr.parse(input, { xmp: true, iptc: true }) as Record<string, unknown>)['Make']).toBe(SECRETS.make);
    for (const secret of Object.values(SECRETS)) expect(contains(input, secret), secret).toBe(true);

    const { bytes, report } = await removeMetadata(input, 'image/jpeg');

    expect(report.action).toBe('removed');
    expect(report.warning).toBeUndefined();
    expect(report.removed).toEqual(expect.arrayContaining([
      'GPS position', 'Camera make and model', 'Camera serial number', 'Lens serial number', 'Camera owner name',
      'Author', 'Date and time taken', 'Editing software', 'Camera settings', 'XMP metadata', 'IPTC data',
      'Embedded thumbnail', 'Comment', 'Extra embedded images', 'Other embedded data',
    ]));
    expect(new Set(report.removed).size).toBe(report.removed.length);
    expect(report.removed[0]).toBe('GPS position');

    const parsed = await exifr.parse(bytes, { tiff: true, xmp: true, iptc: true, ifd1: true, jfif: false, icc: false }) as Record<string, unknown> | undefined;
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(parsed?.['Make']).toBeUndefined();
    expect(parsed?.['Model']).toBeUndefined();
    expect(parsed?.['BodySerialNumber']).toBeUndefined();
    expect(parsed?.['DateTimeOriginal']).toBeUndefined();
    expect(await exifr.thumbnail(bytes)).toBeUndefined();
    for (const secret of Object.values(SECRETS)) expect(contains(bytes, secret), secret).toBe(false);
    expect(contains(bytes, 'http://ns.adobe.com/xap/1.0/')).toBe(false);
    expect(contains(bytes, 'Photoshop 3.0')).toBe(false);

    // Lossless: tables, frame, scans and the ICC profile are the same bytes; JFIF stays first; nothing after EOI.
    expect(imageDataSegments(bytes)).toEqual(imageDataSegments(input));
    const { segments, end } = listJpegSegments(bytes);
    expect(end).toBe(bytes.length);
    const jfif = (jpeg: Uint8Array) => listJpegSegments(jpeg).segments.find(({ marker }) => marker === 0xe0);
    expect(segments[0]?.bytes).toEqual(jfif(input)?.bytes);
    expect(latin1(segments[0]?.bytes.subarray(4, 9) ?? new Uint8Array())).toBe('JFIF\0');
    // Only the minimal orientation EXIF remains among APP1–APP15 and COM.
    const metadata = segments.filter(({ marker }) => (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2) || marker === 0xfe);
    expect(metadata.map(({ marker }) => marker)).toEqual([0xe1]);
    expect(metadata[0]?.bytes.length).toBeLessThan(40);
  });

  it('keeps the EXIF orientation so the photo is not shown on its side', async () => {
    const { bytes } = await removeMetadata(jpegWithEverything(6), 'image/jpeg');
    expect(await exifr.orientation(bytes)).toBe(6);
    const all = await exifr.parse(bytes, { tiff: true, ifd1: true, exif: true, gps: true, interop: true, translateKeys: false }) as Record<string, unknown>;
    // Orientation is the only tag left.
    expect(Object.keys(all)).toEqual(['274']);
  });

  it('keeps no EXIF at all when the orientation is the normal one', async () => {
    const { bytes, report } = await removeMetadata(jpegWithEverything(1), 'image/jpeg');
    expect(report.action).toBe('removed');
    expect(listJpegSegments(bytes).segments.some(({ marker }) => marker === 0xe1)).toBe(false);
    expect(await exifr.parse(bytes, { tiff: true, translateKeys: false })).toBeUndefined();
  });

  it('is idempotent: a cleaned photo has nothing left to find', async () => {
    const once = await removeMetadata(jpegWithEverything(8), 'image/jpeg');
    const twice = await removeMetadata(once.bytes, 'image/jpeg');
    expect(twice.report).toEqual({ action: 'none-found', removed: [] });
    expect(twice.bytes).toBe(once.bytes);
  });

  it('names only what is there: GPS alone', async () => {
    const gpsOnly = piexif.dump({ GPS: { [piexif.GPSIFD['GPSLatitudeRef'] ?? -1]: 'N', [piexif.GPSIFD['GPSLatitude'] ?? -1]: [[1, 1], [2, 1], [3, 1]] } });
    const input = fromLatin1(piexif.insert(gpsOnly, latin1(baseJpeg())));
    const { bytes, report } = await removeMetadata(input, 'image/jpeg');
    expect(report).toEqual({ action: 'removed', removed: ['GPS position'] });
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(imageDataSegments(bytes)).toEqual(imageDataSegments(input));
  });

  it('replaces a JFIF thumbnail with none and drops JFXX thumbnails', async () => {
    const base = baseJpeg();
    const jfif = listJpegSegments(base).segments[0];
    if (jfif === undefined) throw new Error('no JFIF');
    const payload = jfif.bytes.slice(4);
    payload[12] = 1;
    payload[13] = 1;
    const withThumbnail = concat(base.subarray(0, 2), jpegSegment(0xe0, concat(payload, Uint8Array.of(0xaa, 0xbb, 0xcc))), base.subarray(2 + jfif.bytes.length));
    const withJfxx = insertAfterHeaderSegments(withThumbnail, jpegSegment(0xe0, concat(new TextEncoder().encode('JFXX\0'), Uint8Array.of(0x10, 1, 2, 3))));
    const { bytes, report } = await removeMetadata(withJfxx, 'image/jpeg');
    expect(report).toEqual({ action: 'removed', removed: ['Embedded thumbnail'] });
    // Back to the original JFIF header, byte for byte.
    expect(bytes).toEqual(base);
  });

  it('returns a clean JPEG unchanged and says nothing was found', async () => {
    const input = baseJpeg();
    const result = await removeMetadata(input, 'image/jpeg');
    expect(result.report).toEqual({ action: 'none-found', removed: [] });
    expect(result.bytes).toBe(input);
  });

  it('removes even an EXIF block holding nothing revealing, keeping its orientation', async () => {
    const harmless = piexif.dump({ '0th': { [piexif.ImageIFD['Orientation'] ?? -1]: 3, [piexif.ImageIFD['XResolution'] ?? -1]: [72, 1] } });
    const input = fromLatin1(piexif.insert(harmless, latin1(baseJpeg())));
    const result = await removeMetadata(input, 'image/jpeg');
    expect(result.report).toEqual({ action: 'removed', removed: ['EXIF data'] });
    expect(await exifr.orientation(result.bytes)).toBe(3);
    expect(await exifr.parse(result.bytes, { tiff: true, translateKeys: false, translateValues: false })).toEqual({ 274: 3 });
    expect((await removeMetadata(result.bytes, 'image/jpeg')).report.action).toBe('none-found');
  });

  it.each([
    ['maker notes', 'MakerNote', 'internal-serial-8841', 'Camera maker notes'],
    ['a user comment', 'UserComment', 'ASCII\0\0\0shot by Jane', 'Comment'],
    ['a unique image ID', 'ImageUniqueID', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Unique file ID'],
  ])('names %s, which exifr reads only when asked', async (_name, tagName, value, label) => {
    const block = piexif.dump({ Exif: { [piexif.ExifIFD[tagName] ?? -1]: value } });
    const input = fromLatin1(piexif.insert(block, latin1(baseJpeg())));
    const { bytes, report } = await removeMetadata(input, 'image/jpeg');
    expect(report).toEqual({ action: 'removed', removed: [label] });
    expect(bytes).toEqual(baseJpeg());
  });

  it('names an EXIF block exifr cannot read as "EXIF data" and still removes it', async () => {
    const broken = jpegSegment(0xe1, concat(new TextEncoder().encode('Exif\0\0MM\0*'), Uint8Array.of(0x7f, 0xff, 0xff, 0xff, 1, 2, 3)));
    const input = insertAfterHeaderSegments(baseJpeg(), broken);
    const { bytes, report } = await removeMetadata(input, 'image/jpeg');
    expect(report).toEqual({ action: 'removed', removed: ['EXIF data'] });
    expect(bytes).toEqual(baseJpeg());
  });

  describe('fails closed on broken files, without throwing', () => {
    const withMetadata = jpegWithEverything(6);
    const cases: [string, Uint8Array][] = [
      ['truncated in the scan data', withMetadata.subarray(0, listJpegSegments(withMetadata).end - 10)],
      ['cut in half', withMetadata.subarray(0, Math.floor(listJpegSegments(withMetadata).end / 2))],
      ['without its end marker', baseJpeg().subarray(0, baseJpeg().length - 2)],
      ['only the start marker', Uint8Array.of(0xff, 0xd8, 0xff)],
      ['a segment longer than the file', concat(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0xff, 0xf0), new Uint8Array(30))],
      ['a segment length below two', concat(Uint8Array.of(0xff, 0xd8, 0xff, 0xfe, 0x00, 0x01), baseJpeg().subarray(2))],
      ['garbage after SOI', concat(Uint8Array.of(0xff, 0xd8), new TextEncoder().encode('not a jpeg at all'))],
      ['a second SOI', concat(Uint8Array.of(0xff, 0xd8, 0xff, 0xd8), baseJpeg().subarray(2))],
      ['text claiming to be a JPEG', new TextEncoder().encode('hello, I am a photo')],
      ['empty', new Uint8Array(0)],
    ];
    it.each(cases)('%s', async (_name, input) => {
      const result = await removeMetadata(input, 'image/jpeg');
      expect(result.report.action).toBe('not-checked');
      expect(result.report.removed).toEqual([]);
      expect(result.report.warning).toMatch(UNREADABLE);
      expect(result.bytes).toBe(input);
    });
  });
});
