// Messages between the page and the file workers (encrypt.worker.ts, hash.worker.ts). Binary
// results travel as transferred ArrayBuffers, so nothing is copied between threads.

/** The page asks the encrypt worker to set up, then for one batch at a time (back-pressure). */
export type EncryptRequest =
  | {
      readonly type: 'start';
      readonly content: Blob;
      readonly key: Uint8Array;
      readonly caseId: Uint8Array;
      readonly fileId: Uint8Array;
      /** Ciphertext chunks per batch (the last batch may hold fewer). */
      readonly batchChunks: number;
    }
  | { readonly type: 'next' };

export interface CipherBatch {
  /** The next ciphertext bytes in order (the first batch starts with the 24-byte header). */
  readonly bytes: Uint8Array;
  /** Bytes of the file encrypted so far. */
  readonly plainDone: number;
  /** True on the batch that ends the stream. */
  readonly last: boolean;
}

/** Failures a worker reports, as data: 'read_failed' (the file could not be read) or 'worker_failed'. */
export interface WorkerFailure {
  readonly type: 'failed';
  readonly code: 'read_failed' | 'worker_failed';
  readonly detail: string;
}

export type EncryptResponse = ({ readonly type: 'batch' } & CipherBatch) | WorkerFailure;

/** The page asks the hash worker for the SHA-256 of each blob, in order. */
export interface HashRequest {
  readonly type: 'hash';
  readonly blobs: readonly Blob[];
}

export type HashResponse =
  | { readonly type: 'progress'; readonly bytesHashed: number }
  | { readonly type: 'digests'; readonly digests: readonly Uint8Array[] }
  | WorkerFailure;

/** A Blob read came back shorter than asked: the file changed on disk after it was chosen. */
export class BlobReadError extends Error {
  constructor() {
    super('the file changed while it was being read');
    this.name = 'FileReadError';
  }
}

/** Turns any error inside a worker into a failure message (no stack, no data). */
export function workerFailure(error: unknown): WorkerFailure {
  const name = error instanceof Error ? error.name : '';
  // Reading a File fails with NotReadableError/NotFoundError when it changed or vanished on disk.
  if (name === 'NotReadableError' || name === 'NotFoundError' || name === 'FileReadError') {
    return { type: 'failed', code: 'read_failed', detail: name };
  }
  return { type: 'failed', code: 'worker_failed', detail: name === '' ? 'unknown' : name };
}
