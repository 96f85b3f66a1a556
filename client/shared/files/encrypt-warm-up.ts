// Warm-up for an encrypt worker that has just started. A new worker runs libsodium's
// WebAssembly (and the JavaScript around it) in the browser's quick first-tier code until it has
// been used for a while; encrypting a little throwaway data right away, before any file comes,
// gets the optimised code in place, which more than doubled the speed of the first megabytes in
// Chromium. Skipped without WebAssembly (Tor Browser "Safer"): there is no optimising compiler
// to warm up and the data would only cost time. The hash worker's is warmUpHash (sha256-stream.ts).
import { generateFileId, generateFileKey } from '../../../crypto/index';
import { BlobEncryptor } from './encrypt-core';
import { hasWebAssembly } from './sha256-stream';

/** Throwaway bytes encrypted by the warm-up (a few milliseconds' work). */
export const WARM_UP_BYTES = 1024 * 1024;

/** Encrypts WARM_UP_BYTES of zeros under a fresh throwaway key through the real encryptor. */
export async function warmUpEncryption(): Promise<void> {
  if (!hasWebAssembly()) return;
  const encryptor = new BlobEncryptor(new Blob([new Uint8Array(WARM_UP_BYTES)]), generateFileKey(), { caseId: new Uint8Array(32), fileId: generateFileId() }, 16);
  for (let batch = await encryptor.nextBatch(); !batch.last; batch = await encryptor.nextBatch()) {
    // Only the compiled code is wanted.
  }
}
