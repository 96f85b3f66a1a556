// Builds the PDF metadata tests' inputs with pdf-lib: a document with an information
// dictionary, XMP (document and page level), a file ID, editing-software private data, a comment
// with its author's name, a photo carrying EXIF GPS, and a leftover old information dictionary.
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, StandardFonts, decodePDFRawStream } from 'pdf-lib';
import { ascii, jpegWithEverything, xmpPacket } from './fixtures';

export const PDF_SECRETS = {
  author: 'Jane Whistleblower',
  title: 'Invoice for ivory shipment 2291',
  subject: 'Subject pangolin scales',
  keyword: 'keyword-rhino-horn',
  producer: 'SecretProducer 9.1',
  creator: 'Creator WordJane',
  xmpMarker: 'xmp-packet-marker-7731',
  pageXmp: 'page-level-xmp-secret',
  annotationAuthor: 'Jane Annotator',
  pieceInfo: 'illustrator-private-jane',
  oldAuthor: 'Old Author Name',
} as const;

export async function pdfWithMetadata(options: { readonly objectStreams: boolean }): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setAuthor(PDF_SECRETS.author);
  document.setTitle(PDF_SECRETS.title);
  document.setSubject(PDF_SECRETS.subject);
  document.setKeywords([PDF_SECRETS.keyword]);
  document.setProducer(PDF_SECRETS.producer);
  document.setCreator(PDF_SECRETS.creator);
  document.setCreationDate(new Date('2024-03-14T09:26:53Z'));
  document.setModificationDate(new Date('2024-03-15T10:00:00Z'));
  const { context } = document;

  const font = await document.embedFont(StandardFonts.Helvetica);
  const first = document.addPage([300, 200]);
  first.drawText('Evidence page one', { x: 20, y: 150, size: 12, font });
  const photo = await document.embedJpg(jpegWithEverything(6));
  first.drawImage(photo, { x: 20, y: 20, width: 64, height: 32 });
  const second = document.addPage([300, 200]);
  second.drawText('Evidence page two', { x: 20, y: 150, size: 12, font });

  document.catalog.set(PDFName.of('Metadata'), context.register(context.stream(ascii(xmpPacket()), { Type: 'Metadata', Subtype: 'XML' })));
  const pagePacket = ascii(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${PDF_SECRETS.pageXmp}</dc:creator></x:xmpmeta>`);
  second.node.set(PDFName.of('Metadata'), context.register(context.stream(pagePacket, { Type: 'Metadata', Subtype: 'XML' })));
  second.node.set(PDFName.of('PieceInfo'), context.obj({ Illustrator: { Private: PDFString.of(PDF_SECRETS.pieceInfo) } }));
  const comment = context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 30, 30], T: PDFString.of(PDF_SECRETS.annotationAuthor), Contents: PDFString.of('look here') });
  first.node.addAnnot(context.register(comment));
  // An old information dictionary nothing refers to any more, as incremental saves leave behind.
  context.register(context.obj({ Author: PDFString.of(PDF_SECRETS.oldAuthor) }));
  context.trailerInfo.ID = context.obj([PDFHexString.of('00112233445566778899aabbccddeeff'), PDFHexString.of('00112233445566778899aabbccddeeff')]);

  return document.save({ useObjectStreams: options.objectStreams });
}

export async function cleanPdf(options: { readonly objectStreams: boolean }): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([300, 200]).drawText('Nothing hidden here', { x: 20, y: 150, size: 12, font });
  return document.save({ useObjectStreams: options.objectStreams });
}

/** The ways a PDF writer may spell a text: literally, or as UTF-16BE hex (upper or lower case), or as Latin-1 hex. */
export function spellings(text: string): string[] {
  const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16().toString('hex');
  const latin1Hex = Buffer.from(text, 'latin1').toString('hex');
  return [text, utf16, utf16.toUpperCase(), latin1Hex, latin1Hex.toUpperCase()];
}

/**
 * Everything readable in a PDF: its raw bytes, every object as pdf-lib parsed it (which shows
 * dictionaries that were compressed inside object streams), and every stream decoded (JPEG
 * image streams stay as they are).
 */
export async function readableText(pdf: Uint8Array): Promise<string> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const parts = [Buffer.from(pdf).toString('latin1')];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) {
      parts.push(object.toString());
      continue;
    }
    parts.push(object.dict.toString());
    const filter = object.dict.get(PDFName.of('Filter'));
    if (filter !== undefined && filter !== PDFName.of('DCTDecode')) parts.push(Buffer.from(decodePDFRawStream(object).decode()).toString('latin1'));
  }
  return parts.join('\n');
}

export function mentions(text: string, secret: string): boolean {
  return spellings(secret).some((spelling) => text.includes(spelling));
}
