// Argon2id costs about 0.3 s per derivation at the floor parameters: keep these tests few.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DecryptError,
  ExcessiveKdfParamsError,
  InvalidArgumentError,
  KeyMismatchError,
  WeakKdfParamsError,
} from '../../../crypto/errors';
import { wrapPrivateKeys } from '../../../crypto/key-wrap';
import {
  MIN_ARGON2ID,
  checkArgon2idParams,
  decodeRecoveryKey,
  decodeWrappedKeys,
  derivePassphraseSecrets,
  deriveRecoverySecrets,
  encodeWrappedKeys,
  enrollProsecutor,
  hashLoginSecret,
  newArgon2idParams,
  prosecutorKeysFromSeeds,
  readySumo,
  unwrapPrivateKeys,
  unwrapWithPassphrase,
  verifyLoginSecret,
  type Enrollment,
} from '../../../crypto/prosecutor-keys';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

const USER = 'prosecutor-17';
const PASSPHRASE = 'éléphant ivoire registre 42'.normalize('NFC');
let enrollment: Enrollment;

beforeAll(async () => {
  await readySumo();
  enrollment = enrollProsecutor(USER, PASSPHRASE, MIN_ARGON2ID);
});

describe('prosecutor keys', () => {
  it('unwraps with the passphrase from the stored JSON, whatever its Unicode normalisation', () => {
    const stored = decodeWrappedKeys(encodeWrappedKeys(enrollment.passphraseWrapped));
    // macOS keyboards may produce decomposed accents; the passphrase is normalised to NFC.
    const { keys, loginSecret } = unwrapWithPassphrase(stored, PASSPHRASE.normalize('NFD'), USER);
    expect(keys).toEqual(enrollment.keys);
    expect(loginSecret).toEqual(enrollment.loginSecret);
    expect(() => verifyLoginSecret(loginSecret, hashLoginSecret(enrollment.loginSecret))).not.toThrow();
  });

  it('throws decrypt_failed for a wrong passphrase', () => {
    expectCryptoError(() => unwrapWithPassphrase(enrollment.passphraseWrapped, `${PASSPHRASE}!`, USER), DecryptError, 'decrypt_failed');
  });

  it('unwraps with the recovery key, and the recovery login secret differs from the passphrase one', () => {
    const secrets = deriveRecoverySecrets(decodeRecoveryKey(enrollment.recoveryKeyText));
    const stored = decodeWrappedKeys(encodeWrappedKeys(enrollment.recoveryWrapped));
    expect(unwrapPrivateKeys(stored, secrets.wrappingKey, USER)).toEqual(enrollment.keys);
    expect(secrets.loginSecret).toEqual(enrollment.recoveryLoginSecret);
    expect(enrollment.recoveryLoginSecret).not.toEqual(enrollment.loginSecret);
  });

  it('refuses a blob presented for another user or with altered parameters', () => {
    const secrets = deriveRecoverySecrets(decodeRecoveryKey(enrollment.recoveryKeyText));
    expectCryptoError(() => unwrapPrivateKeys(enrollment.recoveryWrapped, secrets.wrappingKey, 'prosecutor-18'), DecryptError, 'decrypt_failed');
    expectCryptoError(
      () => unwrapPrivateKeys({ ...enrollment.recoveryWrapped, ciphertext: flipped(enrollment.recoveryWrapped.ciphertext, 3) }, secrets.wrappingKey, USER),
      DecryptError,
      'decrypt_failed',
    );
    expectCryptoError(
      () => unwrapPrivateKeys({ ...enrollment.recoveryWrapped, boxPublicKey: flipped(enrollment.keys.box.publicKey, 0) }, secrets.wrappingKey, USER),
      DecryptError,
      'decrypt_failed',
    );
    const wrapped = enrollment.passphraseWrapped;
    if (wrapped.method !== 'passphrase') throw new Error('unexpected method');
    const fromPassphrase = derivePassphraseSecrets(PASSPHRASE, wrapped.kdf);
    const otherSalt = { ...wrapped, kdf: { ...wrapped.kdf, salt: patternBytes(16, 1) } };
    expectCryptoError(() => unwrapPrivateKeys(otherSalt, fromPassphrase.wrappingKey, USER), DecryptError, 'decrypt_failed');
  });

  it('detects wrapped keys that do not match the recorded public keys', () => {
    const keys = prosecutorKeysFromSeeds(patternBytes(32, 1), patternBytes(32, 2));
    const wrappingKey = patternBytes(32, 3);
    const mismatched = { ...keys, signing: { ...keys.signing, publicKey: prosecutorKeysFromSeeds(patternBytes(32, 9), patternBytes(32, 2)).signing.publicKey } };
    const wrapped = wrapPrivateKeys(mismatched, wrappingKey, { userId: USER, method: 'recovery' });
    expectCryptoError(() => unwrapPrivateKeys(wrapped, wrappingKey, USER), KeyMismatchError, 'key_mismatch');
  });

  it('refuses Argon2id parameters below the floor or above the ceiling before doing any work', () => {
    const salt = patternBytes(16, 4);
    for (const [opsLimit, memLimitBytes] of [[1, 64 * 1024 * 1024], [2, 32 * 1024 * 1024], [2, 64 * 1024 * 1024 - 1024]] as const) {
      expectCryptoError(
        () => derivePassphraseSecrets(PASSPHRASE, { algorithm: 'argon2id13', opsLimit, memLimitBytes, salt }),
        WeakKdfParamsError,
        'weak_kdf_params',
      );
    }
    expectCryptoError(
      () => checkArgon2idParams({ algorithm: 'argon2id13', opsLimit: 3, memLimitBytes: 4096 * 1024 * 1024, salt }),
      ExcessiveKdfParamsError,
      'excessive_kdf_params',
    );
    expectCryptoError(() => newArgon2idParams({ opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 }), WeakKdfParamsError, 'weak_kdf_params');
    const weakBlob = decodeWrappedKeys(encodeWrappedKeys(enrollment.passphraseWrapped).replace('"opsLimit":2', '"opsLimit":1'));
    expectCryptoError(() => unwrapWithPassphrase(weakBlob, PASSPHRASE, USER), WeakKdfParamsError, 'weak_kdf_params');
  });

  it('refuses an empty passphrase and a recovery blob given to the passphrase path', () => {
    const wrapped = enrollment.passphraseWrapped;
    if (wrapped.method !== 'passphrase') throw new Error('unexpected method');
    const kdf = wrapped.kdf;
    expectCryptoError(() => derivePassphraseSecrets('', kdf), InvalidArgumentError, 'invalid_argument');
    expectCryptoError(() => unwrapWithPassphrase(enrollment.recoveryWrapped, PASSPHRASE, USER), InvalidArgumentError, 'invalid_argument');
  });
});
