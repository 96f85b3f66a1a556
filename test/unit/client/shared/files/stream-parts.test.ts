// The streaming parts of the pipeline, run in Node with real crypto: the encryptor the encrypt
// worker drives, the SHA-256 the hash worker runs, the source tus reads (with resumption), and
// the chunk assembler of downloads. Every output is checked by decrypting it with crypto/.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FILE_CHUNK_BYTES,
  FILE_CIPHER_CHUNK_BYTES,
  FILE_HEADER_BYTES,
  concatBytes,
  decryptFileBytes,
  deriveCaseKeys,
  encryptFileBytes,
  encryptedFileSize,
  generateCaseEntropy,
  generateFileId,
  generateFileKey,
  ready,
} from '../../../../../crypto/index';
import { ChunkAssembler } from '../../../../../client/shared/files/chunk-assembler';
import { CipherSource } from '../../../../../client/shared/files/cipher-source';
import { BlobEncryptor } from '../../../../../client/shared/files/encrypt-core';
import { FileTransferError } from '../../../../../client/shared/files/errors';
import { ONE_SHOT_DIGEST_BYTES, hashBlobs, webCryptoDigest } from '../../../../../client/shared/files/hash-core';
import { refusalFor } from '../../../../../client/shared/files/upload';
import { workerFailure } from '../../../../../client/shared/files/worker-protocol';

function content(size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

let caseId: Uint8Array;

beforeAll(async () => {
  await ready();
  caseId = deriveCaseKeys(generateCaseEntropy()).caseId;
});

async function encryptAll(data: Uint8Array, batchChunks: number) {
  const key = generateFileKey();
  const fileId = generateFileId();
  const encryptor = new BlobEncryptor(new Blob([data as BlobPart]), key, { caseId, fileId }, batchChunks);
  const batches: Uint8Array[] = [];
  const plainDone: number[] = [];
  for (;;) {
    const batch = await encryptor.nextBatch();
    batches.push(batch.bytes);
    plainDone.push(batch.plainDone);
    if (batch.last) break;
    if (batches.length > 10_000) throw new Error('runaway');
  }
  return { key, fileId, batches, plainDone, stored: concatBytes(...batches) };
}

describe('BlobEncryptor (the encrypt worker’s core)', () => {
  const sizes = [0, 1, FILE_CHUNK_BYTES - 1, FILE_CHUNK_BYTES, FILE_CHUNK_BYTES + 1, 5 * FILE_CHUNK_BYTES, 9 * FILE_CHUNK_BYTES + 123];
  it.each(sizes)('a %i-byte file decrypts to the same bytes and has the stored size the server expects', async (size) => {
    const data = content(size);
    const { key, fileId, batches, plainDone, stored } = await encryptAll(data, 2);
    expect(stored.length).toBe(encryptedFileSize(size));
    expect(Buffer.from(decryptFileBytes(key, stored, { caseId, fileId })).equals(Buffer.from(data))).toBe(true);
    // Batches respect the size asked for (header aside), and progress only grows to the size.
    for (const [i, batch] of batches.entries()) {
      expect(batch.length).toBeLessThanOrEqual((i === 0 ? FILE_HEADER_BYTES : 0) + 2 * FILE_CIPHER_CHUNK_BYTES);
    }
    expect(plainDone).toEqual([...plainDone].sort((a, b) => a - b));
    expect(plainDone.at(-1)).toBe(size);
  });

  it('hands out the padding of the last push in batches too', async () => {
    // 9 data chunks + marker = 10 chunks, Padmé keeps 10; 17 chunks -> 18. Use a size whose
    // Padmé rounding adds several padding chunks: 100 chunks of data -> 104.
    const size = 100 * FILE_CHUNK_BYTES - 10;
    const { batches, stored, key, fileId } = await encryptAll(content(size), 3);
    expect(stored.length).toBe(encryptedFileSize(size));
    expect(Math.max(...batches.slice(1).map((b) => b.length))).toBeLessThanOrEqual(3 * FILE_CIPHER_CHUNK_BYTES);
    expect(decryptFileBytes(key, stored, { caseId, fileId }).length).toBe(size);
  });

  it('matches the one-shot encryption layout (same length, same chunk boundaries)', async () => {
    const data = content(3 * FILE_CHUNK_BYTES + 5);
    const { stored } = await encryptAll(data, 4);
    const oneShot = encryptFileBytes(generateFileKey(), data, { caseId, fileId: generateFileId() });
    expect(stored.length).toBe(oneShot.length);
  });

  it('fails with a read error when the file is shorter than it claimed (changed on disk)', async () => {
    const shrinking = {
      size: 3 * FILE_CHUNK_BYTES,
      stream: () => new Blob([new Uint8Array(10)]).stream(),
    } as unknown as Blob;
    const encryptor = new BlobEncryptor(shrinking, generateFileKey(), { caseId, fileId: generateFileId() }, 4);
    const error = await encryptor.nextBatch().then(() => null, (e: unknown) => e);
    expect(workerFailure(error)).toEqual({ type: 'failed', code: 'read_failed', detail: 'FileReadError' });
  });

  it('fails with a read error when the file is longer than it claimed (grew on disk)', async () => {
    const growing = {
      size: FILE_CHUNK_BYTES + 5,
      stream: () => new Blob([new Uint8Array(FILE_CHUNK_BYTES + 6)]).stream(),
    } as unknown as Blob;
    const encryptor = new BlobEncryptor(growing, generateFileKey(), { caseId, fileId: generateFileId() }, 4);
    const error = await encryptor.nextBatch().then(() => null, (e: unknown) => e);
    expect(workerFailure(error)).toEqual({ type: 'failed', code: 'read_failed', detail: 'FileReadError' });
  });
});

describe('hashBlobs (the hash worker’s core)', () => {
  it('gives the SHA-256 of each blob, streaming it, with growing progress', async () => {
    const a = content(2.5 * 1024 * 1024);
    const b = content(1000, 3);
    const progress: number[] = [];
    const digests = await hashBlobs([new Blob([a as BlobPart]), new Blob([b as BlobPart])], (n) => progress.push(n));
    expect(Buffer.from(digests[0] ?? []).toString('hex')).toBe(createHash('sha256').update(a).digest('hex'));
    expect(Buffer.from(digests[1] ?? []).toString('hex')).toBe(createHash('sha256').update(b).digest('hex'));
    expect(progress.at(-1)).toBe(a.length + b.length);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('hashes an empty file', async () => {
    const [digest] = await hashBlobs([new Blob([])], () => undefined);
    expect(Buffer.from(digest ?? []).toString('hex')).toBe(createHash('sha256').update('').digest('hex'));
  });

  it('uses WebCrypto in one piece for files up to 32 MiB, and streams larger ones', async () => {
    const oneShot = webCryptoDigest();
    if (oneShot === null) throw new Error('Node has WebCrypto');
    const small = content(300_000, 5);
    const sizes: number[] = [];
    const counting = (bytes: Uint8Array): Promise<Uint8Array> => {
      sizes.push(bytes.length);
      return oneShot(bytes);
    };
    const big = new Blob([new Uint8Array(ONE_SHOT_DIGEST_BYTES + 1) as BlobPart]);
    const [smallDigest, bigDigest] = await hashBlobs([new Blob([small as BlobPart]), big], () => undefined, counting);
    expect(sizes).toEqual([300_000]);
    expect(Buffer.from(smallDigest ?? []).toString('hex')).toBe(createHash('sha256').update(small).digest('hex'));
    expect(Buffer.from(bigDigest ?? []).toString('hex')).toBe(
      createHash('sha256').update(new Uint8Array(ONE_SHOT_DIGEST_BYTES + 1)).digest('hex'),
    );
  });
});

describe('CipherSource (what tus reads)', () => {
  async function sourceFor(size: number) {
    const data = content(size);
    const key = generateFileKey();
    const fileId = generateFileId();
    const encryptor = new BlobEncryptor(new Blob([data as BlobPart]), key, { caseId, fileId }, 3);
    let reads = 0;
    const source = new CipherSource(
      {
        read: async () => {
          reads++;
          return encryptor.nextBatch();
        },
      },
      encryptedFileSize(size),
    );
    return { source, data, key, fileId, reads: () => reads };
  }

  const bytesOf = async (blob: Blob | null): Promise<Uint8Array> => new Uint8Array(await (blob ?? new Blob([])).arrayBuffer());

  it('serves consecutive slices that decrypt to the file, reading only as far as asked', async () => {
    const size = 20 * FILE_CHUNK_BYTES + 99;
    const { source, data, key, fileId, reads } = await sourceFor(size);
    const step = 4 * FILE_CIPHER_CHUNK_BYTES + 1000;
    const parts: Uint8Array[] = [];
    const first = await source.slice(0, step);
    parts.push(await bytesOf(first.value));
    // Only enough batches for the first slice were read (3 chunks a batch, header in the first).
    expect(reads()).toBeLessThanOrEqual(2);
    for (let start = step; start < source.size; start += step) {
      const slice = await source.slice(start, start + step);
      parts.push(await bytesOf(slice.value));
      expect(slice.done).toBe(start + step >= source.size);
    }
    const stored = concatBytes(...parts);
    expect(stored.length).toBe(source.size);
    expect(Buffer.from(decryptFileBytes(key, stored, { caseId, fileId })).equals(Buffer.from(data))).toBe(true);
  });

  it('resumes from a server offset inside the last request, as after a dropped connection', async () => {
    const size = 12 * FILE_CHUNK_BYTES;
    const { source, key, fileId, data } = await sourceFor(size);
    const step = 5 * FILE_CIPHER_CHUNK_BYTES;
    const a = await bytesOf((await source.slice(0, step)).value);
    const b = await bytesOf((await source.slice(step, 2 * step)).value);
    // The second request broke after 12,345 bytes reached the server: tus asks again from there.
    const resumeAt = step + 12_345;
    const rest: Uint8Array[] = [];
    for (let start = resumeAt; start < source.size; start += step) rest.push(await bytesOf((await source.slice(start, start + step)).value));
    const stored = concatBytes(a, b.subarray(0, 12_345), ...rest);
    expect(Buffer.from(decryptFileBytes(key, stored, { caseId, fileId })).equals(Buffer.from(data))).toBe(true);
  });

  it('refuses to go back before the current request (those bytes are gone), with a typed error', async () => {
    const { source } = await sourceFor(12 * FILE_CHUNK_BYTES);
    const step = 5 * FILE_CIPHER_CHUNK_BYTES;
    await source.slice(0, step);
    await source.slice(step, 2 * step);
    await source.slice(2 * step, 3 * step);
    await expect(source.slice(0, step)).rejects.toBeInstanceOf(FileTransferError);
  });

  it('fails when the encryptor delivers more than the declared size', async () => {
    const source = new CipherSource({ read: () => Promise.resolve({ bytes: new Uint8Array(100), last: true }) }, 50);
    await expect(source.slice(0, 50)).rejects.toBeInstanceOf(FileTransferError);
  });
});

describe('ChunkAssembler (downloads)', () => {
  it('cuts arbitrary network pieces into the header and whole chunks', () => {
    const stored = encryptFileBytes(generateFileKey(), content(3 * FILE_CHUNK_BYTES), { caseId, fileId: generateFileId() });
    const assembler = new ChunkAssembler();
    const headers: Uint8Array[] = [];
    const chunks: Uint8Array[] = [];
    for (let offset = 0, piece = 1; offset < stored.length; offset += piece, piece = (piece * 7 + 13) % 50_000 + 1) {
      const out = assembler.push(stored.subarray(offset, offset + piece));
      if (out.header) headers.push(out.header);
      chunks.push(...out.chunks);
    }
    expect(headers).toHaveLength(1);
    expect(Buffer.from(headers[0] ?? []).equals(Buffer.from(stored.subarray(0, FILE_HEADER_BYTES)))).toBe(true);
    expect(chunks.every((chunk) => chunk.length === FILE_CIPHER_CHUNK_BYTES)).toBe(true);
    expect(Buffer.from(concatBytes(headers[0] ?? new Uint8Array(), ...chunks)).equals(Buffer.from(stored))).toBe(true);
    expect(assembler.complete).toBe(true);
  });

  it('is incomplete when the stream stops mid-chunk', () => {
    const assembler = new ChunkAssembler();
    assembler.push(new Uint8Array(FILE_HEADER_BYTES + 10));
    expect(assembler.complete).toBe(false);
  });
});

describe('refusalFor (what the server’s answers mean for an upload)', () => {
  it('maps final refusals to typed errors in plain words', () => {
    expect(refusalFor('POST', 413, 'quota_exceeded', 'a.jpg', 10)?.code).toBe('over_quota');
    expect(refusalFor('POST', 413, 'file_too_large', 'a.jpg', 10)?.code).toBe('too_large');
    expect(refusalFor('HEAD', 404, 'not_found', 'a.jpg', 10)?.code).toBe('not_found');
    expect(refusalFor('POST', 409, 'file_exists', 'a.jpg', 10)?.code).toBe('server');
    expect(refusalFor('POST', 400, 'invalid_upload', 'a.jpg', 10)?.message).toContain('error 400');
  });

  it('leaves resumable answers and session renewal to tus and the caller', () => {
    expect(refusalFor('PATCH', 409, 'conflict', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('PATCH', 423, '', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('PATCH', 401, 'unauthorized', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('PATCH', 503, '', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('PATCH', 204, '', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('DELETE', 404, '', 'a.jpg', 10)).toBeNull();
  });
});
