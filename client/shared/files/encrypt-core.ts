// The encrypting half of the upload pipeline, free of worker plumbing so it also runs in Node
// tests: streams a Blob (blob-reader.ts: the next piece read while this one is encrypted; never
// the whole file), encrypts each 64 KiB chunk straight from the piece it arrived in with
// crypto/file-stream.ts, and writes the ciphertext into one buffer per batch, sized in advance
// from the stream layout, so a batch is transferred to the page without further copies. The
// encrypt worker drives it.
import {
  FILE_CHUNK_BYTES,
  FILE_CIPHER_CHUNK_BYTES,
  FILE_HEADER_BYTES,
  createFileEncryptor,
  encryptedChunkCount,
  type FileContext,
  type FileEncryptor,
} from '../../../crypto/index';
import { BlobReader } from './blob-reader';
import type { CipherBatch } from './worker-protocol';

/** Ciphertext batches in a stream of `size` plaintext bytes cut `batchChunks` chunks a batch. */
export function batchCount(size: number, batchChunks: number): number {
  return Math.ceil(encryptedChunkCount(size) / batchChunks);
}

export class BlobEncryptor {
  private readonly encryptor: FileEncryptor;
  private readonly size: number;
  private readonly reader: BlobReader;
  /** Every ciphertext chunk of the stream: data, marker and Padmé padding. */
  private readonly totalChunks: number;
  private chunksOut = 0;
  private plainDone = 0;
  private headerSent = false;
  /**
   * After the last plaintext: the marker and padding chunks, made one at a time as batches ask
   * for them (crypto's pushLast), so a large file's padding is never all in memory.
   */
  private lastChunks: Iterator<Uint8Array, void, undefined> | null = null;

  constructor(
    content: Blob,
    key: Uint8Array,
    context: FileContext,
    private readonly batchChunks: number,
  ) {
    if (!Number.isInteger(batchChunks) || batchChunks < 1) throw new RangeError('batchChunks must be a positive integer');
    this.encryptor = createFileEncryptor(key, context);
    this.size = content.size;
    this.totalChunks = encryptedChunkCount(this.size);
    this.reader = new BlobReader(content);
  }

  /** The next batch of at most `batchChunks` ciphertext chunks (plus the header in the first). */
  async nextBatch(): Promise<CipherBatch> {
    const chunks = Math.min(this.batchChunks, this.totalChunks - this.chunksOut);
    if (chunks <= 0) throw new Error('the encrypted stream has already ended');
    const headerBytes = this.headerSent ? 0 : FILE_HEADER_BYTES;
    const bytes = new Uint8Array(headerBytes + chunks * FILE_CIPHER_CHUNK_BYTES);
    if (!this.headerSent) {
      bytes.set(this.encryptor.header);
      this.headerSent = true;
    }
    let at = headerBytes;
    for (let i = 0; i < chunks; i++) {
      const cipher = await this.nextChunk();
      if (cipher.length !== FILE_CIPHER_CHUNK_BYTES) throw new Error('a ciphertext chunk has an unexpected size');
      bytes.set(cipher, at);
      at += FILE_CIPHER_CHUNK_BYTES;
    }
    this.chunksOut += chunks;
    const last = this.chunksOut === this.totalChunks;
    if (last && (this.lastChunks === null || this.lastChunks.next().done !== true)) throw new Error('the encrypted stream ended early');
    return { bytes, plainDone: this.plainDone, last };
  }

  /** Encrypts (or takes from the last push's output) the next ciphertext chunk. */
  private async nextChunk(): Promise<Uint8Array> {
    if (this.lastChunks !== null) {
      const next = this.lastChunks.next();
      if (next.done === true) throw new Error('no ciphertext chunk left');
      return next.value;
    }
    const remaining = this.size - this.plainDone;
    const isLast = remaining <= FILE_CHUNK_BYTES;
    const plaintext = await this.reader.read(isLast ? remaining : FILE_CHUNK_BYTES);
    this.plainDone += plaintext.length;
    if (isLast) {
      // The file must end here: one that grew on disk since it was chosen is refused.
      await this.reader.finish();
      this.lastChunks = this.encryptor.pushLast(plaintext);
      return this.nextChunk();
    }
    const out = this.encryptor.push(plaintext, false);
    const [cipher] = out;
    if (cipher === undefined || out.length !== 1) throw new Error('a data chunk gave no ciphertext');
    return cipher;
  }
}
