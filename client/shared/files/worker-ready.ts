// The one message a file worker sends unasked: that it has loaded its code (libsodium, or the
// SHA-256 WebAssembly) and can take a file. A worker started ahead of time (worker-reserve.ts)
// is known to be ready by it; the page's clients ignore it otherwise.

export interface WorkerReady {
  readonly type: 'ready';
}

export const WORKER_READY: WorkerReady = { type: 'ready' };

export function isWorkerReady(message: unknown): message is WorkerReady {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}
