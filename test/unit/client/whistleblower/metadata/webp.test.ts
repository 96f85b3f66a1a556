// WebP metadata removal: EXIF, XMP and unknown chunks go, the VP8X flags and RIFF size are fixed,
// image data and the colour profile are copied unchanged, broken files fail closed. exifr cannot
// read WebP, so its EXIF chunk is read with exifr as the TIFF it holds, before and after.
import * as exifr from 'exifr/dist/full.esm.mjs';
import { describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import { SECRETS, ascii, baseWebp, concat, contains, exifTiff, listWebpChunks, riff, riffChunk, webpWithMetadata } from './fixtures';

const UNREADABLE = /^Thicket could not check this file for hidden details/;

function chunkOf(webp: Uint8Array, type: string): Uint8Array | undefined {
  return listWebpChunks(webp).chunks.find((chunk) => chunk.type === type)?.bytes;
}

describe('WebP', () => {
  it('removes EXIF, XMP and unknown chunks, clears their flags, fixes the RIFF size, and keeps the image data', async () => {
    const input = webpWithMetadata();
    const exifChunk = chunkOf(input, 'EXIF');
    expect(exifChunk).toBeDefined();
    expect(await exifr.gps(exifChunk?.subarray(8) ?? new Uint8Array())).toBeDefined();
    for (const secret of [SECRETS.make, SECRETS.artist, SECRETS.bodySerial, SECRETS.xmpMarker, SECRETS.owner]) expect(contains(input, secret), secret).toBe(true);

    const { bytes, report } = await removeMetadata(input, 'image/webp');

    expect(report.action).toBe('removed');
    expect(report.removed).toEqual(expect.arrayContaining([
      'GPS position', 'Camera make and model', 'Camera serial number', 'Author', 'Date and time taken', 'XMP metadata', 'Other embedded data',
    ]));
    for (const secret of [...Object.values(SECRETS), 'GPSLatitude']) expect(contains(bytes, secret), secret).toBe(false);

    const { riffSize, chunks } = listWebpChunks(bytes);
    expect(riffSize).toBe(bytes.length - 8);
    expect(chunks.map(({ type }) => type)).toEqual(listWebpChunks(baseWebp()).chunks.map(({ type }) => type));
    const vp8x = chunkOf(bytes, 'VP8X');
    expect((vp8x?.[8] ?? 0) & 0x0c).toBe(0); // no EXIF or XMP flag
    expect((vp8x?.[8] ?? 0) & 0x20).toBe(0x20); // the ICC flag stays
    expect(vp8x?.subarray(9)).toEqual(chunkOf(input, 'VP8X')?.subarray(9)); // canvas size unchanged
    expect(chunkOf(bytes, 'VP8 ')).toEqual(chunkOf(input, 'VP8 '));
    expect(chunkOf(bytes, 'ICCP')).toEqual(chunkOf(input, 'ICCP'));
    // Cleaning the base image's flags back gives the base image itself.
    expect(bytes).toEqual(baseWebp());
  });

  it('cleans a simple-format WebP (no VP8X) with an EXIF chunk', async () => {
    const vp8 = chunkOf(baseWebp(), 'VP8 ');
    if (vp8 === undefined) throw new Error('no VP8 chunk');
    const input = riff([vp8, riffChunk('EXIF', concat(ascii('Exif\0\0'), exifTiff()))]);
    const { bytes, report } = await removeMetadata(input, 'image/webp');
    expect(report.removed).toContain('GPS position');
    expect(bytes).toEqual(riff([vp8]));
  });

  it('drops data after the RIFF', async () => {
    const input = concat(baseWebp(), ascii('trailing secret'));
    const { bytes, report } = await removeMetadata(input, 'image/webp');
    expect(report).toEqual({ action: 'removed', removed: ['Data after the end of the file'] });
    expect(bytes).toEqual(baseWebp());
  });

  it('returns a clean WebP unchanged and says nothing was found', async () => {
    const input = baseWebp();
    const result = await removeMetadata(input, 'image/webp');
    expect(result.report).toEqual({ action: 'none-found', removed: [] });
    expect(result.bytes).toBe(input);
  });

  describe('fails closed on broken files, without throwing', () => {
    const withMetadata = webpWithMetadata();
    const badSize = withMetadata.slice();
    badSize[4] = 0xff; // RIFF size beyond the file
    const cases: [string, Uint8Array][] = [
      ['cut in half', withMetadata.subarray(0, Math.floor(withMetadata.length / 2))],
      ['a RIFF size beyond the file', badSize],
      ['a chunk longer than the RIFF', riff([concat(ascii('VP8 '), Uint8Array.of(0xff, 0xff, 0, 0), new Uint8Array(10))])],
      ['a first chunk that is not image data', riff([riffChunk('EXIF', exifTiff())])],
      ['a VP8X chunk too short', riff([riffChunk('VP8X', Uint8Array.of(0, 0))])],
      ['only the header', ascii('RIFF\x04\0\0\0WEBP')],
      ['garbage claiming to be a WebP', ascii('not a webp')],
    ];
    it.each(cases)('%s', async (_name, input) => {
      const result = await removeMetadata(input, 'image/webp');
      expect(result.report.action).toBe('not-checked');
      expect(result.report.warning).toMatch(UNREADABLE);
      expect(result.bytes).toBe(input);
    });
  });
});
