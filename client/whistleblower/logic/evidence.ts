// Evidence files chosen on a form, as plain data: the file, what the metadata check found, and
// whether the person chose to keep the original. Pure: turns a chosen file into what the upload
// sends and what its manifest says about metadata.
import type { FileManifestEntryV1 } from '../../../api/index';
import type { FileToSend } from '../../shared/files/types';
import { quotedList } from '../../shared/i18n/message';
import type { Words } from '../../shared/i18n/words';
import type { MetadataReport } from '../files/metadata/index';
import { englishWhistleblower } from './english';

/** What the metadata check did to one file (services/evidence.ts). */
export interface EvidenceCheck {
  readonly report: MetadataReport;
  /** The cleaned copy, when something was removed; null when the original is sent as it is. */
  readonly cleaned: Blob | null;
  /** One sentence for the person, e.g. "Removed: GPS position, camera serial number." */
  readonly description: string;
}

export interface ChosenFile {
  /** Stable id on this page ("file-1", …). */
  readonly id: string;
  readonly file: File;
  /** Null while the check runs. */
  readonly check: EvidenceCheck | null;
  /** The person ticked "Keep the original of … (not recommended)". */
  readonly keepOriginal: boolean;
}

/** What the manifest records about metadata for this file. */
export function manifestMetadata(check: EvidenceCheck, keepOriginal: boolean): FileManifestEntryV1['metadata'] {
  switch (check.report.action) {
    case 'removed':
      return keepOriginal ? { action: 'kept-by-choice', removed: [] } : { action: 'removed', removed: [...check.report.removed] };
    case 'none-found':
      return { action: 'none-found', removed: [] };
    case 'not-checked':
      return { action: 'not-checked', removed: [] };
  }
}

/** The file as the upload sends it (the cleaned copy unless they kept the original); null while checking. */
export function fileToSend(chosen: ChosenFile): FileToSend | null {
  if (chosen.check === null) return null;
  const useCleaned = chosen.check.cleaned !== null && !chosen.keepOriginal;
  return {
    original: chosen.file,
    content: useCleaned && chosen.check.cleaned !== null ? chosen.check.cleaned : chosen.file,
    name: chosen.file.name,
    type: chosen.file.type,
    metadata: manifestMetadata(chosen.check, chosen.keepOriginal),
  };
}

/** The bytes that will be sent (for the limits check): the cleaned copy is never larger than the original. */
export function sizeToSend(chosen: ChosenFile): number {
  const send = fileToSend(chosen);
  return send === null ? chosen.file.size : send.content.size;
}

/** "“a.jpg”, “b.pdf” and “c.png”" in `words`' language (English by default). */
export function listNames(names: readonly string[], words: Words = englishWhistleblower()): string {
  return quotedList(names, words);
}
