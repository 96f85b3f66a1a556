// The parts that make the upload pipeline fast, run in Node with real crypto: the Blob stream
// reader (pieces of any size put together into exact reads, files that shrank or grew refused),
// the streaming SHA-256 (WebAssembly, and JavaScript where there is no WebAssembly), the
// encryptor over irregular stream pieces, the reserve of workers started ahead of time, and the
// page's reader of ciphertext batches (its look-ahead stays bounded and never asks past the end),
// driven through a stand-in for the Worker global that runs the real encrypt core in-process.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  FILE_CHUNK_BYTES,
  concatBytes,
  decryptFileBytes,
  deriveCaseKeys,
  encryptedFileSize,
  generateCaseEntropy,
  generateFileId,
  generateFileKey,
  ready,
} from '../../../../../crypto/index';
import { BlobReader } from '../../../../../client/shared/files/blob-reader';
import { AHEAD_BATCHES, BATCH_CHUNKS, EncryptedStream, prepareEncryptWorker } from '../../../../../client/shared/files/encrypt-client';
import { BlobEncryptor, batchCount } from '../../../../../client/shared/files/encrypt-core';
import { FileTransferError } from '../../../../../client/shared/files/errors';
import { hashBlobs } from '../../../../../client/shared/files/hash-core';
import { createSha256Stream, jsSha256, wasmSha256, warmUpHash } from '../../../../../client/shared/files/sha256-stream';
import { warmUpEncryption } from '../../../../../client/shared/files/encrypt-warm-up';
import { BlobReadError, workerFailure, type EncryptRequest } from '../../../../../client/shared/files/worker-protocol';
import { WorkerReserve } from '../../../../../client/shared/files/worker-reserve';

function content(size: number, seed = 11): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 131 + seed + (i >> 9)) % 251;
  return bytes;
}

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');
const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A Blob whose stream hands out `data` in pieces of the given sizes (cycled), as a browser's may. */
function piecewiseBlob(data: Uint8Array, pieces: readonly number[], size = data.length): Blob {
  return {
    size,
    stream: () => {
      let offset = 0;
      let index = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= data.length) {
            controller.close();
            return;
          }
          const length = pieces[index % pieces.length] ?? 1;
          index++;
          // A fresh copy each time, as a real stream gives: nothing may depend on earlier pieces staying put.
          controller.enqueue(data.slice(offset, offset + length));
          offset += length;
        },
      });
    },
  } as unknown as Blob;
}

const IRREGULAR = [1, 100, FILE_CHUNK_BYTES - 1, FILE_CHUNK_BYTES + 1, 0, 3 * FILE_CHUNK_BYTES + 7, 17, 2 * 1024 * 1024];

let caseId: Uint8Array;

beforeAll(async () => {
  await ready();
  caseId = deriveCaseKeys(generateCaseEntropy()).caseId;
});

describe('BlobReader', () => {
  it('puts pieces of any size together into exact reads, copying only what straddles pieces', async () => {
    const data = content(700_000);
    const reader = new BlobReader(piecewiseBlob(data, IRREGULAR));
    const parts: Uint8Array[] = [];
    const lengths = [0, 5, FILE_CHUNK_BYTES, 1, 300_000, FILE_CHUNK_BYTES];
    let done = 0;
    for (let i = 0; done < data.length; i++) {
      const length = Math.min(lengths[i % lengths.length] ?? 1, data.length - done);
      const part = await reader.read(length);
      expect(part.length).toBe(length);
      parts.push(part.slice());
      done += length;
    }
    await reader.finish();
    expect(hex(concatBytes(...parts))).toBe(hex(data));
  });

  it('hands out at most `max` bytes at a time with readSome, then null at the end', async () => {
    const data = content(300_000);
    const reader = new BlobReader(piecewiseBlob(data, [250_000, 50_000]));
    const sizes: number[] = [];
    const parts: Uint8Array[] = [];
    for (let piece = await reader.readSome(100_000); piece !== null; piece = await reader.readSome(100_000)) {
      sizes.push(piece.length);
      parts.push(piece.slice());
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100_000);
    expect(hex(concatBytes(...parts))).toBe(hex(data));
    expect(await reader.readSome()).toBeNull();
  });

  it('reads an empty blob', async () => {
    const reader = new BlobReader(new Blob([]));
    expect((await reader.read(0)).length).toBe(0);
    expect(await reader.readSome()).toBeNull();
    await reader.finish();
  });

  it('refuses a blob whose stream is shorter than its size (the file shrank on disk)', async () => {
    const reader = new BlobReader(piecewiseBlob(content(1000), [300], 2000));
    await expect(reader.read(1500)).rejects.toBeInstanceOf(BlobReadError);
    const hashing = new BlobReader(piecewiseBlob(content(1000), [300], 2000));
    const drain = async (): Promise<void> => {
      while ((await hashing.readSome()) !== null) {
        // reading to the end
      }
    };
    await expect(drain()).rejects.toBeInstanceOf(BlobReadError);
  });

  it('refuses a blob whose stream is longer than its size (the file grew on disk)', async () => {
    const reader = new BlobReader(piecewiseBlob(content(1000), [999, 1], 999));
    expect((await reader.read(999)).length).toBe(999);
    await expect(reader.finish()).rejects.toBeInstanceOf(BlobReadError);
    const whole = new BlobReader(piecewiseBlob(content(1000), [1000], 999));
    await expect(whole.readSome()).rejects.toBeInstanceOf(BlobReadError);
  });

  it('passes on the error of a stream that fails (the file can no longer be read)', async () => {
    const failing = {
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.error(new DOMException('gone', 'NotReadableError'));
          },
        }),
    } as unknown as Blob;
    const error = await new BlobReader(failing).read(10).then(() => null, (e: unknown) => e);
    expect(workerFailure(error)).toEqual({ type: 'failed', code: 'read_failed', detail: 'NotReadableError' });
  });
});

describe('streaming SHA-256', () => {
  const data = content(3 * 1024 * 1024 + 333, 5);

  it.each([
    ['WebAssembly (hash-wasm)', wasmSha256],
    ['JavaScript (@noble/hashes)', () => Promise.resolve(jsSha256())],
  ])('%s gives the same digest as Node, fed in pieces of any size', async (_name, make) => {
    const stream = await make();
    let offset = 0;
    for (let i = 0; offset < data.length; i++) {
      const length = IRREGULAR[i % IRREGULAR.length] ?? 1;
      stream.update(data.subarray(offset, offset + length));
      offset += length;
    }
    expect(hex(stream.digest())).toBe(sha256Hex(data));
  });

  it('uses WebAssembly where there is WebAssembly, and JavaScript where there is none (Tor Browser "Safer")', async () => {
    expect((await createSha256Stream()).engine).toBe('wasm');
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const stream = await createSha256Stream();
      expect(stream.engine).toBe('js');
      stream.update(data);
      expect(hex(stream.digest())).toBe(sha256Hex(data));
    } finally {
      vi.unstubAllGlobals();
    }
    expect((await createSha256Stream()).engine).toBe('wasm');
  });

  it('falls back to JavaScript when the WebAssembly cannot be compiled (a policy that forbids it)', async () => {
    const refused = (): Promise<never> => Promise.reject(new WebAssembly.CompileError('refused by policy'));
    const stream = await createSha256Stream(refused);
    expect(stream.engine).toBe('js');
    stream.update(data);
    expect(hex(stream.digest())).toBe(sha256Hex(data));
  });

  it('hashBlobs streams large blobs through either engine to the right digest', async () => {
    const blob = piecewiseBlob(data, IRREGULAR);
    const [wasm] = await hashBlobs([blob], () => undefined, null, wasmSha256);
    const [js] = await hashBlobs([blob], () => undefined, null, () => Promise.resolve(jsSha256()));
    expect(hex(wasm)).toBe(sha256Hex(data));
    expect(hex(js)).toBe(sha256Hex(data));
  });

  it('warms up only a WebAssembly stream, which is then used up', async () => {
    const wasm = await wasmSha256();
    warmUpHash(wasm);
    expect(() => wasm.update(new Uint8Array(1))).toThrow();
    const js = jsSha256();
    warmUpHash(js);
    js.update(data);
    expect(hex(js.digest())).toBe(sha256Hex(data));
  });
});

describe('BlobEncryptor over a stream in irregular pieces', () => {
  it.each([0, 5, FILE_CHUNK_BYTES, 40 * FILE_CHUNK_BYTES + 3, 100 * FILE_CHUNK_BYTES])('a %i-byte file decrypts to the same bytes', async (size) => {
    const data = content(size, 3);
    const key = generateFileKey();
    const fileId = generateFileId();
    const encryptor = new BlobEncryptor(piecewiseBlob(data, IRREGULAR), key, { caseId, fileId }, 16);
    const batches: Uint8Array[] = [];
    for (;;) {
      const batch = await encryptor.nextBatch();
      batches.push(batch.bytes);
      if (batch.last) break;
    }
    expect(batches).toHaveLength(batchCount(size, 16));
    const stored = concatBytes(...batches);
    expect(stored.length).toBe(encryptedFileSize(size));
    expect(hex(decryptFileBytes(key, stored, { caseId, fileId }))).toBe(hex(data));
    await expect(encryptor.nextBatch()).rejects.toThrow('already ended');
  });

  it('the warm-up encrypts throwaway data without failing', async () => {
    await expect(warmUpEncryption()).resolves.toBeUndefined();
  });
});

/** A stand-in for a Worker: answers like a file worker, in order and asynchronously. */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(private readonly loads: boolean) {
    setTimeout(() => (this.loads ? this.emit({ type: 'ready' }) : this.crash()), 1);
  }
  postMessage(_message: unknown): void {
    // Only the reserve's readiness is tested with this one.
  }
  terminate(): void {
    this.terminated = true;
  }
  protected emit(data: unknown): void {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<unknown>);
    }, 0);
  }
  private crash(): void {
    if (!this.terminated) this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
  }
}

describe('WorkerReserve', () => {
  it('keeps one worker started ahead of time, hands it out once, then starts new ones', async () => {
    const made: FakeWorker[] = [];
    const reserve = new WorkerReserve(() => {
      const worker = new FakeWorker(true);
      made.push(worker);
      return worker as unknown as Worker;
    });
    await expect(reserve.prepare()).resolves.toBe(true);
    await expect(reserve.prepare()).resolves.toBe(true);
    expect(made).toHaveLength(1);
    expect(reserve.take()).toBe(made[0]);
    const fresh = reserve.take();
    expect(made).toHaveLength(2);
    expect(fresh).toBe(made[1]);
  });

  it('a spare taken while it still loads counts as ready, and its new owner gets its messages', async () => {
    const reserve = new WorkerReserve(() => new FakeWorker(true) as unknown as Worker);
    const prepared = reserve.prepare();
    const worker = reserve.take();
    const seen: unknown[] = [];
    worker.onmessage = (event: MessageEvent<unknown>) => seen.push(event.data);
    await expect(prepared).resolves.toBe(true);
    // The fake answers after two timers; a fixed wait could run first on a busy machine.
    await expect.poll(() => seen.length).toBe(1);
    expect(seen).toEqual([{ type: 'ready' }]);
  });

  it('drops a spare that fails to load, so the next file starts a worker of its own', async () => {
    const made: FakeWorker[] = [];
    let loads = false;
    const reserve = new WorkerReserve(() => {
      const worker = new FakeWorker(loads);
      made.push(worker);
      return worker as unknown as Worker;
    });
    await expect(reserve.prepare()).resolves.toBe(false);
    expect(made[0]?.terminated).toBe(true);
    loads = true;
    const next = reserve.take();
    expect(made).toHaveLength(2);
    expect(next).toBe(made[1]);
  });

  it('says false when no worker can be started at all, and take() throws', async () => {
    const reserve = new WorkerReserve(() => {
      throw new Error('no workers here');
    });
    await expect(reserve.prepare()).resolves.toBe(false);
    expect(() => reserve.take()).toThrow('no workers here');
  });
});

/** A stand-in for the encrypt worker: the real encrypt core, run in-process, answering in order. */
class FakeEncryptWorker extends FakeWorker {
  static made: FakeEncryptWorker[] = [];
  asked = 0;
  answered = 0;
  maxOutstanding = 0;
  private encryptor: BlobEncryptor | null = null;
  private failed = false;
  private queue: Promise<void> = Promise.resolve();

  constructor() {
    super(true);
    FakeEncryptWorker.made.push(this);
  }

  override postMessage(message: EncryptRequest): void {
    if (message.type === 'next') {
      this.asked++;
      this.maxOutstanding = Math.max(this.maxOutstanding, this.asked - this.answered);
    }
    this.queue = this.queue.then(async () => {
      if (this.terminated || this.failed) return;
      try {
        if (message.type === 'start') {
          this.encryptor = new BlobEncryptor(message.content, message.key, { caseId: message.caseId, fileId: message.fileId }, message.batchChunks);
          return;
        }
        if (this.encryptor === null) throw new Error('no file to encrypt');
        const batch = await this.encryptor.nextBatch();
        this.answered++;
        this.emit({ type: 'batch', ...batch });
      } catch (error) {
        this.failed = true;
        this.emit(workerFailure(error));
      }
    });
  }
}

describe('EncryptedStream (the page’s reader of the encrypt worker)', () => {
  beforeAll(() => {
    vi.stubGlobal('Worker', FakeEncryptWorker);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const latest = (): FakeEncryptWorker => {
    const worker = FakeEncryptWorker.made.at(-1);
    if (worker === undefined) throw new Error('no worker was started');
    return worker;
  };

  it('reads every batch in order, keeps at most AHEAD_BATCHES asked for, and never asks past the end', async () => {
    const size = 5 * BATCH_CHUNKS * FILE_CHUNK_BYTES + 12_345;
    const data = content(size, 9);
    const key = generateFileKey();
    const fileId = generateFileId();
    const stream = new EncryptedStream(new Blob([data]), key, { caseId, fileId }, 'evidence.jpg');
    const worker = latest();
    const batches: Uint8Array[] = [];
    const plainDone: number[] = [];
    for (;;) {
      const batch = await stream.read();
      batches.push(batch.bytes);
      plainDone.push(batch.plainDone);
      if (batch.last) break;
    }
    expect(hex(decryptFileBytes(key, concatBytes(...batches), { caseId, fileId }))).toBe(hex(data));
    expect(worker.asked).toBe(batchCount(size, BATCH_CHUNKS));
    expect(worker.maxOutstanding).toBeLessThanOrEqual(AHEAD_BATCHES);
    expect(worker.maxOutstanding).toBeGreaterThan(1);
    expect(plainDone.at(-1)).toBe(size);
    await expect(stream.read()).rejects.toThrow('after the last batch');
    stream.terminate();
  });

  it('makes no more than AHEAD_BATCHES batches while nobody reads (bounded memory)', async () => {
    const size = 20 * BATCH_CHUNKS * FILE_CHUNK_BYTES;
    const stream = new EncryptedStream(new Blob([content(size)]), generateFileKey(), { caseId, fileId: generateFileId() }, 'big.bin');
    const worker = latest();
    // Waits until the worker has made what it may (polling: a busy machine is slow), then a while
    // longer to see it make no more.
    await expect.poll(() => worker.answered).toBe(AHEAD_BATCHES);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(worker.answered).toBe(AHEAD_BATCHES);
    await stream.read();
    await expect.poll(() => worker.answered).toBe(AHEAD_BATCHES + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.answered).toBe(AHEAD_BATCHES + 1);
    stream.terminate();
  });

  it('rejects with a read_failed FileTransferError when the file changed on disk', async () => {
    const shrinking = piecewiseBlob(content(3 * FILE_CHUNK_BYTES), [FILE_CHUNK_BYTES], 40 * FILE_CHUNK_BYTES);
    const stream = new EncryptedStream(shrinking, generateFileKey(), { caseId, fileId: generateFileId() }, 'photo.jpg');
    const error = await stream.read().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(FileTransferError);
    expect((error as FileTransferError).code).toBe('read_failed');
    expect((error as FileTransferError).message).toContain('photo.jpg');
    stream.terminate();
  });

  it('terminate() stops the worker, fails later reads as cancelled, and has the next file’s worker ready', async () => {
    const stream = new EncryptedStream(new Blob([content(40 * FILE_CHUNK_BYTES)]), generateFileKey(), { caseId, fileId: generateFileId() }, 'a.pdf');
    const worker = latest();
    await stream.read();
    const before = FakeEncryptWorker.made.length;
    stream.terminate();
    expect(worker.terminated).toBe(true);
    await expect(stream.read()).rejects.toMatchObject({ code: 'cancelled' });
    // A spare was started for the next file, and the next stream takes it instead of starting one.
    expect(FakeEncryptWorker.made.length).toBe(before + 1);
    await expect(prepareEncryptWorker()).resolves.toBe(true);
    const next = new EncryptedStream(new Blob([content(10)]), generateFileKey(), { caseId, fileId: generateFileId() }, 'b.txt');
    expect(FakeEncryptWorker.made.length).toBe(before + 1);
    expect((await next.read()).last).toBe(true);
    next.terminate();
  });
});
