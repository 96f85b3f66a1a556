// The page's side of the hash worker: SHA-256 of the file to send (and of the original when a
// cleaned copy is sent) computed on another core while the file is encrypted and uploaded. Each
// file gets a worker of its own; the next file's is started when a job ends (digests, failure or
// terminate: worker-reserve.ts), and prepareHashWorker() lets the page start one early.
import { msg } from '../i18n/message';
import { FileTransferError } from './errors';
import { failureToError } from './encrypt-client';
import type { HashRequest, HashResponse } from './worker-protocol';
import { isWorkerReady, type WorkerReady } from './worker-ready';
import { WorkerReserve } from './worker-reserve';

const reserve = new WorkerReserve(() => new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' }));

/** Starts a hash worker ahead of time, for the next file; resolves once it is ready (false if it could not start). */
export function prepareHashWorker(): Promise<boolean> {
  return reserve.prepare();
}

export interface HashJob {
  /** The digests, in the order of the blobs. Rejects with FileTransferError. */
  readonly digests: Promise<Uint8Array[]>;
  terminate(): void;
}

export function hashInWorker(blobs: readonly Blob[], fileName: string, onProgress: (bytesHashed: number) => void): HashJob {
  let worker: Worker;
  try {
    worker = reserve.take();
  } catch {
    const error = new FileTransferError('worker_failed', msg('common:files.noHashWorker'));
    return { digests: Promise.reject(error), terminate: () => undefined };
  }
  let settle: { resolve: (digests: Uint8Array[]) => void; reject: (error: Error) => void } | null = null;
  const digests = new Promise<Uint8Array[]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (result: Uint8Array[] | FileTransferError): void => {
    const pending = settle;
    settle = null;
    worker.terminate();
    if (pending === null) return;
    void reserve.prepare();
    if (result instanceof FileTransferError) pending.reject(result);
    else pending.resolve(result);
  };
  worker.onmessage = (event: MessageEvent<HashResponse | WorkerReady>) => {
    const response = event.data;
    if (isWorkerReady(response)) return;
    if (response.type === 'progress') onProgress(response.bytesHashed);
    else if (response.type === 'digests') {
      onProgress(blobs.reduce((sum, blob) => sum + blob.size, 0));
      finish([...response.digests]);
    } else finish(failureToError(response, fileName));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(new FileTransferError('worker_failed', msg('common:files.hashNotStarted')));
  };
  const request: HashRequest = { type: 'hash', blobs };
  worker.postMessage(request);
  // A failure is reported to whoever awaits `digests`; keep an unawaited one from being "unhandled".
  digests.catch(() => undefined);
  return { digests, terminate: () => finish(new FileTransferError('cancelled', msg('common:files.hashStopped'))) };
}
