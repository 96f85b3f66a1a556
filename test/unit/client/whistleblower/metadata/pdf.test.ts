// PDF metadata removal with pdf-lib: the information dictionary, XMP, file ID, private editing
// data, comment authors, photo EXIF and leftover objects are gone from the output, checked by
// loading it with pdf-lib and by searching its bytes and every decoded stream, in every spelling a
// PDF writer may use. Pages survive; encrypted and broken files fail closed.
import * as exifr from 'exifr/dist/full.esm.mjs';
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import { ascii, concat, imageDataSegments, jpegWithEverything } from './fixtures';
import { PDF_SECRETS, cleanPdf, mentions, pdfWithMetadata, readableText } from './pdf-fixtures';

const UNREADABLE = /^Thicket could not check this file for hidden details/;

function imageStreams(document: PDFDocument): PDFRawStream[] {
  return document.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
}

describe('PDF', () => {
  describe.each([
    ['written plainly', false],
    ['written with object streams', true],
  ])('a document %s', (_name, objectStreams) => {
    it('loses its author, title, producer, XMP and every other identifying detail, and keeps its pages', async () => {
      const input = await pdfWithMetadata({ objectStreams });
      const inputText = await readableText(input);
      const loaded = await PDFDocument.load(input, { updateMetadata: false });
      expect(loaded.getAuthor()).toBe(PDF_SECRETS.author);
      expect(loaded.getPageCount()).toBe(2);
      // Everything looked for is really in the input (in some spelling, maybe compressed): the test can fail.
      for (const secret of Object.values(PDF_SECRETS)) expect(mentions(inputText, secret), secret).toBe(true);
      if (!objectStreams) expect(mentions(Buffer.from(input).toString('latin1'), PDF_SECRETS.author)).toBe(true);

      const { bytes, report } = await removeMetadata(input, 'application/pdf');

      expect(report.action).toBe('removed');
      expect(report.removed).toEqual(expect.arrayContaining([
        'Author', 'Title', 'Subject', 'Keywords', 'Editing software', 'Date and time created', 'Date and time edited',
        'XMP metadata', 'Unique file ID', 'Names of comment authors', 'Editing software data', 'Unused data left in the file',
        'GPS position', 'Camera serial number',
      ]));

      const output = await PDFDocument.load(bytes, { updateMetadata: false });
      // Checked first: pdf-lib's getters add an empty information dictionary when there is none.
      expect(output.context.trailerInfo.Info).toBeUndefined();
      expect(output.context.trailerInfo.ID).toBeUndefined();
      expect(output.getAuthor()).toBeUndefined();
      expect(output.getTitle()).toBeUndefined();
      expect(output.getSubject()).toBeUndefined();
      expect(output.getKeywords()).toBeUndefined();
      expect(output.getProducer()).toBeUndefined();
      expect(output.getCreator()).toBeUndefined();
      expect(output.getCreationDate()).toBeUndefined();
      expect(output.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
      expect(output.getPageCount()).toBe(2);
      expect(output.getPages().map((page) => page.getSize())).toEqual([{ width: 300, height: 200 }, { width: 300, height: 200 }]);

      // Nothing left anywhere: raw bytes, and every stream inflated.
      const outputText = await readableText(bytes);
      for (const secret of Object.values(PDF_SECRETS)) expect(mentions(outputText, secret), secret).toBe(false);
      expect(outputText).not.toContain('xpacket');
      expect(outputText).not.toContain('/Metadata');
      // The page contents survive.
      expect(outputText).toContain(Buffer.from('Evidence page one').toString('hex').toUpperCase().slice(0, 8));

      // The photo inside lost its EXIF but not a byte of its image data.
      const [photo] = imageStreams(output);
      if (photo === undefined) throw new Error('the photo is gone');
      expect(await exifr.gps(photo.contents)).toBeUndefined();
      expect(imageDataSegments(photo.contents)).toEqual(imageDataSegments(jpegWithEverything(6)));
    });
  });

  it('removes an information dictionary added by an incremental save, and says earlier versions were removed', async () => {
    const clean = await cleanPdf({ objectStreams: false });
    const update = ascii('\n9 0 obj\n<< /Author (Jane Old Revision) >>\nendobj\nxref\n9 1\n0000000000 00000 n \ntrailer\n<< /Size 10 /Root 2 0 R /Info 9 0 R >>\nstartxref\n0\n%%EOF\n');
    const input = concat(clean, update);
    expect((await PDFDocument.load(input, { updateMetadata: false })).getAuthor()).toBe('Jane Old Revision');

    const { bytes, report } = await removeMetadata(input, 'application/pdf');
    expect(report).toEqual({ action: 'removed', removed: ['Author', 'Earlier versions of the document'] });
    expect(Buffer.from(bytes).includes('Jane Old Revision')).toBe(false);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });

  it.each([
    ['written plainly', false],
    ['written with object streams', true],
  ])('returns a clean document %s unchanged and says nothing was found', async (_name, objectStreams) => {
    const input = await cleanPdf({ objectStreams });
    const result = await removeMetadata(input, 'application/pdf');
    expect(result.report).toEqual({ action: 'none-found', removed: [] });
    expect(result.bytes).toBe(input);
  });

  it('says a password-protected PDF could not be checked', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.setAuthor(PDF_SECRETS.author);
    const key = PDFHexString.of('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a');
    document.context.trailerInfo.Encrypt = document.context.obj({ Filter: 'Standard', V: 1, R: 2, O: key, U: key, P: -4 });
    const input = await document.save({ useObjectStreams: false });

    const result = await removeMetadata(input, 'application/pdf');
    expect(result.report.action).toBe('not-checked');
    expect(result.report.warning).toMatch(/password-protected/);
    expect(result.bytes).toBe(input);
  });

  describe('fails closed on broken files, without throwing', async () => {
    const withMetadata = await pdfWithMetadata({ objectStreams: false });
    const cases: [string, Uint8Array][] = [
      ['cut in half', withMetadata.subarray(0, Math.floor(withMetadata.length / 2))],
      ['cut after its header', withMetadata.subarray(0, 20)],
      ['an object that does not parse', concat(ascii('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [ >> >>\nendobj\n'))],
      ['nested a hundred thousand arrays deep', ascii(`%PDF-1.7\n1 0 obj\n${'['.repeat(100_000)}\nendobj\n`)],
      ['without pages', ascii('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')],
      ['garbage claiming to be a PDF', ascii('this is not a pdf')],
    ];
    it.each(cases)('%s', async (_name, input) => {
      const result = await removeMetadata(input, 'application/pdf');
      expect(result.report.action).toBe('not-checked');
      expect(result.report.warning).toMatch(UNREADABLE);
      expect(result.bytes).toBe(input);
    });
  });

  it('empties XMP and information dictionaries that other objects still point at', async () => {
    const document = await PDFDocument.create({ updateMetadata: false });
    document.addPage();
    const { context } = document;
    const xmp = context.register(context.stream(ascii('<x:xmpmeta><dc:creator>Jane Sideways</dc:creator></x:xmpmeta>'), { Type: 'Metadata', Subtype: 'XML' }));
    const info = context.register(context.obj({ Author: PDFString.of('Jane Linked Twice') }));
    context.trailerInfo.Info = info;
    document.catalog.set(PDFName.of('Metadata'), xmp);
    document.catalog.set(PDFName.of('OddLinkToXmp'), xmp);
    document.catalog.set(PDFName.of('OddLinkToInfo'), info);
    const input = await document.save({ useObjectStreams: false });

    const { bytes, report } = await removeMetadata(input, 'application/pdf');
    expect(report.removed).toEqual(expect.arrayContaining(['Author', 'XMP metadata']));
    const text = await readableText(bytes);
    expect(text).not.toContain('Jane Sideways');
    expect(text).not.toContain('Jane Linked Twice');
  });

  it('keeps a literal-string information dictionary from surviving too', async () => {
    const document = await PDFDocument.create({ updateMetadata: false });
    document.addPage();
    document.context.trailerInfo.Info = document.context.register(document.context.obj({ Author: PDFString.of('Literal Jane'), Trapped: PDFName.of('False') }));
    const input = await document.save({ useObjectStreams: false });
    expect(Buffer.from(input).includes('(Literal Jane)')).toBe(true);
    const { bytes, report } = await removeMetadata(input, 'application/pdf');
    expect(report).toEqual({ action: 'removed', removed: ['Author'] });
    expect(Buffer.from(bytes).includes('Literal Jane')).toBe(false);
  });
});
