// The hash worker: streaming SHA-256 of the file as it will be encrypted (and of the original
// when metadata was removed from a copy), running beside the encrypt worker on another core.
// It compiles its SHA-256 WebAssembly and warms it up (warmUpHash) as soon as it starts, so a
// worker started ahead of time (hash-client.ts) is at full speed when its file comes, and then
// says 'ready'.
import { hashBlobs, webCryptoDigest } from './hash-core';
import { REPORT_INTERVAL_MS } from './progress';
import { createSha256Stream, warmUpHash } from './sha256-stream';
import { workerFailure, type HashRequest, type HashResponse } from './worker-protocol';
import { WORKER_READY, type WorkerReady } from './worker-ready';

interface WorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashResponse | WorkerReady, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

// The first stream compiles the WebAssembly; later ones reuse the compiled module.
createSha256Stream()
  .then(warmUpHash)
  .catch(() => undefined)
  .then(() => scope.postMessage(WORKER_READY, []), () => undefined);

scope.onmessage = (event) => {
  const { blobs } = event.data;
  let lastReport = 0;
  hashBlobs(blobs, (bytesHashed) => {
    const now = performance.now();
    if (now - lastReport < REPORT_INTERVAL_MS) return;
    lastReport = now;
    scope.postMessage({ type: 'progress', bytesHashed }, []);
  }, webCryptoDigest()).then(
    (digests) => {
      const own = digests.map((digest) => digest.slice());
      scope.postMessage({ type: 'digests', digests: own }, own.map((digest) => digest.buffer));
    },
    (error: unknown) => scope.postMessage(workerFailure(error), []),
  );
};
