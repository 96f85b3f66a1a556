// Prosecutor side only. The ONE file that imports libsodium-wrappers-sumo (for Argon2id): the
// whistleblower bundle imports crypto/index.ts, which never reaches this file.
// Passphrase → Argon2id(per-user salt) → 32-byte master → crypto_kdf → wrapping key and login
// secret. Argon2id at MODERATE takes about a second: call these from a Web Worker in browsers.
import sumo from 'libsodium-wrappers-sumo';
import { utf8, wipe } from './bytes';
import { boxKeyPairFromSeed, signingKeyPairFromSeed } from './case-keys';
import { CryptoNotReadyError, InvalidArgumentError } from './errors';
import { DEFAULT_ARGON2ID, checkArgon2idParams } from './kdf-params';
import { deriveSubkey } from './hash';
import {
  KDF_SALT_BYTES,
  unwrapPrivateKeys,
  wrapPrivateKeys,
  type Argon2idParams,
  type DerivedSecrets,
  type ProsecutorKeys,
  type WrappedKeys,
} from './key-wrap';
import { deriveRecoverySecrets, encodeRecoveryKey, generateRecoveryKey } from './recovery-key';
import { randomBytes, ready } from './sodium';

export { hashLoginSecret, verifyLoginSecret } from './login-secret';
export { fingerprint } from './fingerprint';
export { decodeRecoveryKey, deriveRecoverySecrets, encodeRecoveryKey } from './recovery-key';
export { unwrapPrivateKeys, wrapPrivateKeys } from './key-wrap';
export { decodeWrappedKeys, encodeWrappedKeys } from './key-wrap-file';
export type { Argon2idParams, DerivedSecrets, ProsecutorKeys, WrappedKeys } from './key-wrap';

export { DEFAULT_ARGON2ID, MAX_ARGON2ID, MIN_ARGON2ID, checkArgon2idParams } from './kdf-params';

let sumoReady = false;
let pending: Promise<void> | undefined;

/**
 * Initialises both libsodium builds (standard for everything shared, sumo for Argon2id).
 * Idempotent. The synchronous functions of this file throw CryptoNotReadyError until it resolves.
 */
export function readySumo(): Promise<void> {
  pending ??= Promise.all([ready(), sumo.ready]).then(() => {
    sumoReady = true;
  });
  return pending;
}

function sumoLib(): typeof sumo {
  if (!sumoReady) throw new CryptoNotReadyError('readySumo()');
  return sumo;
}

/**
 * Fresh Argon2id parameters for a new user or passphrase change: a random 16-byte salt and the
 * given cost (default MODERATE). Throws like checkArgon2idParams.
 */
export function newArgon2idParams(cost: { opsLimit: number; memLimitBytes: number } = DEFAULT_ARGON2ID): Argon2idParams {
  const params: Argon2idParams = { algorithm: 'argon2id13', ...cost, salt: randomBytes(KDF_SALT_BYTES) };
  checkArgon2idParams(params);
  return params;
}

/**
 * Derives the wrapping key and login secret from a passphrase (NFC-normalised, UTF-8) with
 * Argon2id under `params`, then crypto_kdf with contexts "tkpass_w"/1 and "tkpass_l"/2. Checks
 * the parameters first, so a hostile server cannot obtain a cheaply guessable login secret by
 * sending weak ones. Throws WeakKdfParamsError, ExcessiveKdfParamsError, InvalidArgumentError
 * (empty passphrase), CryptoNotReadyError.
 */
export function derivePassphraseSecrets(passphrase: string, params: Argon2idParams): DerivedSecrets {
  checkArgon2idParams(params);
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new InvalidArgumentError('empty passphrase');
  const s = sumoLib();
  const password = utf8(passphrase.normalize('NFC'));
  const master = s.crypto_pwhash(
    32,
    password,
    params.salt,
    params.opsLimit,
    params.memLimitBytes,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
  try {
    return {
      wrappingKey: deriveSubkey(master, 'passphraseWrapKey'),
      loginSecret: deriveSubkey(master, 'passphraseLoginSecret'),
    };
  } finally {
    wipe(master, password);
  }
}

/** Prosecutor keys from two 32-byte seeds: for test vectors only. */
export function prosecutorKeysFromSeeds(signingSeed: Uint8Array, boxSeed: Uint8Array): ProsecutorKeys {
  return { signing: signingKeyPairFromSeed(signingSeed), box: boxKeyPairFromSeed(boxSeed) };
}

/** A new Ed25519 signing pair and X25519 box pair from the CSPRNG. Throws CryptoNotReadyError. */
export function generateProsecutorKeys(): ProsecutorKeys {
  sumoLib();
  const signingSeed = randomBytes(32);
  const boxSeed = randomBytes(32);
  try {
    return prosecutorKeysFromSeeds(signingSeed, boxSeed);
  } finally {
    wipe(signingSeed, boxSeed);
  }
}

export interface Enrollment {
  readonly keys: ProsecutorKeys;
  /** Keys wrapped under the passphrase; stored by the server. */
  readonly passphraseWrapped: WrappedKeys;
  /** Keys wrapped under the recovery key; stored by the server. */
  readonly recoveryWrapped: WrappedKeys;
  /** Sent to the server, which stores hashLoginSecret of each. */
  readonly loginSecret: Uint8Array;
  readonly recoveryLoginSecret: Uint8Array;
  /** Shown to the prosecutor once, to keep on paper; never sent anywhere. */
  readonly recoveryKeyText: string;
}

/**
 * Enrolment in one call: new keys, a new salt, the keys wrapped under the passphrase and under a
 * new recovery key, and both login secrets. Throws like derivePassphraseSecrets.
 */
export function enrollProsecutor(
  userId: string,
  passphrase: string,
  cost: { opsLimit: number; memLimitBytes: number } = DEFAULT_ARGON2ID,
): Enrollment {
  const keys = generateProsecutorKeys();
  const kdf = newArgon2idParams(cost);
  const fromPassphrase = derivePassphraseSecrets(passphrase, kdf);
  const recoveryKey = generateRecoveryKey();
  const fromRecovery = deriveRecoverySecrets(recoveryKey);
  try {
    return {
      keys,
      passphraseWrapped: wrapPrivateKeys(keys, fromPassphrase.wrappingKey, { userId, method: 'passphrase', kdf }),
      recoveryWrapped: wrapPrivateKeys(keys, fromRecovery.wrappingKey, { userId, method: 'recovery' }),
      loginSecret: fromPassphrase.loginSecret,
      recoveryLoginSecret: fromRecovery.loginSecret,
      recoveryKeyText: encodeRecoveryKey(recoveryKey),
    };
  } finally {
    wipe(fromPassphrase.wrappingKey, fromRecovery.wrappingKey, recoveryKey);
  }
}

/**
 * Login from any browser: derives the secrets from the passphrase with the blob's own KDF
 * parameters (checked against floor and ceiling) and unwraps. Returns the keys and the login
 * secret. Throws DecryptError ('decrypt_failed') for a wrong passphrase, WeakKdfParamsError,
 * ExcessiveKdfParamsError, InvalidArgumentError if the blob is not passphrase-wrapped.
 */
export function unwrapWithPassphrase(
  wrapped: WrappedKeys,
  passphrase: string,
  userId: string,
): { keys: ProsecutorKeys; loginSecret: Uint8Array } {
  if (wrapped.method !== 'passphrase') throw new InvalidArgumentError('blob is not wrapped under a passphrase');
  const secrets = derivePassphraseSecrets(passphrase, wrapped.kdf);
  try {
    return { keys: unwrapPrivateKeys(wrapped, secrets.wrappingKey, userId), loginSecret: secrets.loginSecret };
  } finally {
    wipe(secrets.wrappingKey);
  }
}
