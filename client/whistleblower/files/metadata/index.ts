// The metadata check for evidence files (whistleblower side): finds and removes identifying
// details (GPS position, camera serial numbers, authors, …) from JPEG, PNG, WebP and PDF files in
// the browser before they are encrypted, and says in plain words what was removed. Pure: works on
// bytes already read from a File, in the browser and in Node.
export type { CleanedFile, MetadataAction, MetadataKind, MetadataReport } from './types';
export { metadataKind } from './kind';
export { MAX_CLEANABLE_BYTES, removeMetadata } from './remove-metadata';
export { describeRemoved, removedSentence } from './describe';
