// Streaming SHA-256 for the hash worker. Where the browser has WebAssembly it is hash-wasm's
// (its WebAssembly is built into the JavaScript: nothing is fetched), several times faster than
// JavaScript; without WebAssembly (Tor Browser "Safer") it is @noble/hashes. Both give the same
// digest; the unit tests check each against Node's SHA-256. warmUpHash gets a new worker's
// WebAssembly compiled for speed before its file comes.
import { sha256 } from '@noble/hashes/sha2.js';
import { createSHA256 } from 'hash-wasm';

export type Sha256Engine = 'wasm' | 'js';

export interface Sha256Stream {
  readonly engine: Sha256Engine;
  update(bytes: Uint8Array): void;
  /** The 32-byte digest; the stream cannot be used after it. */
  digest(): Uint8Array;
}

export type Sha256Factory = () => Promise<Sha256Stream>;

/** True where WebAssembly can be used (it is absent in Tor Browser "Safer" and V8 --jitless). */
export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && WebAssembly !== null;
}

export function jsSha256(): Sha256Stream {
  const hash = sha256.create();
  return {
    engine: 'js',
    update: (bytes) => {
      hash.update(bytes);
    },
    digest: () => hash.digest(),
  };
}

export async function wasmSha256(): Promise<Sha256Stream> {
  const hasher = await createSHA256();
  hasher.init();
  return {
    engine: 'wasm',
    update: (bytes) => {
      hasher.update(bytes);
    },
    digest: () => hasher.digest('binary'),
  };
}

/**
 * A new SHA-256 stream: WebAssembly where there is WebAssembly, else JavaScript. Should the
 * WebAssembly not compile (a policy that forbids it), the JavaScript one is used: same digest,
 * only slower.
 */
export async function createSha256Stream(makeWasm: Sha256Factory = wasmSha256): Promise<Sha256Stream> {
  if (!hasWebAssembly()) return jsSha256();
  try {
    return await makeWasm();
  } catch {
    return jsSha256();
  }
}

/** Bytes of zeros hashed by warmUpHash (a few milliseconds' work). */
export const WARM_UP_HASH_BYTES = 1024 * 1024;

/**
 * Hashes WARM_UP_HASH_BYTES of zeros with a WebAssembly `stream` (which is then used up), so the
 * browser compiles the optimised code before a file comes; does nothing to a JavaScript one,
 * where there is no optimising compiler to warm up (Tor Browser "Safer").
 */
export function warmUpHash(stream: Sha256Stream): void {
  if (stream.engine !== 'wasm') return;
  const zeros = new Uint8Array(64 * 1024);
  for (let done = 0; done < WARM_UP_HASH_BYTES; done += zeros.length) stream.update(zeros);
  stream.digest();
}
