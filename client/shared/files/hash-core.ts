// SHA-256 of Blobs without holding a large file in memory. WebCrypto has no streaming digest,
// so large files are streamed (blob-reader.ts: the next piece read while the current one is
// hashed) into a streaming SHA-256 (sha256-stream.ts: WebAssembly where the browser has it).
// Files up to ONE_SHOT_DIGEST_BYTES are read whole and digested by WebCrypto when the browser
// has it: native code is much faster where there is no JIT (Tor Browser "Safer"), and that much
// memory is acceptable. Free of worker plumbing so it also runs in Node tests.
import { BlobReader } from './blob-reader';
import { createSha256Stream, type Sha256Factory } from './sha256-stream';
import { BlobReadError } from './worker-protocol';

/** Most bytes hashed between two progress reports when streaming. */
const STEP_BYTES = 1024 * 1024;
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
 * `oneShot` (WebCrypto) is used for blobs up to ONE_SHOT_DIGEST_BYTES; larger blobs go through
 * a stream from `streaming`.
 */
export async function hashBlobs(
  blobs: readonly Blob[],
  onProgress: (bytesHashed: number) => void,
  oneShot: OneShotDigest | null = null,
  streaming: Sha256Factory = createSha256Stream,
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
    const hash = await streaming();
    const reader = new BlobReader(blob);
    for (let data = await reader.readSome(STEP_BYTES); data !== null; data = await reader.readSome(STEP_BYTES)) {
      hash.update(data);
      hashed += data.length;
      onProgress(hashed);
    }
    digests.push(hash.digest());
  }
  return digests;
}
