// Builds the metadata tests' input files in code, from the tiny metadata-free base images in
// test/fixtures/metadata: JPEGs with EXIF (via piexifjs), XMP, IPTC, comments and extra images;
// PNGs and WebPs with metadata chunks; and independent parsers to list segments and chunks
// (deliberately not the code under test).
import { crc32, deflateSync } from 'node:zlib';
import piexif from 'piexifjs';
import { BASE_JPEG_BASE64, BASE_PNG_BASE64, BASE_WEBP_BASE64 } from '../../../../fixtures/metadata/base-images';

export const baseJpeg = (): Uint8Array => new Uint8Array(Buffer.from(BASE_JPEG_BASE64, 'base64'));
export const basePng = (): Uint8Array => new Uint8Array(Buffer.from(BASE_PNG_BASE64, 'base64'));
export const baseWebp = (): Uint8Array => new Uint8Array(Buffer.from(BASE_WEBP_BASE64, 'base64'));

export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
export const fromLatin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
export const ascii = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

export function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** True when `needle` (UTF-8) occurs anywhere in `bytes`. */
export function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(needle, 'utf8'));
}

// ---- Secrets planted in the fixtures: none may survive cleaning. ----
export const SECRETS = {
  make: 'SecretMakeCorp',
  model: 'ModelX-4471',
  artist: 'Jane Whistleblower',
  software: 'SecretSoft 9.3',
  bodySerial: 'BODYSN-55512',
  lensSerial: 'LENSSN-88213',
  dateTaken: '2024:03:14 09:26:53',
  comment: 'written by Jane at the market',
  xmpMarker: 'xmp-packet-marker-7731',
  iptcByline: 'IPTC Byline Jane',
  owner: 'Owner Jane Q',
} as const;

/** A piexifjs EXIF block with GPS, camera, serials, author, software, date and a thumbnail. */
export function exifBlock(options: { orientation?: number; thumbnail?: boolean } = {}): string {
  const { ImageIFD, ExifIFD, GPSIFD } = piexif;
  const tag = (tags: Readonly<Record<string, number>>, name: string): number => {
    const value = tags[name];
    if (value === undefined) throw new Error(`piexifjs has no tag ${name}`);
    return value;
  };
  return piexif.dump({
    '0th': {
      [tag(ImageIFD, 'Make')]: SECRETS.make,
      [tag(ImageIFD, 'Model')]: SECRETS.model,
      [tag(ImageIFD, 'Artist')]: SECRETS.artist,
      [tag(ImageIFD, 'Software')]: SECRETS.software,
      [tag(ImageIFD, 'Orientation')]: options.orientation ?? 1,
      [tag(ImageIFD, 'XResolution')]: [72, 1],
    },
    Exif: {
      [tag(ExifIFD, 'DateTimeOriginal')]: SECRETS.dateTaken,
      [tag(ExifIFD, 'BodySerialNumber')]: SECRETS.bodySerial,
      [tag(ExifIFD, 'LensSerialNumber')]: SECRETS.lensSerial,
      [tag(ExifIFD, 'CameraOwnerName')]: SECRETS.owner,
      [tag(ExifIFD, 'ExposureTime')]: [1, 250],
    },
    GPS: {
      [tag(GPSIFD, 'GPSLatitudeRef')]: 'S',
      [tag(GPSIFD, 'GPSLatitude')]: [[1, 1], [17, 1], [3312, 100]],
      [tag(GPSIFD, 'GPSLongitudeRef')]: 'E',
      [tag(GPSIFD, 'GPSLongitude')]: [[36, 1], [49, 1], [1234, 100]],
    },
    ...(options.thumbnail === true
      ? { '1st': { [tag(ImageIFD, 'XResolution')]: [72, 1] }, thumbnail: latin1(baseJpeg()) }
      : {}),
  });
}

/** The TIFF structure of exifBlock() (what PNG eXIf and WebP EXIF chunks hold). */
export function exifTiff(options: { orientation?: number } = {}): Uint8Array {
  return fromLatin1(exifBlock(options).slice(6));
}

export function xmpPacket(): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" exif:GPSLatitude="1,17.552S" exif:GPSLongitude="36,49.205E"
 xmp:CreatorTool="${SECRETS.software}"><dc:creator><rdf:Seq><rdf:li>${SECRETS.artist}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${SECRETS.xmpMarker}</rdf:li></rdf:Alt></dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

// ---- JPEG ----

export function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return concat(Uint8Array.of(0xff, marker, length >> 8, length & 0xff), payload);
}

/** Inserts segments right after SOI and the APP0/APP1 segments that follow it. */
export function insertAfterHeaderSegments(jpeg: Uint8Array, ...segments: Uint8Array[]): Uint8Array {
  let offset = 2;
  while (jpeg[offset] === 0xff && (jpeg[offset + 1] === 0xe0 || jpeg[offset + 1] === 0xe1)) {
    offset += 2 + ((jpeg[offset + 2] ?? 0) << 8) + (jpeg[offset + 3] ?? 0);
  }
  return concat(jpeg.subarray(0, offset), ...segments, jpeg.subarray(offset));
}

/** Photoshop APP13 payload with one IPTC resource holding a 2:80 By-line. */
export function iptcPayload(): Uint8Array {
  const byline = ascii(SECRETS.iptcByline);
  const iptc = concat(Uint8Array.of(0x1c, 0x02, 80, byline.length >> 8, byline.length & 0xff), byline);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const padding = iptc.length % 2 === 1 ? Uint8Array.of(0) : new Uint8Array(0);
  return concat(ascii('Photoshop 3.0\0'), ascii('8BIM'), Uint8Array.of(0x04, 0x04, 0, 0), size, iptc, padding);
}

/** A JPEG full of metadata: EXIF (+ thumbnail), XMP, IPTC, a comment, C2PA-like APP11, MPF and an extra image after EOI. */
export function jpegWithEverything(orientation = 6): Uint8Array {
  const withExif = fromLatin1(piexif.insert(exifBlock({ orientation, thumbnail: true }), latin1(baseJpeg())));
  const secondImage = fromLatin1(piexif.insert(exifBlock(), latin1(baseJpeg())));
  return concat(
    insertAfterHeaderSegments(
      withExif,
      jpegSegment(0xe1, ascii(`http://ns.adobe.com/xap/1.0/\0${xmpPacket()}`)),
      jpegSegment(0xed, iptcPayload()),
      jpegSegment(0xfe, ascii(SECRETS.comment)),
      jpegSegment(0xeb, ascii('JP\0\0jumbf-c2pa-claim by Jane')),
      jpegSegment(0xe2, ascii('MPF\0MM\0*')),
    ),
    secondImage,
  );
}

export interface ListedSegment {
  readonly marker: number;
  readonly bytes: Uint8Array;
}

/** Lists a JPEG's segments up to EOI; SOS includes its scan data. Independent of the code under test. */
export function listJpegSegments(jpeg: Uint8Array): { segments: ListedSegment[]; end: number } {
  const segments: ListedSegment[] = [];
  let offset = 2;
  for (;;) {
    const marker = jpeg[offset + 1] ?? -1;
    if (jpeg[offset] !== 0xff || marker === -1) throw new Error(`no marker at ${offset}`);
    if (marker === 0xd9) return { segments, end: offset + 2 };
    let end = offset + 2 + ((jpeg[offset + 2] ?? 0) << 8) + (jpeg[offset + 3] ?? 0);
    if (marker === 0xda) {
      while (!(jpeg[end] === 0xff && jpeg[end + 1] !== 0x00 && !((jpeg[end + 1] ?? 0) >= 0xd0 && (jpeg[end + 1] ?? 0) <= 0xd7))) {
        if (end >= jpeg.length) throw new Error('scan runs past the end');
        end += 1;
      }
    }
    segments.push({ marker, bytes: jpeg.subarray(offset, end) });
    offset = end;
  }
}

/** Segments that carry image data or colour (all but APPn and COM, plus the ICC profile): must be byte-identical after cleaning. */
export function imageDataSegments(jpeg: Uint8Array): string[] {
  const isMetadata = (marker: number): boolean => (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe;
  return listJpegSegments(jpeg)
    .segments.filter(({ marker, bytes }) => !isMetadata(marker) || (marker === 0xe2 && latin1(bytes.subarray(4, 16)) === 'ICC_PROFILE\0'))
    .map(({ bytes }) => Buffer.from(bytes).toString('hex'));
}

// ---- PNG ----

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return concat(head, data, crc);
}

export interface ListedChunk {
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly crcValid: boolean;
}

export function listPngChunks(png: Uint8Array): ListedChunk[] {
  const buffer = Buffer.from(png);
  const chunks: ListedChunk[] = [];
  let offset = 8;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    const crcValid = crc32(buffer.subarray(offset + 4, offset + 8 + length)) === buffer.readUInt32BE(offset + 8 + length);
    chunks.push({ type, bytes: png.subarray(offset, end), crcValid });
    offset = end;
  }
  return chunks;
}

/** Rebuilds a PNG from chunks, inserting `extra` right after IHDR and `beforeEnd` right before IEND. */
export function pngWith(extra: Uint8Array[], beforeEnd: Uint8Array[] = []): Uint8Array {
  const png = basePng();
  const chunks = listPngChunks(png);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const chunk of chunks) {
    if (chunk.type === 'IEND') parts.push(...beforeEnd);
    parts.push(chunk.bytes);
    if (chunk.type === 'IHDR') parts.push(...extra);
  }
  return concat(...parts);
}

export function pngMetadataChunks(): Uint8Array[] {
  const itxt = concat(ascii('XML:com.adobe.xmp\0'), Uint8Array.of(0, 0), ascii('\0\0'), ascii(xmpPacket()));
  const ztxt = concat(ascii('Comment\0'), Uint8Array.of(0), new Uint8Array(deflateSync(Buffer.from(SECRETS.comment))));
  return [
    pngChunk('tEXt', ascii(`Author\0${SECRETS.artist}`)),
    pngChunk('tEXt', ascii(`Software\0${SECRETS.software}`)),
    pngChunk('zTXt', ztxt),
    pngChunk('iTXt', itxt),
    pngChunk('eXIf', exifTiff()),
    pngChunk('tIME', Uint8Array.of(0x07, 0xe8, 3, 14, 9, 26, 53)),
    pngChunk('iDOT', ascii('apple-private-data')),
  ];
}

// ---- WebP ----

export interface ListedRiffChunk {
  readonly type: string;
  readonly bytes: Uint8Array;
}

export function listWebpChunks(webp: Uint8Array): { riffSize: number; chunks: ListedRiffChunk[] } {
  const buffer = Buffer.from(webp);
  const chunks: ListedRiffChunk[] = [];
  let offset = 12;
  while (offset + 8 <= buffer.length) {
    const type = buffer.toString('latin1', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const end = offset + 8 + size + (size % 2);
    chunks.push({ type, bytes: webp.subarray(offset, Math.min(end, buffer.length)) });
    offset = end;
  }
  return { riffSize: buffer.readUInt32LE(4), chunks };
}

export function riffChunk(type: string, data: Uint8Array): Uint8Array {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return concat(head, data, data.length % 2 === 1 ? Uint8Array.of(0) : new Uint8Array(0));
}

export function riff(chunks: Uint8Array[]): Uint8Array {
  const body = concat(...chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return concat(head, body);
}

/** The base WebP (VP8X, ICCP, VP8) with EXIF, XMP and an unknown chunk, flags set to match. */
export function webpWithMetadata(): Uint8Array {
  const { chunks } = listWebpChunks(baseWebp());
  const parts: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (chunk.type === 'VP8X') {
      const copy = chunk.bytes.slice();
      copy[8] = (copy[8] ?? 0) | 0x08 | 0x04;
      parts.push(copy);
    } else {
      parts.push(chunk.bytes);
    }
  }
  parts.push(riffChunk('EXIF', exifTiff()), riffChunk('XMP ', ascii(xmpPacket())), riffChunk('ABCD', ascii(`odd${SECRETS.owner}`)));
  return riff(parts);
}
