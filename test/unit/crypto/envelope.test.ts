import { beforeAll, describe, expect, it } from 'vitest';
import {
  ENVELOPE_OVERHEAD,
  MIN_ENVELOPE_BYTES,
  decryptEnvelope,
  encryptEnvelope,
  encryptEnvelopeWithNonce,
  generateContentKey,
} from '../../../crypto/envelope';
import {
  BadFormatError,
  BadPaddingError,
  DecryptError,
  InvalidArgumentError,
  TooLargeError,
  UnsupportedVersionError,
} from '../../../crypto/errors';
import { MAX_PADDED_PLAINTEXT, bucketSize } from '../../../crypto/padding';
import { lib, ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes, sameBytes } from './fixtures';

const caseId = patternBytes(32, 1);
const otherCase = patternBytes(32, 2);
const tip = { caseId, purpose: 'tip' } as const;

beforeAll(ready);

describe('envelope', () => {
  it('round-trips plaintexts of many sizes and hides their size inside a bucket', () => {
    const key = generateContentKey();
    for (const length of [0, 1, 2, 100, 1022, 1023, 1024, 1025, 2047, 2048, 2049, 5000, 65535, 65536, 100_000]) {
      const data = patternBytes(length, length + 1);
      const envelope = encryptEnvelope(key, data, tip);
      expect(envelope.length).toBe(ENVELOPE_OVERHEAD + bucketSize(length));
      expect(envelope[0]).toBe(1);
      expect(sameBytes(decryptEnvelope(key, envelope, tip), data)).toBe(true);
    }
  });

  it('round-trips 300 pseudo-random plaintexts of pseudo-random sizes (reproducible seeds)', () => {
    const key = generateContentKey();
    for (let seed = 1; seed <= 300; seed++) {
      const pair = patternBytes(2, seed);
      const length = (pair[0] ?? 0) * 17 + ((pair[1] ?? 0) % 17);
      const data = patternBytes(length, seed * 7919);
      const purpose = (['tip', 'message', 'file-manifest', 'status'] as const)[seed % 4] as 'tip';
      const envelope = encryptEnvelope(key, data, { caseId, purpose });
      expect(envelope.length, `seed ${seed}`).toBe(ENVELOPE_OVERHEAD + bucketSize(length));
      expect(sameBytes(decryptEnvelope(key, envelope, { caseId, purpose }), data), `seed ${seed}`).toBe(true);
    }
  });

  it('gives the same size for every plaintext of a bucket', () => {
    const key = generateContentKey();
    expect(encryptEnvelope(key, new Uint8Array(0), tip).length).toBe(encryptEnvelope(key, new Uint8Array(1023), tip).length);
  });

  it('uses a fresh nonce for every encryption', () => {
    const key = generateContentKey();
    const data = patternBytes(10);
    expect(encryptEnvelope(key, data, tip)).not.toEqual(encryptEnvelope(key, data, tip));
  });

  describe('rejects', () => {
    const key = patternBytes(32, 9);
    let envelope: Uint8Array;
    beforeAll(() => {
      envelope = encryptEnvelopeWithNonce(key, new TextEncoder().encode('evidence'), tip, patternBytes(24, 3));
    });

    it('a flipped bit in the nonce, the body or the tag', () => {
      const regions = { nonce: [1, 12, 24], body: [25, 500, envelope.length - 17], tag: [envelope.length - 16, envelope.length - 1] };
      for (const indices of Object.values(regions)) {
        for (const index of indices) {
          expectCryptoError(() => decryptEnvelope(key, flipped(envelope, index), tip), DecryptError, 'decrypt_failed');
        }
      }
    });

    it('a changed version byte', () => {
      const error = expectCryptoError(() => decryptEnvelope(key, flipped(envelope, 0, 0x03), tip), UnsupportedVersionError, 'unsupported_version');
      expect(error.version).toBe(2);
      expectCryptoError(() => decryptEnvelope(key, flipped(envelope, 0, 0x01), tip), UnsupportedVersionError, 'unsupported_version');
    });

    it('the wrong key', () => {
      expectCryptoError(() => decryptEnvelope(flipped(key, 0), envelope, tip), DecryptError, 'decrypt_failed');
    });

    it('another case', () => {
      expectCryptoError(() => decryptEnvelope(key, envelope, { caseId: otherCase, purpose: 'tip' }), DecryptError, 'decrypt_failed');
    });

    it('another purpose', () => {
      for (const purpose of ['message', 'file-manifest', 'status'] as const) {
        expectCryptoError(() => decryptEnvelope(key, envelope, { caseId, purpose }), DecryptError, 'decrypt_failed');
      }
    });

    it('a truncated envelope', () => {
      expectCryptoError(() => decryptEnvelope(key, envelope.subarray(0, envelope.length - 1), tip), BadFormatError, 'bad_format');
      expectCryptoError(() => decryptEnvelope(key, envelope.subarray(0, 25), tip), BadFormatError, 'bad_format');
      expectCryptoError(() => decryptEnvelope(key, new Uint8Array(0), tip), BadFormatError, 'bad_format');
    });

    it('an envelope cut down to a smaller bucket size', () => {
      const big = encryptEnvelope(key, new Uint8Array(3000), tip);
      expectCryptoError(() => decryptEnvelope(key, big.subarray(0, MIN_ENVELOPE_BYTES), tip), DecryptError, 'decrypt_failed');
    });

    it('an extended envelope', () => {
      const longer = new Uint8Array(envelope.length + 1);
      longer.set(envelope);
      expectCryptoError(() => decryptEnvelope(key, longer, tip), BadFormatError, 'bad_format');
    });

    it('an unknown purpose or a malformed key', () => {
      const bogus = { caseId, purpose: 'bogus' } as unknown as typeof tip;
      expectCryptoError(() => encryptEnvelope(key, new Uint8Array(1), bogus), InvalidArgumentError, 'invalid_argument');
      expectCryptoError(() => encryptEnvelope(new Uint8Array(16), new Uint8Array(1), tip), InvalidArgumentError, 'invalid_argument');
    });

    it('authenticated plaintext without padding (only a key holder could make it)', () => {
      const ad = new Uint8Array([...new TextEncoder().encode('thicket/v1/envelope'), 0, 1, ...caseId, 3, ...new TextEncoder().encode('tip')]);
      const nonce = patternBytes(24, 4);
      const unpadded = lib().crypto_aead_xchacha20poly1305_ietf_encrypt(new Uint8Array(1024), ad, null, nonce, key);
      const forged = new Uint8Array([1, ...nonce, ...unpadded]);
      expectCryptoError(() => decryptEnvelope(key, forged, tip), BadPaddingError, 'bad_padding');
    });
  });

  it('refuses plaintexts beyond 16 MiB − 1 bytes', () => {
    expectCryptoError(() => encryptEnvelope(generateContentKey(), new Uint8Array(MAX_PADDED_PLAINTEXT + 1), tip), TooLargeError, 'too_large');
  });
});
