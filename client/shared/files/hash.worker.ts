// The hash worker: streaming SHA-256 of the file as it will be encrypted (and of the original
// when metadata was removed from a copy), running beside the encrypt worker on another core.
import { hashBlobs, webCryptoDigest } from './hash-core';
import { REPORT_INTERVAL_MS } from './progress';
import { workerFailure, type HashRequest, type HashResponse } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

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
