// Downloads fail closed: only a file whose every chunk authenticates and whose size and SHA-256
// match the manifest is offered. Real crypto; only the network (fetch) is played by the test.
import { createHash } from 'node:crypto';
import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  FILE_CIPHER_CHUNK_BYTES,
  deriveCaseKeys,
  encryptFileBytes,
  generateCaseEntropy,
  generateFileId,
  generateFileKey,
  ready,
} from '../../../../../crypto/index';
import { startDownload } from '../../../../../client/shared/files/download';
import { FileIntegrityError, FileTransferError } from '../../../../../client/shared/files/errors';
import { manifestEntry } from '../../../../../client/shared/files/manifest';
import type { DownloadSource, FileManifestEntryV1, TransferProgress } from '../../../../../client/shared/files/types';

let caseId: Uint8Array;
let data: Uint8Array;
let stored: Uint8Array;
let entry: FileManifestEntryV1;

beforeAll(async () => {
  await ready();
  caseId = deriveCaseKeys(generateCaseEntropy()).caseId;
  data = new Uint8Array(200_000).map((_, i) => (i * 13 + 1) % 256);
  const key = generateFileKey();
  const fileId = generateFileId();
  stored = encryptFileBytes(key, data, { caseId, fileId });
  const digest = new Uint8Array(createHash('sha256').update(data).digest());
  entry = manifestEntry({
    fileId,
    key,
    name: 'market.png',
    type: 'image/png',
    size: data.length,
    sha256: digest,
    originalSha256: digest,
    originalSize: data.length,
    metadata: { action: 'none-found', removed: [] },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A response streaming `bytes` in uneven pieces. */
function streamed(bytes: Uint8Array, status = 200): Response {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const piece = bytes.slice(offset, offset + 30_001);
      offset += piece.length;
      controller.enqueue(piece);
    },
  });
  return new Response(body, { status });
}

function serve(...responses: Response[]): string[] {
  const tokens: string[] = [];
  const queue = [...responses];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    tokens.push(new Headers(init.headers).get('authorization') ?? '');
    const next = queue.shift();
    return next === undefined ? Promise.reject(new TypeError('offline')) : Promise.resolve(next);
  });
  return tokens;
}

function source(overrides: Partial<DownloadSource> = {}): DownloadSource {
  return { url: '/api/case/files/x', getToken: () => Promise.resolve('token-1'), caseId, entry, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('startDownload', () => {
  it('decrypts, checks and previews an intact image, reporting progress to the end', async () => {
    const tokens = serve(streamed(stored));
    const progress: TransferProgress[] = [];
    const handle = startDownload(source(), 'preview', (p) => progress.push(p));
    const url = await handle.preview;
    await handle.done;
    expect(tokens).toEqual(['Bearer token-1']);
    expect(url).toMatch(/^blob:/);
    const blob = resolveObjectURL(url ?? '');
    expect(blob?.type).toBe('image/png');
    expect(Buffer.from(await (blob as Blob).arrayBuffer()).equals(Buffer.from(data))).toBe(true);
    expect(progress.at(-1)?.phase).toBe('done');
    URL.revokeObjectURL(url ?? '');
  });

  it('hashes as it decrypts where WebCrypto is missing (a plain-http page), with the same verdicts', async () => {
    const random = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    vi.stubGlobal('crypto', { getRandomValues: random });
    serve(streamed(stored));
    await expect(startDownload(source(), 'preview', () => undefined).done).resolves.toBeUndefined();
    serve(streamed(stored));
    const wrong = { ...entry, sha256: createHash('sha256').update('not the file').digest('hex') };
    const error = await failure(startDownload(source({ entry: wrong }), 'preview', () => undefined).done);
    expect((error as FileIntegrityError).reason).toBe('digest');
  });

  it('renews a refused session once and tries again', async () => {
    const tokens = serve(new Response(null, { status: 401 }), streamed(stored));
    const asked: (string | undefined)[] = [];
    const handle = startDownload(
      source({
        getToken: (refused) => {
          asked.push(refused);
          return Promise.resolve(refused === undefined ? 'old' : 'new');
        },
      }),
      'preview',
      () => undefined,
    );
    await handle.done;
    expect(asked).toEqual([undefined, 'old']);
    expect(tokens).toEqual(['Bearer old', 'Bearer new']);
  });

  it('refuses a file with one altered chunk', async () => {
    const altered = stored.slice();
    const at = 24 + FILE_CIPHER_CHUNK_BYTES + 100;
    altered[at] = (altered[at] ?? 0) ^ 1;
    serve(streamed(altered));
    const progress: TransferProgress[] = [];
    const handle = startDownload(source(), 'preview', (p) => progress.push(p));
    const error = await failure(handle.preview);
    expect(error).toBeInstanceOf(FileIntegrityError);
    expect((error as FileIntegrityError).reason).toBe('chunk');
    expect(await failure(handle.done)).toBe(error);
    expect(progress.at(-1)).toMatchObject({ phase: 'failed', message: (error as Error).message });
  });

  it('refuses a file cut short, and one with bytes added', async () => {
    serve(streamed(stored.subarray(0, stored.length - FILE_CIPHER_CHUNK_BYTES)));
    const cut = await failure(startDownload(source(), 'preview', () => undefined).done);
    expect(cut).toBeInstanceOf(FileIntegrityError);
    expect((cut as FileIntegrityError).reason).toBe('truncated');

    serve(streamed(new Uint8Array([...stored, 1, 2, 3])));
    expect(await failure(startDownload(source(), 'preview', () => undefined).done)).toBeInstanceOf(FileIntegrityError);
  });

  it('refuses a file whose manifest SHA-256 does not match (must fail)', async () => {
    serve(streamed(stored));
    const wrong = { ...entry, sha256: createHash('sha256').update('not the file').digest('hex') };
    const error = await failure(startDownload(source({ entry: wrong }), 'preview', () => undefined).preview);
    expect(error).toBeInstanceOf(FileIntegrityError);
    expect((error as FileIntegrityError).reason).toBe('digest');
  });

  it('refuses a manifest that claims another size', async () => {
    serve(streamed(stored));
    const error = await failure(startDownload(source({ entry: { ...entry, size: entry.size - 1 } }), 'preview', () => undefined).done);
    expect(error).toBeInstanceOf(FileIntegrityError);
  });

  it('never previews a type that is not a plain image', async () => {
    const tokens = serve(streamed(stored));
    const svg = { ...entry, type: 'image/svg+xml' };
    const error = await failure(startDownload(source({ entry: svg }), 'preview', () => undefined).preview);
    expect(error).toBeInstanceOf(FileTransferError);
    expect((error as FileTransferError).code).toBe('unsupported');
    expect(tokens).toEqual([]);
  });

  it('says plainly when the file is not on the server or the connection fails', async () => {
    serve(new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }), { status: 404 }));
    const missing = await failure(startDownload(source(), 'preview', () => undefined).done);
    expect((missing as FileTransferError).code).toBe('not_found');
    serve();
    const offline = await failure(startDownload(source(), 'preview', () => undefined).done);
    expect((offline as FileTransferError).code).toBe('network');
  });

  it('stops when cancelled', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const progress: TransferProgress[] = [];
    const handle = startDownload(source(), 'preview', (p) => progress.push(p));
    await new Promise((resolve) => setTimeout(resolve, 10));
    handle.cancel();
    const error = await failure(handle.done);
    expect((error as FileTransferError).code).toBe('cancelled');
    expect(progress.at(-1)?.phase).toBe('cancelled');
  });
});
