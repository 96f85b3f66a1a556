// The encrypt worker: one per uploaded file. Streams the file and encrypts it with the file's
// key (encrypt-core.ts), handing out one ciphertext batch each time the page asks, so at most a
// few batches of the file are in memory at once however large it is. As soon as the worker
// starts, libsodium loads and a little throwaway data is encrypted (encrypt-warm-up.ts), so a worker
// started ahead of time (encrypt-client.ts) is at full speed when its file comes; it then says
// 'ready'. The key is wiped here once the encryptor holds it; terminating the worker takes the
// rest with it.
import { ready } from '../../../crypto/index';
import { BlobEncryptor } from './encrypt-core';
import { warmUpEncryption } from './encrypt-warm-up';
import { workerFailure, type EncryptRequest, type EncryptResponse } from './worker-protocol';
import { WORKER_READY, type WorkerReady } from './worker-ready';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EncryptRequest>) => void) | null;
  postMessage(message: EncryptResponse | WorkerReady, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const sodiumReady = ready();
// A failure to start is reported in answer to 'start'; a failed warm-up only costs speed.
sodiumReady
  .then(() => warmUpEncryption())
  .catch(() => undefined)
  .then(() => scope.postMessage(WORKER_READY, []), () => undefined);
let encryptor: BlobEncryptor | null = null;
let failed = false;
// Requests run one at a time, in order: 'next' relies on the 'start' before it.
let queue: Promise<void> = Promise.resolve();

async function handle(request: EncryptRequest): Promise<void> {
  if (request.type === 'start') {
    try {
      await sodiumReady;
      encryptor = new BlobEncryptor(request.content, request.key, { caseId: request.caseId, fileId: request.fileId }, request.batchChunks);
    } finally {
      request.key.fill(0);
    }
    return;
  }
  if (encryptor === null) throw new Error('no file to encrypt');
  const batch = await encryptor.nextBatch();
  scope.postMessage({ type: 'batch', ...batch }, [batch.bytes.buffer as ArrayBuffer]);
}

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    if (failed) return;
    try {
      await handle(request);
    } catch (error) {
      failed = true;
      encryptor = null;
      scope.postMessage(workerFailure(error), []);
    }
  });
};
