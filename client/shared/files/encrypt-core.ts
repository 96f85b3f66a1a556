// The encrypting half of the upload pipeline, free of worker plumbing so it also runs in Node
// tests: reads a Blob in 64 KiB slices (a batch at a time, never the whole file) and encrypts
// it with crypto/file-stream.ts into ciphertext batches. The encrypt worker drives it.
import { FILE_CHUNK_BYTES, concatBytes, createFileEncryptor, type FileContext, type FileEncryptor } from '../../../crypto/index';
import { BlobReadError, type CipherBatch } from './worker-protocol';

export class BlobEncryptor {
  private readonly encryptor: FileEncryptor;
  private readonly size: number;
  private position = 0;
  private headerSent = false;
  private pushedLast = false;
  /** Ciphertext chunks made but not yet handed out (only the last push makes more than one). */
  private pending: Uint8Array[] = [];
  private pendingIndex = 0;

  constructor(
    private readonly content: Blob,
    key: Uint8Array,
    context: FileContext,
    private readonly batchChunks: number,
  ) {
    if (!Number.isInteger(batchChunks) || batchChunks < 1) throw new RangeError('batchChunks must be a positive integer');
    this.encryptor = createFileEncryptor(key, context);
    this.size = content.size;
  }

  /** The next batch of at most `batchChunks` ciphertext chunks (plus the header in the first). */
  async nextBatch(): Promise<CipherBatch> {
    const parts: Uint8Array[] = [];
    if (!this.headerSent) {
      parts.push(this.encryptor.header);
      this.headerSent = true;
    }
    let chunks = 0;
    while (chunks < this.batchChunks) {
      if (this.pendingIndex < this.pending.length) {
        const next = this.pending[this.pendingIndex];
        this.pending[this.pendingIndex] = new Uint8Array(0);
        this.pendingIndex++;
        if (next !== undefined) parts.push(next);
        chunks++;
        continue;
      }
      if (this.pushedLast) break;
      chunks += await this.encryptSome(this.batchChunks - chunks, parts);
    }
    const last = this.pushedLast && this.pendingIndex >= this.pending.length;
    if (last) this.pending = [];
    return { bytes: concatBytes(...parts), plainDone: this.position, last };
  }

  /** Reads up to `wanted` plaintext chunks with one Blob read and encrypts them; returns chunks added to `parts`. */
  private async encryptSome(wanted: number, parts: Uint8Array[]): Promise<number> {
    const start = this.position;
    const end = Math.min(this.size, start + wanted * FILE_CHUNK_BYTES);
    const data = end > start ? new Uint8Array(await this.content.slice(start, end).arrayBuffer()) : new Uint8Array(0);
    if (data.length !== end - start) throw new BlobReadError();
    let added = 0;
    let offset = 0;
    while (added < wanted && !this.pushedLast) {
      const remaining = this.size - (start + offset);
      if (remaining > FILE_CHUNK_BYTES) {
        parts.push(...this.encryptor.push(data.subarray(offset, offset + FILE_CHUNK_BYTES), false));
        offset += FILE_CHUNK_BYTES;
        added++;
        continue;
      }
      // The last push returns the marker chunk and every padding chunk; hand them out in batches.
      const out = this.encryptor.push(data.subarray(offset, offset + remaining), true);
      offset += remaining;
      this.pushedLast = true;
      const now = out.slice(0, wanted - added);
      parts.push(...now);
      added += now.length;
      this.pending = out.slice(now.length);
      this.pendingIndex = 0;
    }
    this.position = start + offset;
    return added;
  }
}
