// Removes metadata from a PDF with pdf-lib: the document information dictionary (author, title,
// producer, dates), every XMP /Metadata stream, the file ID, private data of editing software
// (/PieceInfo), the names of comment authors, the metadata of JPEG images inside the document,
// and every object no longer in use (pdf-lib keeps unreachable objects, so they are deleted from
// its context: old versions of the information dictionary left by incremental saves would
// otherwise be written out again). The result is written without object streams, so no
// dictionary sits compressed where neither a person nor a test could see it; the output is then
// loaded again and checked before it is used.
//
// This module is loaded only when a PDF is attached (pdf-lib is large).
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject, type PDFRef } from 'pdf-lib';
import { indexOfAscii } from './bytes';
import { ProtectedFileError, UnreadableFileError } from './errors';
import { cleanJpeg } from './jpeg';
import { LABELS, LabelSet, type Label } from './labels';
import { walkPdf } from './pdf-graph';
import type { CleanResult } from './types';
import { readXmp } from './xmp-findings';

const INFO_LABELS: ReadonlyMap<string, Label> = new Map([
  ['Author', LABELS.author],
  ['Creator', LABELS.software],
  ['Producer', LABELS.software],
  ['Title', LABELS.title],
  ['Subject', LABELS.subject],
  ['Keywords', LABELS.keywords],
  ['CreationDate', LABELS.dateCreated],
  ['ModDate', LABELS.dateEdited],
]);
/** Info entries that reveal nothing about anyone. */
const INFO_HARMLESS = new Set(['Trapped']);

/** Annotation types that are comments by a person, whose /T is the author's name (for widgets /T is a field name). */
const MARKUP_ANNOTATIONS = new Set([
  'Text', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly',
  'StrikeOut', 'Stamp', 'Caret', 'Ink', 'FileAttachment', 'Sound', 'Redact',
]);

const NAME = {
  Metadata: PDFName.of('Metadata'),
  Type: PDFName.of('Type'),
  PieceInfo: PDFName.of('PieceInfo'),
  Subtype: PDFName.of('Subtype'),
  T: PDFName.of('T'),
  Filter: PDFName.of('Filter'),
  Image: PDFName.of('Image'),
  DCTDecode: PDFName.of('DCTDecode'),
} as const;

// Encrypted files are loaded only to be recognised (pdf-lib's own EncryptedPDFError cannot be
// told apart with instanceof: its error classes are compiled for ES5).
const LOAD_OPTIONS = { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false } as const;

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, LOAD_OPTIONS);
  } catch (error) {
    throw new UnreadableFileError(`pdf-lib could not load the file: ${String(error)}`);
  }
  if (document.isEncrypted) throw new ProtectedFileError();
  return document;
}

function hasText(value: PDFObject): boolean {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText().trim() !== '';
  return true;
}

function infoLabels(info: PDFObject | undefined): Label[] {
  if (!(info instanceof PDFDict)) return [];
  const labels: Label[] = [];
  for (const [key, value] of info.entries()) {
    const name = key.decodeText();
    if (INFO_HARMLESS.has(name) || !hasText(value)) continue;
    labels.push(INFO_LABELS.get(name) ?? LABELS.otherProperties);
  }
  return labels;
}

/** An XMP stream's labels; a compressed one is not inflated (it could be a decompression bomb). */
function metadataLabels(object: PDFObject | undefined): readonly Label[] {
  if (object instanceof PDFRawStream && object.dict.get(NAME.Filter) === undefined) return readXmp(object.contents);
  return [LABELS.xmp];
}

/** More than one %%EOF means incremental saves: earlier versions of the document are in the file. */
function hasEarlierVersions(bytes: Uint8Array): boolean {
  const linearized = indexOfAscii(bytes.subarray(0, 1024), '/Linearized') !== -1;
  let count = 0;
  for (let at = indexOfAscii(bytes, '%%EOF'); at !== -1; at = indexOfAscii(bytes, '%%EOF', at + 5)) count += 1;
  // A linearized file legitimately ends its first-page section with a %%EOF too.
  return count > (linearized ? 2 : 1);
}

function isJpegImage(stream: PDFRawStream): boolean {
  if (stream.dict.lookup(NAME.Subtype) !== NAME.Image) return false;
  const filter = stream.dict.lookup(NAME.Filter);
  if (filter === NAME.DCTDecode) return true;
  // A filter array of only DCTDecode; JPEGs behind other filters are left as they are.
  return filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === NAME.DCTDecode;
}

export async function cleanPdf(bytes: Uint8Array): Promise<CleanResult> {
  const document = await load(bytes);
  const { context } = document;
  const pageCount = document.getPageCount();
  if (pageCount === 0) throw new UnreadableFileError('no pages');
  const labels = new LabelSet();
  if (hasEarlierVersions(bytes)) labels.add(LABELS.earlierVersions);

  // Objects that nothing refers to (before anything is changed) are leftovers of earlier edits.
  const { Root, Info, ID } = context.trailerInfo;
  if (Root === undefined) throw new UnreadableFileError('no document catalog');
  const inUse = walkPdf(context, [Root, Info]);
  if (context.enumerateIndirectObjects().some(([ref]) => !inUse.has(ref))) labels.add(LABELS.unusedData);

  const info = context.lookup(Info);
  labels.addAll(infoLabels(info));
  // Emptied as well as unlinked, in case anything else in the file points at it.
  if (info instanceof PDFDict) for (const key of info.keys()) info.delete(key);
  delete context.trailerInfo.Info;
  if (ID !== undefined) {
    labels.add(LABELS.uniqueId);
    delete context.trailerInfo.ID;
  }

  const jpegImages: [PDFRef, PDFRawStream][] = [];
  const metadataStreams: [PDFRef, PDFRawStream][] = [];
  walkPdf(
    context,
    [Root],
    (dict) => {
      if (dict.has(NAME.Metadata)) {
        labels.addAll(metadataLabels(dict.lookup(NAME.Metadata)));
        dict.delete(NAME.Metadata);
      }
      if (dict.has(NAME.PieceInfo)) {
        labels.add(LABELS.softwareData);
        dict.delete(NAME.PieceInfo);
      }
      const subtype = dict.get(NAME.Subtype);
      if (subtype instanceof PDFName && MARKUP_ANNOTATIONS.has(subtype.decodeText()) && dict.has(NAME.T)) {
        labels.add(LABELS.annotationAuthors);
        dict.delete(NAME.T);
      }
    },
    (ref, object) => {
      if (!(object instanceof PDFRawStream)) return;
      if (isJpegImage(object)) jpegImages.push([ref, object]);
      // An XMP stream still reached after every /Metadata entry is gone is linked from elsewhere: empty it.
      if (object.dict.lookup(NAME.Type) === NAME.Metadata) metadataStreams.push([ref, object]);
    },
  );

  for (const [ref, stream] of metadataStreams) {
    labels.addAll(metadataLabels(stream));
    context.assign(ref, context.stream(new Uint8Array(0), { Type: 'Metadata', Subtype: 'XML' }));
  }

  for (const [ref, image] of jpegImages) {
    const cleaned = await cleanJpeg(image.contents, { keepOrientation: false });
    if (cleaned.removed.length === 0) continue;
    labels.addAll(cleaned.removed);
    context.assign(ref, PDFRawStream.of(image.dict, cleaned.bytes));
  }

  if (labels.size === 0) return { bytes, removed: [] };

  // Everything the document no longer refers to goes, so it is not written out again.
  const kept = walkPdf(context, [Root]);
  for (const [ref] of context.enumerateIndirectObjects()) if (!kept.has(ref)) context.delete(ref);

  const output = await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  await checkOutput(output, pageCount);
  return { bytes: output, removed: labels.sorted() };
}

/** Fail closed: the output must load, keep every page and carry no information dictionary or XMP. */
async function checkOutput(output: Uint8Array, pageCount: number): Promise<void> {
  const reloaded = await load(output);
  if (reloaded.getPageCount() !== pageCount) throw new UnreadableFileError('pages were lost');
  if (reloaded.context.trailerInfo.Info !== undefined) throw new UnreadableFileError('an information dictionary is left');
  if (reloaded.catalog.has(NAME.Metadata)) throw new UnreadableFileError('XMP metadata is left');
}
