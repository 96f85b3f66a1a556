// The upload benchmark's page (bench/upload.ts parts c and d). Built with Vite like the real
// client (same libsodium alias, module workers) and served by the Thicket server under test, so
// the workers, the tus endpoint and the security headers are the real ones. Runs only on order
// of the benchmark, through window.thicketUploadBench.
import { FILE_CHUNK_BYTES, createFileEncryptor, encryptedFileSize, fromBase64Url, generateFileId, generateFileKey, ready } from '../../../crypto/index';
import { EncryptedStream, prepareEncryptWorker } from '../../../client/shared/files/encrypt-client';
import { hashInWorker, prepareHashWorker } from '../../../client/shared/files/hash-client';
import { startUpload } from '../../../client/shared/files/index';
import type { AttachInput, AttachResult, PipelineSpeed, PipelineWorkers, Speed } from './harness-api';

/** `bytes` of CSPRNG-made content: one 64 KiB random block repeated (copying is native, fast even without a JIT). */
function content(bytes: number): Uint8Array<ArrayBuffer> {
  const block = crypto.getRandomValues(new Uint8Array(FILE_CHUNK_BYTES));
  const data = new Uint8Array(bytes);
  for (let offset = 0; offset < bytes; offset += block.length) data.set(block.subarray(0, Math.min(block.length, bytes - offset)), offset);
  return data;
}

function randomCaseId(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

async function rawEncrypt(bytes: number): Promise<Speed> {
  await ready();
  const encryptor = createFileEncryptor(generateFileKey(), { caseId: randomCaseId(), fileId: generateFileId() });
  const chunk = crypto.getRandomValues(new Uint8Array(FILE_CHUNK_BYTES));
  const chunks = Math.ceil(bytes / FILE_CHUNK_BYTES);
  let out = 0;
  const start = performance.now();
  for (let i = 0; i < chunks; i += 1) {
    for (const cipher of encryptor.push(chunk, false)) out += cipher.length;
  }
  const milliseconds = performance.now() - start;
  if (out === 0) throw new Error('nothing encrypted');
  return { bytes: chunks * FILE_CHUNK_BYTES, milliseconds, webAssembly: typeof WebAssembly };
}

async function pipelineEncrypt(bytes: number, workers: PipelineWorkers, prepared: boolean): Promise<PipelineSpeed> {
  const data = content(bytes);
  const blob = new Blob([data]);
  // Untimed: the page's copy of the content has reached the browser (a chosen File is on disk
  // already). When `prepared`, also the workers the pipeline starts ahead of time have loaded,
  // as they have when a file follows another or the page prepared them when files were chosen;
  // otherwise (a page's very first file) starting them is part of the time.
  await blob.slice(Math.max(0, bytes - 1)).arrayBuffer();
  if (prepared && !(await Promise.all([prepareEncryptWorker(), prepareHashWorker()])).every(Boolean)) {
    throw new Error('the file workers could not start');
  }
  const key = generateFileKey();
  const start = performance.now();
  const hash = workers === 'encrypt' ? null : hashInWorker([blob], 'benchmark.bin', () => undefined);
  const stream = workers === 'hash' ? null : new EncryptedStream(blob, key, { caseId: randomCaseId(), fileId: generateFileId() }, 'benchmark.bin');
  let cipherBytes = 0;
  let firstBatchMilliseconds = 0;
  let digests: Uint8Array[] = [];
  let milliseconds: number;
  try {
    while (stream !== null) {
      const batch = await stream.read();
      if (cipherBytes === 0) firstBatchMilliseconds = performance.now() - start;
      cipherBytes += batch.bytes.length;
      if (batch.last) break;
    }
    if (hash !== null) digests = await hash.digests;
    milliseconds = performance.now() - start;
  } finally {
    stream?.terminate();
    hash?.terminate();
  }
  if (stream !== null && cipherBytes !== encryptedFileSize(bytes)) {
    throw new Error(`the pipeline made ${String(cipherBytes)} bytes, expected ${String(encryptedFileSize(bytes))}`);
  }
  if (hash !== null) {
    // Untimed: the digest must be the file's SHA-256 (checked with the browser's own).
    const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    if (digests.length !== 1 || digests[0]?.join(',') !== expected.join(',')) throw new Error('the pipeline gave a wrong SHA-256');
  }
  return { bytes, milliseconds, webAssembly: typeof WebAssembly, workers, prepared, firstBatchMilliseconds };
}

async function attach(input: AttachInput): Promise<AttachResult> {
  const file = new File([content(input.bytes)], 'evidence.bin', { type: 'application/octet-stream' });
  let phase = 'none';
  const start = performance.now();
  const handle = startUpload(
    {
      caseId: fromBase64Url(input.caseId),
      asProsecutor: false,
      getToken: async (refused) => {
        const renew = window.thicketBenchRenewToken;
        if (refused === undefined || renew === undefined) return input.token;
        return renew();
      },
    },
    { original: file, content: file, name: file.name, type: file.type, metadata: { action: 'not-checked', removed: [] } },
    (progress) => {
      phase = progress.phase;
    },
  );
  const entry = await handle.done;
  const milliseconds = performance.now() - start;
  if (entry.size !== input.bytes) throw new Error(`manifest says ${String(entry.size)} bytes, sent ${String(input.bytes)}`);
  return { bytes: input.bytes, milliseconds, webAssembly: typeof WebAssembly, storedBytes: encryptedFileSize(input.bytes), phase };
}

window.thicketUploadBench = { rawEncrypt, pipelineEncrypt, attach };
