// Streaming SHA-256 of Blobs (WebCrypto has no streaming digest), read 1 MiB at a time so a
// large file is never held in memory. Free of worker plumbing so it also runs in Node tests.
import { sha256 } from '@noble/hashes/sha2.js';
import { BlobReadError } from './encrypt-core';

const READ_BYTES = 1024 * 1024;

/** SHA-256 of each blob, in order; `onProgress` gets the bytes hashed so far over all blobs. */
export async function hashBlobs(blobs: readonly Blob[], onProgress: (bytesHashed: number) => void): Promise<Uint8Array[]> {
  const digests: Uint8Array[] = [];
  let hashed = 0;
  for (const blob of blobs) {
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
