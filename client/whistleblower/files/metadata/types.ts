// The metadata check's public types: what it did to a file and the cleaned bytes. The UI builds
// on these (and the manifest records `action` and `removed`, api/content.ts).
import type { Label } from './labels';

export type MetadataAction = 'removed' | 'none-found' | 'not-checked';

export interface MetadataReport {
  readonly action: MetadataAction;
  /** Plain-language English names of what was found and removed, no duplicates, most revealing first. */
  readonly removed: readonly string[];
  /** For 'not-checked': why, in plain words. */
  readonly warning?: string;
}

export interface CleanedFile {
  readonly bytes: Uint8Array;
  readonly report: MetadataReport;
}

/** Which cleaner applies to a file. */
export type MetadataKind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'other';

/** What one format's cleaner returns: `removed` empty means nothing was found (then `bytes` is the input). */
export interface CleanResult {
  readonly bytes: Uint8Array;
  readonly removed: readonly Label[];
}
