// The page's side of the encrypt worker: a reader of ciphertext batches with back-pressure. The
// worker encrypts only when asked, and this reader keeps AHEAD_BATCHES requests outstanding, so
// the worker never waits for a message round trip and encryption overlaps the upload, while
// memory stays bounded (the batch in hand and AHEAD_BATCHES more). Each file gets a worker of
// its own; the next file's is started when a stream is terminated (its upload ended or was
// cancelled: worker-reserve.ts), so files after the first do not wait for libsodium to load,
// and prepareEncryptWorker() lets the page start one early (say, when files are chosen).
import type { FileContext } from '../../../crypto/index';
import { msg } from '../i18n/message';
import { batchCount } from './encrypt-core';
import { FileTransferError } from './errors';
import type { CipherBatch, EncryptRequest, EncryptResponse, WorkerFailure } from './worker-protocol';
import { isWorkerReady, type WorkerReady } from './worker-ready';
import { WorkerReserve } from './worker-reserve';

/** 16 ciphertext chunks (about 1 MiB) per batch. */
export const BATCH_CHUNKS = 16;
/** Batches asked for beyond the one being read. */
export const AHEAD_BATCHES = 4;

export function failureToError(failure: WorkerFailure, fileName: string): FileTransferError {
  if (failure.code === 'read_failed') {
    return new FileTransferError('read_failed', msg('common:files.readFailed', { name: fileName }));
  }
  return new FileTransferError('worker_failed', msg('common:files.encryptFailed'));
}

const reserve = new WorkerReserve(() => new Worker(new URL('./encrypt.worker.ts', import.meta.url), { type: 'module' }));

/**
 * Starts an encrypt worker ahead of time, for the next file. Resolves once it has loaded
 * libsodium (false if it could not start: the file's own worker will then report why).
 */
export function prepareEncryptWorker(): Promise<boolean> {
  return reserve.prepare();
}

interface Waiting {
  readonly resolve: (batch: CipherBatch) => void;
  readonly reject: (error: Error) => void;
}

export class EncryptedStream {
  private readonly worker: Worker;
  /** Requests sent to the worker and not yet answered, oldest first (it answers in order). */
  private readonly waiting: Waiting[] = [];
  /** Batches asked for and not yet handed to the reader, in order. */
  private readonly asked: Promise<CipherBatch>[] = [];
  /** Batches of the stream not yet asked for. */
  private unasked: number;
  private failure: FileTransferError | null = null;
  private finished = false;

  constructor(
    content: Blob,
    key: Uint8Array,
    context: FileContext,
    private readonly fileName: string,
  ) {
    this.unasked = batchCount(content.size, BATCH_CHUNKS);
    try {
      this.worker = reserve.take();
    } catch {
      throw new FileTransferError('worker_failed', msg('common:files.noEncryptWorker'));
    }
    this.worker.onmessage = (event: MessageEvent<EncryptResponse | WorkerReady>) => {
      if (!isWorkerReady(event.data)) this.receive(event.data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new FileTransferError('worker_failed', msg('common:files.encryptNotStarted')));
    };
    this.worker.onmessageerror = () => this.fail(new FileTransferError('worker_failed', msg('common:files.encryptUnreadable')));
    const start: EncryptRequest = {
      type: 'start',
      content,
      key: key.slice(),
      caseId: context.caseId.slice(),
      fileId: context.fileId.slice(),
      batchChunks: BATCH_CHUNKS,
    };
    this.worker.postMessage(start);
    this.askAhead(AHEAD_BATCHES);
  }

  /** The next batch; the ones after it are already being made. Rejects with FileTransferError. */
  async read(): Promise<CipherBatch> {
    if (this.finished) throw new Error('read after the last batch');
    this.askAhead(1);
    const current = this.asked.shift();
    if (current === undefined) throw new Error('read after the last batch');
    const batch = await current;
    if (batch.last) this.finished = true;
    else this.askAhead(AHEAD_BATCHES);
    return batch;
  }

  /** Stops the worker (its memory, and the key it holds, go with it) and starts the next file's. */
  terminate(): void {
    this.worker.terminate();
    this.fail(new FileTransferError('cancelled', msg('common:files.encryptStopped')));
    void reserve.prepare();
  }

  /** Asks for batches until `count` are outstanding (never beyond the end of the stream). */
  private askAhead(count: number): void {
    while (this.asked.length < count && this.unasked > 0) {
      this.unasked--;
      const next = this.request();
      // A batch asked for ahead that fails is reported by the read() that takes it; keep it from counting as unhandled.
      next.catch(() => undefined);
      this.asked.push(next);
    }
  }

  private request(): Promise<CipherBatch> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<CipherBatch>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      const next: EncryptRequest = { type: 'next' };
      this.worker.postMessage(next);
    });
  }

  private receive(response: EncryptResponse): void {
    if (response.type === 'failed') {
      this.fail(failureToError(response, this.fileName));
      return;
    }
    this.waiting.shift()?.resolve({ bytes: response.bytes, plainDone: response.plainDone, last: response.last });
  }

  private fail(error: FileTransferError): void {
    this.failure ??= error;
    const failure = this.failure;
    for (const waiting of this.waiting.splice(0)) waiting.reject(failure);
  }
}
