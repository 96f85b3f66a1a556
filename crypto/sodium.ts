// The single gate to standard libsodium-wrappers. Everything the whistleblower runs goes through
// here, so it must only use functions present in the standard build (no crypto_pwhash, no
// crypto_hash_sha256): that build has an asm.js fallback for Tor Browser without WebAssembly.
import sodium from 'libsodium-wrappers';
import { CryptoNotReadyError, InvalidArgumentError } from './errors';

export type Sodium = typeof sodium;

let initialised = false;
let pending: Promise<void> | undefined;

/**
 * Initialises libsodium. Idempotent and safe to call concurrently; every other function in
 * crypto/ that needs libsodium throws CryptoNotReadyError until this promise has resolved.
 * Rejects only if libsodium itself cannot start (no CSPRNG, no WebAssembly and no asm.js).
 */
export function ready(): Promise<void> {
  pending ??= sodium.ready.then(() => {
    initialised = true;
  });
  return pending;
}

/** True once ready() has resolved. */
export function isReady(): boolean {
  return initialised;
}

/** libsodium, or CryptoNotReadyError if ready() has not resolved yet. */
export function lib(): Sodium {
  if (!initialised) throw new CryptoNotReadyError();
  return sodium;
}

/** `length` bytes from libsodium's CSPRNG (the only source of randomness in crypto/). */
export function randomBytes(length: number): Uint8Array {
  if (!Number.isInteger(length) || length < 0) throw new InvalidArgumentError('bad random length');
  return lib().randombytes_buf(length);
}
