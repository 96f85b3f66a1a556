import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, LoginFailedError } from '../../../crypto/errors';
import { fingerprint } from '../../../crypto/fingerprint';
import { hashLoginSecret, verifyLoginSecret } from '../../../crypto/login-secret';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

beforeAll(ready);

describe('login secret', () => {
  it('verifies the secret against its stored hash', () => {
    const secret = patternBytes(32, 1);
    const stored = hashLoginSecret(secret);
    expect(stored).toHaveLength(32);
    expect(stored).not.toEqual(secret);
    expect(() => verifyLoginSecret(secret, stored)).not.toThrow();
  });

  it('rejects a different secret, a truncated secret or a different hash', () => {
    const secret = patternBytes(32, 1);
    const stored = hashLoginSecret(secret);
    expectCryptoError(() => verifyLoginSecret(flipped(secret, 31), stored), LoginFailedError, 'login_failed');
    expectCryptoError(() => verifyLoginSecret(secret.subarray(0, 31), stored), LoginFailedError, 'login_failed');
    expectCryptoError(() => verifyLoginSecret(secret, flipped(stored, 0)), LoginFailedError, 'login_failed');
  });
});

describe('fingerprint', () => {
  it('is 40 upper-case hex digits in groups of 4 and is deterministic', () => {
    const key = patternBytes(32, 2);
    expect(fingerprint(key)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){9}$/);
    expect(fingerprint(key)).toBe(fingerprint(key.slice()));
  });

  it('changes with any bit of the key, and depends on every key and their order', () => {
    const a = patternBytes(32, 3);
    const b = patternBytes(32, 4);
    expect(fingerprint(a)).not.toBe(fingerprint(flipped(a, 31)));
    expect(fingerprint(a, b)).not.toBe(fingerprint(a));
    expect(fingerprint(a, b)).not.toBe(fingerprint(b, a));
  });

  it('refuses keys that are not 32 bytes', () => {
    expectCryptoError(() => fingerprint(new Uint8Array(31)), InvalidArgumentError, 'invalid_argument');
  });
});
