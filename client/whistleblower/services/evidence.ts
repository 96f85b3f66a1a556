// The metadata check of a chosen evidence file, run when the person picks it: small files are
// read whole and cleaned (client/whistleblower/files/metadata); files too large to clean in
// memory are only identified from their first bytes and reported as not checked. Nothing here
// throws for a bad file: the worst outcome is 'not-checked' with a warning.
import { MAX_CLEANABLE_BYTES, describeRemoved, metadataKind, removeMetadata, type MetadataReport } from '../files/metadata/index';
import { WARNINGS } from '../files/metadata/warnings';
import type { EvidenceCheck } from '../logic/evidence';

const HEAD_BYTES = 4096;

function notChecked(warning: string): MetadataReport {
  return { action: 'not-checked', removed: [], warning };
}

function result(report: MetadataReport, cleaned: Blob | null): EvidenceCheck {
  return { report, cleaned, description: describeRemoved(report) };
}

/** Checks one chosen file for identifying metadata and makes a cleaned copy when something was found. */
export async function checkEvidence(file: File): Promise<EvidenceCheck> {
  try {
    if (file.size > MAX_CLEANABLE_BYTES) {
      const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
      if (metadataKind(head, file.type) !== 'other') return result(notChecked(WARNINGS.tooLarge), null);
      return result((await removeMetadata(head, file.type)).report, null);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { bytes: cleanedBytes, report } = await removeMetadata(bytes, file.type);
    if (report.action !== 'removed') return result(report, null);
    return result(report, new Blob([cleanedBytes as BlobPart], { type: file.type }));
  } catch {
    return result(notChecked(WARNINGS.browserRead), null);
  }
}
