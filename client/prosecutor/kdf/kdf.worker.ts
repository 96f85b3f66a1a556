// The key-derivation worker: Argon2id (libsodium sumo, WebAssembly) off the main thread. One
// worker serves one enrollment or one sign-in and is then terminated, taking its memory with it.
import type { KdfRequest, KdfResponse } from './kdf-protocol';
import { newKdfState, runKdfRequest, toFailure, transferablesOf } from './kdf-operations';

interface WorkerScope {
  onmessage: ((event: MessageEvent<KdfRequest>) => void) | null;
  postMessage(message: KdfResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const state = newKdfState();
// Requests run one at a time, in order: 'unwrap' relies on the 'derive' before it.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      const result = await runKdfRequest(state, request);
      scope.postMessage({ id: request.id, ok: true, result }, transferablesOf(result));
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, error: toFailure(error) }, []);
    }
  });
};
