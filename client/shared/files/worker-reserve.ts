// One file worker of a kind started ahead of time, so the next file's encryption (or hashing)
// does not wait for a thread to start and load its code (about 0.1–0.5 s for the encrypt
// worker, which carries libsodium). A spare worker holds no key and no file until it is taken,
// and each worker still serves exactly one file and is then terminated, taking that file's key
// with it. A spare that fails to load is dropped, so the next file starts a worker of its own
// and reports that worker's failure.
import { isWorkerReady } from './worker-ready';

interface Spare {
  readonly worker: Worker;
  readonly ready: Promise<boolean>;
  /** Settles `ready` (a spare taken while loading counts as ready: its new owner takes over). */
  readonly settle: (ok: boolean) => void;
}

export class WorkerReserve {
  private spare: Spare | null = null;

  constructor(private readonly startWorker: () => Worker) {}

  /**
   * Starts a spare worker unless one is there already. Resolves once it has loaded: true, or
   * false when it could not start (nothing is kept then).
   */
  prepare(): Promise<boolean> {
    if (this.spare !== null) return this.spare.ready;
    let worker: Worker;
    try {
      worker = this.startWorker();
    } catch {
      return Promise.resolve(false);
    }
    let settle: (ok: boolean) => void = () => undefined;
    const ready = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isWorkerReady(event.data)) settle(true);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.spare?.worker === worker) this.spare = null;
      worker.terminate();
      settle(false);
    };
    this.spare = { worker, ready, settle };
    return ready;
  }

  /**
   * The spare worker if there is one (perhaps still loading; its handlers are the caller's to
   * set), else a newly started one. Throws when no worker can be started.
   */
  take(): Worker {
    const spare = this.spare;
    this.spare = null;
    if (spare === null) return this.startWorker();
    spare.worker.onmessage = null;
    spare.worker.onerror = null;
    spare.settle(true);
    return spare.worker;
  }
}
