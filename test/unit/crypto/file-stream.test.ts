import { beforeAll, describe, expect, it } from 'vitest';
import { BadFormatError, InvalidArgumentError, StreamChunkError, StreamTruncatedError } from '../../../crypto/errors';
import {
  FILE_CHUNK_BYTES,
  FILE_CIPHER_CHUNK_BYTES,
  FILE_HEADER_BYTES,
  createFileDecryptor,
  createFileEncryptor,
  decryptFileBytes,
  encryptFileBytes,
  encryptedChunkCount,
  encryptedFileSize,
  generateFileId,
  generateFileKey,
  padmeChunkCount,
  type FileContext,
} from '../../../crypto/file-stream';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes, sameBytes } from './fixtures';

const K = 1024;
let key: Uint8Array;
let context: FileContext;

beforeAll(async () => {
  await ready();
  key = generateFileKey();
  context = { caseId: patternBytes(32, 1), fileId: generateFileId() };
});

/** Encrypts `data` and returns the header and the list of ciphertext chunks. */
function encryptChunks(data: Uint8Array, ctx: FileContext = context): { header: Uint8Array; chunks: Uint8Array[] } {
  const encryptor = createFileEncryptor(key, ctx);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  while (data.length - offset > FILE_CHUNK_BYTES) {
    chunks.push(...encryptor.push(data.subarray(offset, offset + FILE_CHUNK_BYTES), false));
    offset += FILE_CHUNK_BYTES;
  }
  chunks.push(...encryptor.push(data.subarray(offset), true));
  return { header: encryptor.header, chunks };
}

function decryptChunks(header: Uint8Array, chunks: readonly Uint8Array[], ctx: FileContext = context): Uint8Array {
  const decryptor = createFileDecryptor(key, header, ctx);
  const out = chunks.map((c) => decryptor.pull(c));
  decryptor.finish();
  return Buffer.concat(out);
}

describe('file stream', () => {
  it('round-trips files of many sizes, including the chunk boundaries', () => {
    const sizes = [0, 1, 1000, 64 * K - 1, 64 * K, 64 * K + 1, 128 * K, 3 * 64 * K + 17, 8 * 64 * K, 9 * 64 * K + 5];
    for (const size of sizes) {
      const data = patternBytes(size, size + 3);
      const blob = encryptFileBytes(key, data, context);
      expect(blob.length).toBe(encryptedFileSize(size));
      expect(sameBytes(decryptFileBytes(key, blob, context), data)).toBe(true);
    }
  });

  it('round-trips 40 pseudo-random sizes up to 600 KiB through the streaming API (reproducible seeds)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pair = patternBytes(2, seed);
      const size = (((pair[0] ?? 0) << 8) | (pair[1] ?? 0)) * 9 + (seed % 3);
      const data = patternBytes(size, seed);
      const { header, chunks } = encryptChunks(data);
      expect(chunks.length, `seed ${seed}`).toBe(encryptedChunkCount(size));
      expect(sameBytes(decryptChunks(header, chunks), data), `seed ${seed}`).toBe(true);
    }
  });

  it('stores a zero-length file as one final chunk', () => {
    const { chunks } = encryptChunks(new Uint8Array(0));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toHaveLength(FILE_CIPHER_CHUNK_BYTES);
  });

  it('makes every ciphertext chunk the same size, so only the rounded size shows', () => {
    const { chunks } = encryptChunks(patternBytes(3 * 64 * K + 5));
    expect(new Set(chunks.map((c) => c.length))).toEqual(new Set([FILE_CIPHER_CHUNK_BYTES]));
    expect(encryptFileBytes(key, new Uint8Array(1), context).length).toBe(encryptFileBytes(key, new Uint8Array(60 * K), context).length);
  });

  it('rounds chunk counts with Padmé, adding at most 12.5% of padding chunks', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(padmeChunkCount)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(padmeChunkCount(9)).toBe(10);
    expect(padmeChunkCount(100)).toBe(104);
    expect(padmeChunkCount(1000)).toBe(1024);
    for (let n = 1; n < 5000; n++) {
      const rounded = padmeChunkCount(n);
      expect(rounded).toBeGreaterThanOrEqual(n);
      expect(rounded - n).toBeLessThanOrEqual(Math.max(0, Math.floor(n / 8)));
    }
    expect(encryptedChunkCount(8 * 64 * K)).toBe(10);
    const { header, chunks } = encryptChunks(patternBytes(8 * 64 * K));
    expect(chunks).toHaveLength(10);
    // Cutting the padding chunks off is truncation too: the final tag is on the last one.
    expectCryptoError(() => decryptChunks(header, chunks.slice(0, 9)), StreamTruncatedError, 'stream_truncated');
  });

  it('streams without buffering: each pull returns that chunk’s data', () => {
    const data = patternBytes(2 * 64 * K + 10);
    const { header, chunks } = encryptChunks(data);
    const decryptor = createFileDecryptor(key, header, context);
    expect(decryptor.pull(chunks[0] as Uint8Array)).toHaveLength(64 * K);
    expect(decryptor.pull(chunks[1] as Uint8Array)).toHaveLength(64 * K);
    expect(decryptor.pull(chunks[2] as Uint8Array)).toHaveLength(10);
    decryptor.finish();
  });

  describe('rejects', () => {
    let header: Uint8Array;
    let chunks: Uint8Array[];
    beforeAll(() => {
      ({ header, chunks } = encryptChunks(patternBytes(3 * 64 * K + 100, 5)));
      expect(chunks).toHaveLength(4);
    });

    function expectChunkError(list: readonly Uint8Array[], problem: StreamChunkError['problem'], index: number, ctx = context): void {
      const error = expectCryptoError(() => decryptChunks(header, list, ctx), StreamChunkError, 'stream_bad_chunk');
      expect(error.problem).toBe(problem);
      expect(error.chunkIndex).toBe(index);
    }

    it('reordered chunks', () => {
      expectChunkError([chunks[1], chunks[0], chunks[2], chunks[3]] as Uint8Array[], 'auth_failed', 0);
    });

    it('a dropped chunk', () => {
      expectChunkError([chunks[0], chunks[2], chunks[3]] as Uint8Array[], 'auth_failed', 1);
    });

    it('a duplicated chunk', () => {
      expectChunkError([chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]] as Uint8Array[], 'auth_failed', 1);
    });

    it('a modified chunk, tag byte or MAC', () => {
      for (const index of [0, 1, 1000, FILE_CIPHER_CHUNK_BYTES - 1]) {
        expectChunkError([chunks[0], flipped(chunks[1] as Uint8Array, index), chunks[2], chunks[3]] as Uint8Array[], 'auth_failed', 1);
      }
    });

    it('a modified header', () => {
      const error = expectCryptoError(() => decryptChunks(flipped(header, 3), chunks), StreamChunkError, 'stream_bad_chunk');
      expect(error.chunkIndex).toBe(0);
    });

    it('a chunk of another file or another case', () => {
      expectChunkError(chunks, 'auth_failed', 0, { caseId: context.caseId, fileId: flipped(context.fileId, 0) });
      expectChunkError(chunks, 'auth_failed', 0, { caseId: flipped(context.caseId, 31), fileId: context.fileId });
      const other = encryptChunks(patternBytes(3 * 64 * K + 100, 5), { caseId: context.caseId, fileId: patternBytes(16, 77) });
      expectChunkError([chunks[0], other.chunks[1], chunks[2], chunks[3]] as Uint8Array[], 'auth_failed', 1);
    });

    it('a truncated stream (final chunk missing)', () => {
      expectCryptoError(() => decryptChunks(header, chunks.slice(0, 3)), StreamTruncatedError, 'stream_truncated');
      expectCryptoError(() => decryptChunks(header, []), StreamTruncatedError, 'stream_truncated');
      const blob = encryptFileBytes(key, patternBytes(100), context);
      expectCryptoError(() => decryptFileBytes(key, blob.subarray(0, FILE_HEADER_BYTES), context), StreamTruncatedError, 'stream_truncated');
    });

    it('a truncated chunk', () => {
      expectChunkError([chunks[0], (chunks[1] as Uint8Array).subarray(0, 1000)] as Uint8Array[], 'bad_size', 1);
      const blob = encryptFileBytes(key, patternBytes(100), context);
      expectCryptoError(() => decryptFileBytes(key, blob.subarray(0, blob.length - 1), context), BadFormatError, 'bad_format');
    });

    it('a chunk after the final one, and every pull after an error', () => {
      const decryptor = createFileDecryptor(key, header, context);
      for (const chunk of chunks) decryptor.pull(chunk);
      decryptor.finish();
      expect(expectCryptoError(() => decryptor.pull(chunks[3] as Uint8Array), StreamChunkError, 'stream_bad_chunk').problem).toBe('after_final');
      const broken = createFileDecryptor(key, header, context);
      expectCryptoError(() => broken.pull(chunks[1] as Uint8Array), StreamChunkError, 'stream_bad_chunk');
      expect(expectCryptoError(() => broken.pull(chunks[0] as Uint8Array), StreamChunkError, 'stream_bad_chunk').problem).toBe('after_error');
      expect(expectCryptoError(() => broken.finish(), StreamChunkError, 'stream_bad_chunk').problem).toBe('after_error');
    });

    it('a header of the wrong size', () => {
      expectCryptoError(() => createFileDecryptor(key, header.subarray(1), context), BadFormatError, 'bad_format');
    });
  });

  it('refuses misuse of the encryptor', () => {
    const encryptor = createFileEncryptor(key, context);
    expectCryptoError(() => encryptor.push(new Uint8Array(100), false), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => encryptor.push(new Uint8Array(64 * K + 1), true), InvalidArgumentError, 'invalid_argument');
    encryptor.push(new Uint8Array(5), true);
    expectCryptoError(() => encryptor.push(new Uint8Array(5), true), InvalidArgumentError, 'invalid_argument');
  });

  it('pushLast yields the padding one chunk at a time, and the stream decrypts', () => {
    // 9 data chunks round up to 10 with Padmé: the marker chunk, then one zero chunk.
    const data = patternBytes(8 * FILE_CHUNK_BYTES + 100, 3);
    const encryptor = createFileEncryptor(key, context);
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < 8 * FILE_CHUNK_BYTES; offset += FILE_CHUNK_BYTES) {
      chunks.push(...encryptor.push(data.subarray(offset, offset + FILE_CHUNK_BYTES), false));
    }
    const last = encryptor.pushLast(data.subarray(8 * FILE_CHUNK_BYTES));
    // Checked at once, not on first use: a second last push is refused before iterating.
    expectCryptoError(() => encryptor.pushLast(new Uint8Array(1)), InvalidArgumentError, 'invalid_argument');
    const first = last.next();
    expect(first.done).toBe(false);
    if (first.value !== undefined) chunks.push(first.value);
    expect(chunks).toHaveLength(9);
    for (const chunk of last) chunks.push(chunk);
    expect(chunks).toHaveLength(padmeChunkCount(9));
    sameBytes(decryptChunks(encryptor.header, chunks), data);
    // Stopping early leaves a stream without its final chunk: truncated.
    expect(() => decryptChunks(encryptor.header, chunks.slice(0, 9))).toThrow(StreamTruncatedError);
  });
});
