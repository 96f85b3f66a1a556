// Names what a PNG text chunk (tEXt, zTXt, iTXt) carries, from its keyword: the registered
// keywords of the PNG specification, XMP, and the ones ImageMagick and others write. Only READS.
import { LABELS, type Label } from './labels';
import { readXmp } from './xmp-findings';

const KEYWORD_LABELS: ReadonlyMap<string, Label> = new Map([
  ['title', LABELS.title],
  ['author', LABELS.author],
  ['description', LABELS.description],
  ['copyright', LABELS.copyright],
  ['creation time', LABELS.dateCreated],
  ['software', LABELS.software],
  ['source', LABELS.camera], // "Device used to create the image"
  ['comment', LABELS.comment],
  ['xml:com.adobe.xmp', LABELS.xmp],
  ['raw profile type exif', LABELS.exif],
  ['raw profile type app1', LABELS.exif],
  ['raw profile type iptc', LABELS.iptc],
  ['raw profile type 8bim', LABELS.photoshop],
  ['raw profile type xmp', LABELS.xmp],
  ['date:create', LABELS.dateCreated],
  ['date:timestamp', LABELS.dateCreated],
  ['date:modify', LABELS.dateEdited],
]);

const MAX_KEYWORD = 79;

/** The keyword: Latin-1 bytes up to the first NUL (at most 79). */
function keywordOf(data: Uint8Array): { readonly keyword: string; readonly rest: number } {
  const nul = data.subarray(0, MAX_KEYWORD + 1).indexOf(0);
  const end = nul === -1 ? Math.min(data.length, MAX_KEYWORD) : nul;
  let keyword = '';
  for (const value of data.subarray(0, end)) keyword += String.fromCharCode(value);
  return { keyword: keyword.toLowerCase(), rest: nul === -1 ? data.length : nul + 1 };
}

/** Labels for one text chunk's data. Never throws. */
export function readPngText(type: 'tEXt' | 'zTXt' | 'iTXt', data: Uint8Array): readonly Label[] {
  const { keyword, rest } = keywordOf(data);
  const label = KEYWORD_LABELS.get(keyword) ?? (keyword.startsWith('exif:') ? LABELS.exif : LABELS.textNotes);
  // An uncompressed iTXt XMP packet is read for what it names: flag, method, language, translated keyword, text.
  if (type === 'iTXt' && label === LABELS.xmp && data[rest] === 0) {
    let offset = rest + 2;
    for (let field = 0; field < 2; field += 1) {
      const nul = data.indexOf(0, offset);
      if (nul === -1) return [label];
      offset = nul + 1;
    }
    return readXmp(data.subarray(offset));
  }
  return [label];
}
