// Shapes exchanged between the Node test and the file pipeline harness page (no side effects,
// importable from Node), and the deterministic file content both sides can rebuild.
import type { FileManifestEntryV1, TransferPhase } from '../../../client/shared/files/types';

export interface UploadInput {
  /** base64url case id. */
  readonly caseId: string;
  readonly fileName: string;
  readonly type: string;
  /** Size of the file as chosen. */
  readonly originalBytes: number;
  /** Size of a "cleaned" copy sent instead of the original, or null to send the original. */
  readonly cleanedBytes: number | null;
  /** Cancel once uploading with this many bytes reported done (cancel test), else null. Reports come at most every so often, so a small number is safest. */
  readonly cancelAfterBytes: number | null;
}

export interface UploadOutput {
  readonly webAssembly: string;
  readonly entry: FileManifestEntryV1 | null;
  readonly error: { readonly name: string; readonly code: string; readonly message: string } | null;
  readonly phases: readonly TransferPhase[];
  /** Phase changes with their time since the start, for the log. */
  readonly timeline: readonly string[];
  readonly lastPercentText: string;
  /** What getToken() was told each time it was asked (the refused token, or null). */
  readonly tokenRequests: readonly (string | null)[];
  /** Longest gap between two ticks of a timer on the page while it worked (responsiveness). */
  readonly longestStallMs: number;
  readonly milliseconds: number;
}

export interface DownloadInput {
  readonly caseId: string;
  readonly url: string;
  readonly entry: FileManifestEntryV1;
}

export interface DownloadOutput {
  /** Hex SHA-256 of the previewed bytes, when the download verified. */
  readonly sha256: string | null;
  readonly error: { readonly name: string; readonly message: string } | null;
  /** Longest gap between two ticks of a timer on the page while it worked. */
  readonly longestStallMs: number;
  readonly milliseconds: number;
}

/** Deterministic file content: Node rebuilds the same bytes without them crossing over. */
export function fileContent(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}
