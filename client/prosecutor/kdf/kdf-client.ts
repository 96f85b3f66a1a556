// The page's side of the key-derivation worker. Open one KdfWorker per enrollment or sign-in
// and close it when done (close() terminates the worker: its memory, and any wrapping key it
// still holds, go with it).
import { msg, verbatim, type Message } from '../../shared/i18n/message';
import { inEnglish } from '../services/english';
import type { KdfFailure, KdfParams, KdfRequest, KdfResponse, KdfResults } from './kdf-protocol';

/**
 * A key-derivation failure. `code` is a crypto/ error code (e.g. 'decrypt_failed') or the
 * worker's; `text` is for the page (the worker's own messages are for logs: shown as they are).
 */
export class KdfError extends Error {
  readonly text: Message;
  constructor(
    readonly code: string,
    message: string | Message,
  ) {
    super(typeof message === 'string' ? message : inEnglish(message));
    this.text = typeof message === 'string' ? verbatim(message) : message;
    this.name = 'KdfError';
  }
}

type Pending = { resolve: (result: KdfResults[KdfRequest['op']]) => void; reject: (error: KdfError) => void };

type RequestWithoutId = KdfRequest extends infer R ? (R extends KdfRequest ? Omit<R, 'id'> : never) : never;

export class KdfWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor() {
    this.worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<KdfResponse>) => this.settle(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new KdfError('worker_failed', msg('prosecutor:kdf.startFailed')));
    };
    this.worker.onmessageerror = () => this.failAll(new KdfError('worker_failed', msg('prosecutor:kdf.unreadable')));
  }

  private settle(response: KdfResponse): void {
    const waiting = this.pending.get(response.id);
    if (waiting === undefined) return;
    this.pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(toKdfError(response.error));
  }

  private failAll(error: KdfError): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private call(request: RequestWithoutId): Promise<KdfResults[KdfRequest['op']]> {
    if (this.closed) return Promise.reject(new KdfError('closed', msg('prosecutor:kdf.stopped')));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** New keys for `userId`, wrapped under the passphrase (default Argon2id cost) and a recovery key. */
  async enroll(userId: string, passphrase: string): Promise<KdfResults['enroll']> {
    return (await this.call({ op: 'enroll', userId, passphrase })) as KdfResults['enroll'];
  }

  /** The login secret; the worker keeps the wrapping key for the following unwrap(). */
  async derive(passphrase: string, params: KdfParams): Promise<KdfResults['derive']> {
    return (await this.call({ op: 'derive', passphrase, params })) as KdfResults['derive'];
  }

  async unwrap(wrappedKeys: string, userId: string): Promise<KdfResults['unwrap']> {
    return (await this.call({ op: 'unwrap', wrappedKeys, userId })) as KdfResults['unwrap'];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.terminate();
    this.failAll(new KdfError('closed', msg('prosecutor:kdf.stopped')));
  }
}

function toKdfError(failure: KdfFailure): KdfError {
  return new KdfError(failure.code, failure.message);
}
