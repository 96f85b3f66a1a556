// PNG metadata removal: text, XMP, eXIf, tIME and private chunks go; every other chunk is copied
// byte for byte with a valid CRC; broken files fail closed.
import * as exifr from 'exifr/dist/full.esm.mjs';
import { describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import { SECRETS, ascii, basePng, concat, contains, listPngChunks, pngChunk, pngMetadataChunks, pngWith } from './fixtures';

const UNREADABLE = /^Thicket could not check this file for hidden details/;

describe('PNG', () => {
  // Colour and size chunks that must survive, around the metadata.
  const colour = [pngChunk('sRGB', Uint8Array.of(0)), pngChunk('gAMA', Uint8Array.of(0, 0, 0xb1, 0x8f)), pngChunk('pHYs', Uint8Array.of(0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1))];

  it('removes text, XMP, EXIF, time and private chunks, names them, and copies the rest unchanged', async () => {
    const input = pngWith([...colour, ...pngMetadataChunks()], [pngChunk('tEXt', ascii('Title\0Shipment 2291'))]);
    expect(await exifr.gps(input)).toBeDefined();
    const before = await exifr.parse(input, true) as Record<string, unknown>;
    expect(before['Make']).toBe(SECRETS.make);
    for (const secret of [SECRETS.artist, SECRETS.software, SECRETS.make, SECRETS.bodySerial, SECRETS.xmpMarker, 'GPSLatitude', 'Shipment 2291']) {
      expect(contains(input, secret), secret).toBe(true);
    }

    const { bytes, report } = await removeMetadata(input, 'image/png');

    expect(report.action).toBe('removed');
    expect(report.removed).toEqual(expect.arrayContaining([
      'GPS position', 'Camera make and model', 'Camera serial number', 'Author', 'Editing software', 'Date and time edited',
      'Title', 'Comment', 'XMP metadata', 'Other embedded data',
    ]));
    expect(new Set(report.removed).size).toBe(report.removed.length);

    expect(await exifr.gps(bytes)).toBeUndefined();
    const after = await exifr.parse(bytes, { tiff: true, xmp: true, ihdr: false }) as Record<string, unknown> | undefined;
    expect(after?.['Make']).toBeUndefined();
    expect(after?.['xmp']).toBeUndefined();
    for (const secret of [...Object.values(SECRETS), 'GPSLatitude', 'Shipment 2291', 'apple-private-data']) {
      expect(contains(bytes, secret), secret).toBe(false);
    }

    const chunks = listPngChunks(bytes);
    const imageData = listPngChunks(basePng()).filter(({ type }) => type === 'IDAT').map(({ type }) => type);
    expect(chunks.map(({ type }) => type)).toEqual(['IHDR', 'sRGB', 'gAMA', 'pHYs', ...imageData, 'IEND']);
    expect(chunks.every(({ crcValid }) => crcValid)).toBe(true);
    // Kept chunks are the very bytes of the input (lossless).
    const inputChunks = new Set(listPngChunks(input).map((chunk) => Buffer.from(chunk.bytes).toString('hex')));
    for (const chunk of chunks) expect(inputChunks.has(Buffer.from(chunk.bytes).toString('hex'))).toBe(true);
    expect(bytes.subarray(0, 8)).toEqual(input.subarray(0, 8));
  });

  it('names each text keyword for what it is, and unknown ones as text notes', async () => {
    const input = pngWith([pngChunk('tEXt', ascii('Creation Time\x002024-03-14')), pngChunk('tEXt', ascii('MyOwnKey\0value'))]);
    const { report } = await removeMetadata(input, 'image/png');
    expect(report).toEqual({ action: 'removed', removed: ['Date and time created', 'Text notes'] });
  });

  it('drops data after IEND', async () => {
    const input = concat(basePng(), ascii('appended zip file by Jane'));
    const { bytes, report } = await removeMetadata(input, 'image/png');
    expect(report).toEqual({ action: 'removed', removed: ['Data after the end of the file'] });
    expect(bytes).toEqual(basePng());
  });

  it('returns a clean PNG unchanged and says nothing was found', async () => {
    const input = pngWith(colour);
    const result = await removeMetadata(input, 'image/png');
    expect(result.report).toEqual({ action: 'none-found', removed: [] });
    expect(result.bytes).toBe(input);
  });

  describe('fails closed on broken files, without throwing', () => {
    const withMetadata = pngWith(pngMetadataChunks());
    const iend = withMetadata.length - 12;
    const cases: [string, Uint8Array][] = [
      ['cut in half', withMetadata.subarray(0, Math.floor(withMetadata.length / 2))],
      ['without IEND', withMetadata.subarray(0, iend)],
      ['a chunk longer than the file', concat(basePng().subarray(0, 8), Uint8Array.of(0x7f, 0, 0, 0), ascii('IHDR'), new Uint8Array(20))],
      ['IHDR not first', concat(basePng().subarray(0, 8), pngChunk('tEXt', ascii('a\0b')), basePng().subarray(8))],
      ['an unknown critical chunk', pngWith([pngChunk('ABCD', ascii('x'))])],
      ['a chunk type that is not letters', pngWith([pngChunk('t3Xt', ascii('x'))])],
      ['only the signature', basePng().subarray(0, 8)],
      ['garbage claiming to be a PNG', ascii('not a png')],
    ];
    it.each(cases)('%s', async (_name, input) => {
      const result = await removeMetadata(input, 'image/png');
      expect(result.report.action).toBe('not-checked');
      expect(result.report.warning).toMatch(UNREADABLE);
      expect(result.bytes).toBe(input);
    });
  });
});
