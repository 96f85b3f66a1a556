import { beforeAll, describe, expect, it } from 'vitest';
import { computeCaseId, deriveCaseKeys, generateSigningKeyPair, verifyCaseId } from '../../../crypto/case-keys';
import { InvalidArgumentError, WrongCaseError } from '../../../crypto/errors';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

beforeAll(ready);

describe('case key derivation', () => {
  it('is deterministic for the same entropy', () => {
    const a = deriveCaseKeys(patternBytes(16, 1));
    const b = deriveCaseKeys(patternBytes(16, 1));
    expect(a).toEqual(b);
  });

  it('gives unrelated keys and ids for entropies one bit apart', () => {
    const entropy = patternBytes(16, 2);
    const a = deriveCaseKeys(entropy);
    const b = deriveCaseKeys(flipped(entropy, 15));
    expect(a.caseId).not.toEqual(b.caseId);
    expect(a.signing.publicKey).not.toEqual(b.signing.publicKey);
    expect(a.box.publicKey).not.toEqual(b.box.publicKey);
  });

  it('derives the signing and box keys from separate contexts', () => {
    const keys = deriveCaseKeys(patternBytes(16, 3));
    expect(keys.signing.secretKey.subarray(0, 32)).not.toEqual(keys.box.secretKey);
    expect(keys.signing.publicKey).toHaveLength(32);
    expect(keys.signing.secretKey).toHaveLength(64);
    expect(keys.box.publicKey).toHaveLength(32);
    expect(keys.box.secretKey).toHaveLength(32);
  });

  it('binds the case id to both public keys', () => {
    const keys = deriveCaseKeys(patternBytes(16, 4));
    expect(computeCaseId(keys.signing.publicKey, keys.box.publicKey)).toEqual(keys.caseId);
    expect(() => verifyCaseId(keys.caseId, keys.signing.publicKey, keys.box.publicKey)).not.toThrow();
    const other = deriveCaseKeys(patternBytes(16, 5));
    expectCryptoError(() => verifyCaseId(keys.caseId, keys.signing.publicKey, other.box.publicKey), WrongCaseError, 'wrong_case');
    expectCryptoError(() => verifyCaseId(keys.caseId, other.signing.publicKey, keys.box.publicKey), WrongCaseError, 'wrong_case');
  });

  it('refuses entropy that is not 16 bytes', () => {
    expectCryptoError(() => deriveCaseKeys(new Uint8Array(15)), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => deriveCaseKeys(new Uint8Array(32)), InvalidArgumentError, 'invalid_argument');
  });
});

describe('generateSigningKeyPair', () => {
  it('makes a fresh Ed25519 pair each time whose secret key embeds its public key', () => {
    const a = generateSigningKeyPair();
    const b = generateSigningKeyPair();
    expect(a.publicKey).toHaveLength(32);
    expect(a.secretKey).toHaveLength(64);
    expect(Buffer.from(a.secretKey.slice(32)).equals(Buffer.from(a.publicKey))).toBe(true);
    expect(Buffer.from(a.publicKey).equals(Buffer.from(b.publicKey))).toBe(false);
  });
});
