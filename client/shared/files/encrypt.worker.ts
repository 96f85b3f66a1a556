// The encrypt worker: one per uploaded file. Reads the file in slices and encrypts it with the
// file's key (encrypt-core.ts), handing out one ciphertext batch each time the page asks, so at
// most a batch or two of the file is in memory at once however large it is. The key is wiped
// here once the encryptor holds it; terminating the worker takes the rest with it.
import { ready } from '../../../crypto/index';
import { BlobEncryptor } from './encrypt-core';
import { workerFailure, type EncryptRequest, type EncryptResponse } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EncryptRequest>) => void) | null;
  postMessage(message: EncryptResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let encryptor: BlobEncryptor | null = null;
let failed = false;
// Requests run one at a time, in order: 'next' relies on the 'start' before it.
let queue: Promise<void> = Promise.resolve();

async function handle(request: EncryptRequest): Promise<void> {
  if (request.type === 'start') {
    await ready();
    encryptor = new BlobEncryptor(request.content, request.key, { caseId: request.caseId, fileId: request.fileId }, request.batchChunks);
    request.key.fill(0);
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
