// Shared helpers for the crypto unit tests.
import { expect } from 'vitest';
import { CryptoError, type CryptoErrorCode } from '../../../crypto/errors';

type ErrorClass = abstract new (...args: never[]) => CryptoError;

/** Runs `fn`, asserts it throws an instance of `errorClass` with `code`, and returns the error. */
export function expectCryptoError<E extends CryptoError>(
  fn: () => unknown,
  errorClass: ErrorClass & (abstract new (...args: never[]) => E),
  code: CryptoErrorCode,
): E {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected the call to throw').toBeInstanceOf(errorClass);
  expect((thrown as CryptoError).code).toBe(code);
  return thrown as E;
}

/** A copy of `bytes` with one bit flipped at `index`. */
export function flipped(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] as number) ^ mask;
  return copy;
}

/** Deterministic filler bytes (not random: tests must be reproducible). */
export function patternBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromHex(text: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) throw new Error('bad hex in test data');
  return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
}

/** Fast byte equality for large arrays (vitest's deep equality is slow on big typed arrays). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}
