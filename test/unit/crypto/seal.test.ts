import { beforeAll, describe, expect, it } from 'vitest';
import { deriveCaseKeys, type CaseKeys } from '../../../crypto/case-keys';
import { generateContentKey } from '../../../crypto/envelope';
import { BadFormatError, DecryptError, UnsupportedVersionError, WrongCaseError } from '../../../crypto/errors';
import { SEALED_KEY_BYTES, openContentKey, sealContentKey } from '../../../crypto/seal';
import { lib, ready } from '../../../crypto/sodium';
import { LABELS } from '../../../crypto/context';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

let a: CaseKeys;
let b: CaseKeys;

beforeAll(async () => {
  await ready();
  a = deriveCaseKeys(patternBytes(16, 1));
  b = deriveCaseKeys(patternBytes(16, 2));
});

describe('sealing the content key to a recipient', () => {
  it('opens with the recipient key for the right case', () => {
    const key = generateContentKey();
    const sealed = sealContentKey(key, a.caseId, a.box.publicKey);
    expect(sealed).toHaveLength(SEALED_KEY_BYTES);
    expect(openContentKey(sealed, a.box, a.caseId)).toEqual(key);
  });

  it('is randomised by an ephemeral key', () => {
    const key = generateContentKey();
    expect(sealContentKey(key, a.caseId, a.box.publicKey)).not.toEqual(sealContentKey(key, a.caseId, a.box.publicKey));
  });

  it('refuses a key sealed for another case', () => {
    const sealedForA = sealContentKey(generateContentKey(), a.caseId, b.box.publicKey);
    expectCryptoError(() => openContentKey(sealedForA, b.box, b.caseId), WrongCaseError, 'wrong_case');
  });

  it('refuses to open with the wrong recipient key', () => {
    const sealed = sealContentKey(generateContentKey(), a.caseId, a.box.publicKey);
    expectCryptoError(() => openContentKey(sealed, b.box, a.caseId), DecryptError, 'decrypt_failed');
  });

  it('refuses any modified byte', () => {
    const sealed = sealContentKey(generateContentKey(), a.caseId, a.box.publicKey);
    for (const index of [0, 31, 32, 47, 48, 100, sealed.length - 1]) {
      expectCryptoError(() => openContentKey(flipped(sealed, index), a.box, a.caseId), DecryptError, 'decrypt_failed');
    }
  });

  it('refuses a truncated or extended blob', () => {
    const sealed = sealContentKey(generateContentKey(), a.caseId, a.box.publicKey);
    expectCryptoError(() => openContentKey(sealed.subarray(1), a.box, a.caseId), BadFormatError, 'bad_format');
    expectCryptoError(() => openContentKey(new Uint8Array([...sealed, 0]), a.box, a.caseId), BadFormatError, 'bad_format');
  });

  it('refuses a payload with another version or without the sealed-key tag', () => {
    const tag = new Uint8Array([...new TextEncoder().encode(LABELS.sealedContentKey), 0]);
    const v2 = lib().crypto_box_seal(new Uint8Array([2, ...tag, ...a.caseId, ...new Uint8Array(32)]), a.box.publicKey);
    expectCryptoError(() => openContentKey(v2, a.box, a.caseId), UnsupportedVersionError, 'unsupported_version');
    const otherTag = flipped(tag, 3);
    const untagged = lib().crypto_box_seal(new Uint8Array([1, ...otherTag, ...a.caseId, ...new Uint8Array(32)]), a.box.publicKey);
    expectCryptoError(() => openContentKey(untagged, a.box, a.caseId), BadFormatError, 'bad_format');
  });
});
