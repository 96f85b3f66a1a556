// The page's side of the encrypt worker: a reader of ciphertext batches with back-pressure. The
// worker encrypts only when asked, and this reader asks for one batch ahead, so encryption
// overlaps the upload while memory stays bounded (a batch in hand and one being made).
import type { FileContext } from '../../../crypto/index';
import { FileTransferError } from './errors';
import type { CipherBatch, EncryptRequest, EncryptResponse, WorkerFailure } from './worker-protocol';

/** 16 ciphertext chunks (about 1 MiB) per batch. */
export const BATCH_CHUNKS = 16;

export function failureToError(failure: WorkerFailure, fileName: string): FileTransferError {
  if (failure.code === 'read_failed') {
    return new FileTransferError(
      'read_failed',
      `“${fileName}” could not be read any more: it may have been moved, changed or deleted since you chose it. Choose it again.`,
    );
  }
  return new FileTransferError('worker_failed', 'This browser could not encrypt the file. Reload the page and try again.');
}

export class EncryptedStream {
  private readonly worker: Worker;
  private waiting: { resolve: (batch: CipherBatch) => void; reject: (error: Error) => void } | null = null;
  private ahead: Promise<CipherBatch> | null = null;
  private failure: FileTransferError | null = null;
  private finished = false;

  constructor(
    content: Blob,
    key: Uint8Array,
    context: FileContext,
    private readonly fileName: string,
  ) {
    try {
      this.worker = new Worker(new URL('./encrypt.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      throw new FileTransferError('worker_failed', 'This browser cannot encrypt files in the background. Update it, or reload the page and try again.');
    }
    this.worker.onmessage = (event: MessageEvent<EncryptResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new FileTransferError('worker_failed', 'This browser could not start encrypting the file. Reload the page and try again.'));
    };
    this.worker.onmessageerror = () => this.fail(new FileTransferError('worker_failed', 'The encryption sent an unreadable answer. Reload the page and try again.'));
    const start: EncryptRequest = {
      type: 'start',
      content,
      key: key.slice(),
      caseId: context.caseId.slice(),
      fileId: context.fileId.slice(),
      batchChunks: BATCH_CHUNKS,
    };
    this.worker.postMessage(start);
  }

  /** The next batch; the one after it is already being made. Rejects with FileTransferError. */
  async read(): Promise<CipherBatch> {
    if (this.finished) throw new Error('read after the last batch');
    const current = this.ahead ?? this.request();
    this.ahead = null;
    const batch = await current;
    if (batch.last) this.finished = true;
    else this.ahead = this.request();
    // A prefetch that fails is reported by the next read(); keep it from counting as unhandled.
    this.ahead?.catch(() => undefined);
    return batch;
  }

  /** Stops the worker (its memory, and the key it holds, go with it). */
  terminate(): void {
    this.worker.terminate();
    this.fail(new FileTransferError('cancelled', 'The encryption was stopped.'));
  }

  private request(): Promise<CipherBatch> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<CipherBatch>((resolve, reject) => {
      this.waiting = { resolve, reject };
      const next: EncryptRequest = { type: 'next' };
      this.worker.postMessage(next);
    });
  }

  private receive(response: EncryptResponse): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (response.type === 'failed') {
      this.fail(failureToError(response, this.fileName));
      waiting?.reject(this.failure ?? new FileTransferError('worker_failed', 'The encryption failed.'));
      return;
    }
    waiting?.resolve({ bytes: response.bytes, plainDone: response.plainDone, last: response.last });
  }

  private fail(error: FileTransferError): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(this.failure);
  }
}
