// Types for exifr's "mini" ES-module build, which the package does not declare for that path.
// The build is the same library as the package root, with no tag dictionaries (keys stay numeric).
declare module 'exifr/dist/mini.esm.mjs' {
  export { parse } from 'exifr';
}
