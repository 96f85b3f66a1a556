// SHA-256 of Blobs without holding a large file in memory. WebCrypto has no streaming digest,
// so large files go through @noble/hashes 1 MiB at a time. Files up to ONE_SHOT_DIGEST_BYTES
// are read whole and digested by WebCrypto when the browser has it: native code is much faster
// where there is no JIT (Tor Browser "Safer"), and that much memory is acceptable. Free of
// worker plumbing so it also runs in Node tests.
import { sha256 } from '@noble/hashes/sha2.js';
import { BlobReadError } from './worker-protocol';

const READ_BYTES = 1024 * 1024;
/** Largest file digested in one piece by WebCrypto. */
export const ONE_SHOT_DIGEST_BYTES = 32 * 1024 * 1024;

export type OneShotDigest = (bytes: Uint8Array) => Promise<Uint8Array>;

/** WebCrypto's SHA-256, when this context has it (secure contexts: https, .onion, localhost). */
export function webCryptoDigest(): OneShotDigest | null {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return null;
  return async (bytes) => new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
}

async function readAll(blob: Blob): Promise<Uint8Array> {
  const data = new Uint8Array(await blob.arrayBuffer());
  if (data.length !== blob.size) throw new BlobReadError();
  return data;
}

/**
 * SHA-256 of each blob, in order; `onProgress` gets the bytes hashed so far over all blobs.
 * `oneShot` (WebCrypto) is used for blobs up to ONE_SHOT_DIGEST_BYTES.
 */
export async function hashBlobs(
  blobs: readonly Blob[],
  onProgress: (bytesHashed: number) => void,
  oneShot: OneShotDigest | null = null,
): Promise<Uint8Array[]> {
  const digests: Uint8Array[] = [];
  let hashed = 0;
  for (const blob of blobs) {
    if (oneShot !== null && blob.size <= ONE_SHOT_DIGEST_BYTES) {
      digests.push(await oneShot(await readAll(blob)));
      hashed += blob.size;
      onProgress(hashed);
      continue;
    }
    const hash = sha256.create();
    for (let offset = 0; offset < blob.size; offset += READ_BYTES) {
      const end = Math.min(blob.size, offset + READ_BYTES);
      const data = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
      if (data.length !== end - offset) throw new BlobReadError();
      hash.update(data);
      hashed += data.length;
      onProgress(hashed);
    }
    digests.push(hash.digest());
  }
  return digests;
}
