// Types for the libraries the metadata tests use to build and check files, at the paths that
// load in Node ESM: exifr's full ES-module build, and piexifjs (no types of its own).
declare module 'exifr/dist/full.esm.mjs' {
  export { parse, gps, orientation, thumbnail } from 'exifr';
}

declare module 'piexifjs' {
  /** Tag numbers by name, per IFD. */
  type Tags = Readonly<Record<string, number>>;
  /** Values as piexifjs takes them: strings are "binary strings" (one char per byte). */
  type ExifValue = string | number | number[] | number[][];
  interface ExifDict {
    '0th'?: Record<number, ExifValue>;
    Exif?: Record<number, ExifValue>;
    GPS?: Record<number, ExifValue>;
    Interop?: Record<number, ExifValue>;
    '1st'?: Record<number, ExifValue>;
    thumbnail?: string | null;
  }
  const piexif: {
    ImageIFD: Tags;
    ExifIFD: Tags;
    GPSIFD: Tags;
    /** "Exif\0\0" followed by the TIFF structure, as a binary string. */
    dump(exif: ExifDict): string;
    /** The JPEG (binary string) with the EXIF APP1 segment inserted. */
    insert(exif: string, jpeg: string): string;
  };
  export default piexif;
}
