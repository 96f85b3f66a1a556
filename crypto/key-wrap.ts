// Prosecutor private keys are stored on the server wrapped (XChaCha20-Poly1305) under a key only
// the prosecutor can derive: from the passphrase (Argon2id, in prosecutor-keys.ts) or from the
// recovery key. The associated data binds the user, the method and the KDF parameters, so a
// blob cannot be moved to another account or presented with weaker parameters.
import { ascii, assertLength, concatBytes, constantTimeEqual, lengthPrefixed, u32be, u64be, u8, wipe } from './bytes';
import { PROTOCOL_VERSION, label } from './context';
import { BadFormatError, DecryptError, InvalidArgumentError, KeyMismatchError, UnsupportedVersionError } from './errors';
import { signingKeyPairFromSeed, type BoxKeyPair, type SigningKeyPair } from './case-keys';
import { lib, randomBytes } from './sodium';

export const KDF_SALT_BYTES = 16;
export const WRAP_NONCE_BYTES = 24;
const WRAPPED_PLAINTEXT_BYTES = 64;
export const WRAPPED_CIPHERTEXT_BYTES = WRAPPED_PLAINTEXT_BYTES + 16;
export const MAX_USER_ID = 128;

/** The two secrets derived from a passphrase or a recovery key. */
export interface DerivedSecrets {
  /** 32-byte XChaCha20-Poly1305 key that wraps the private keys. Never leaves the browser. */
  readonly wrappingKey: Uint8Array;
  /** 32-byte secret sent to the server at login; the server stores hashLoginSecret of it. */
  readonly loginSecret: Uint8Array;
}

export interface ProsecutorKeys {
  readonly signing: SigningKeyPair;
  readonly box: BoxKeyPair;
}

export interface Argon2idParams {
  readonly algorithm: 'argon2id13';
  readonly opsLimit: number;
  readonly memLimitBytes: number;
  /** 16 random bytes, per user. */
  readonly salt: Uint8Array;
}

export type WrapMethod = 'passphrase' | 'recovery';
const METHOD_BYTE: Record<WrapMethod, number> = { passphrase: 1, recovery: 2 };
const ALGORITHM_BYTE = { argon2id13: 2 } as const; // libsodium's crypto_pwhash_ALG_ARGON2ID13

export type WrapMeta =
  | { readonly userId: string; readonly method: 'passphrase'; readonly kdf: Argon2idParams }
  | { readonly userId: string; readonly method: 'recovery' };

export type WrappedKeys = WrapMeta & {
  readonly version: 1;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
};

export function checkUserId(userId: unknown): asserts userId is string {
  if (typeof userId !== 'string' || userId.length < 1 || userId.length > MAX_USER_ID || !/^[\x20-\x7e]+$/.test(userId)) {
    throw new InvalidArgumentError('user id must be 1..128 printable ASCII characters');
  }
}

function kdfBytes(meta: WrapMeta): Uint8Array {
  if (meta.method === 'recovery') return new Uint8Array(0);
  const { algorithm, opsLimit, memLimitBytes, salt } = meta.kdf;
  if (algorithm !== 'argon2id13') throw new InvalidArgumentError('unknown KDF algorithm');
  assertLength(salt, KDF_SALT_BYTES, 'KDF salt');
  return concatBytes(u8(ALGORITHM_BYTE[algorithm]), u32be(opsLimit), u64be(memLimitBytes), salt);
}

/**
 * label "thicket/v1/key-wrap" || version (1) || u8(method: 1 passphrase, 2 recovery) ||
 * u8(len) || ASCII userId || [passphrase only: u8(2 = Argon2id v1.3) || u32be(opsLimit) ||
 * u64be(memLimitBytes) || salt (16)] || signingPublicKey (32) || boxPublicKey (32).
 */
export function keyWrapAssociatedData(meta: WrapMeta, signingPublicKey: Uint8Array, boxPublicKey: Uint8Array): Uint8Array {
  checkUserId(meta.userId);
  if (!(meta.method in METHOD_BYTE)) throw new InvalidArgumentError('unknown wrap method');
  assertLength(signingPublicKey, 32, 'signing public key');
  assertLength(boxPublicKey, 32, 'box public key');
  return concatBytes(
    label('keyWrap'),
    u8(PROTOCOL_VERSION),
    u8(METHOD_BYTE[meta.method]),
    lengthPrefixed(ascii(meta.userId)),
    kdfBytes(meta),
    signingPublicKey,
    boxPublicKey,
  );
}

/** X25519 key pair from its 32-byte secret key. */
export function boxKeyPairFromSecretKey(secretKey: Uint8Array): BoxKeyPair {
  assertLength(secretKey, 32, 'box secret key');
  return { publicKey: lib().crypto_scalarmult_base(secretKey), secretKey: secretKey.slice() };
}

/** wrapPrivateKeys with a caller-supplied nonce: for test vectors only. */
export function wrapPrivateKeysWithNonce(
  keys: ProsecutorKeys,
  wrappingKey: Uint8Array,
  meta: WrapMeta,
  nonce: Uint8Array,
): WrappedKeys {
  assertLength(wrappingKey, 32, 'wrapping key');
  assertLength(nonce, WRAP_NONCE_BYTES, 'wrap nonce');
  assertLength(keys.signing.secretKey, 64, 'signing secret key');
  assertLength(keys.box.secretKey, 32, 'box secret key');
  const ad = keyWrapAssociatedData(meta, keys.signing.publicKey, keys.box.publicKey);
  // Plaintext: Ed25519 seed (first half of libsodium's secret key) || X25519 secret key.
  const plaintext = concatBytes(keys.signing.secretKey.subarray(0, 32), keys.box.secretKey);
  const ciphertext = lib().crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, wrappingKey);
  wipe(plaintext);
  const common = {
    version: 1 as const,
    signingPublicKey: keys.signing.publicKey.slice(),
    boxPublicKey: keys.box.publicKey.slice(),
    nonce: nonce.slice(),
    ciphertext,
  };
  return meta.method === 'passphrase'
    ? { ...common, userId: meta.userId, method: 'passphrase', kdf: { ...meta.kdf, salt: meta.kdf.salt.slice() } }
    : { ...common, userId: meta.userId, method: 'recovery' };
}

/**
 * Wraps the prosecutor's private keys under `wrappingKey` (from derivePassphraseSecrets or
 * deriveRecoverySecrets) with a fresh random nonce, binding user id, method and KDF parameters.
 * Throws InvalidArgumentError on malformed input.
 */
export function wrapPrivateKeys(keys: ProsecutorKeys, wrappingKey: Uint8Array, meta: WrapMeta): WrappedKeys {
  return wrapPrivateKeysWithNonce(keys, wrappingKey, meta, randomBytes(WRAP_NONCE_BYTES));
}

/**
 * Unwraps the private keys of `wrapped` for `expectedUserId`. Throws DecryptError
 * ('decrypt_failed') for a wrong passphrase or recovery key, a blob of another user, or any
 * modified field; UnsupportedVersionError; BadFormatError for wrong sizes; KeyMismatchError if the
 * decrypted keys do not match the recorded public keys.
 */
export function unwrapPrivateKeys(wrapped: WrappedKeys, wrappingKey: Uint8Array, expectedUserId: string): ProsecutorKeys {
  assertLength(wrappingKey, 32, 'wrapping key');
  checkUserId(expectedUserId);
  if (wrapped.version !== PROTOCOL_VERSION) throw new UnsupportedVersionError(wrapped.version);
  if (!(wrapped.nonce instanceof Uint8Array) || wrapped.nonce.length !== WRAP_NONCE_BYTES) {
    throw new BadFormatError('wrap nonce must be 24 bytes');
  }
  if (!(wrapped.ciphertext instanceof Uint8Array) || wrapped.ciphertext.length !== WRAPPED_CIPHERTEXT_BYTES) {
    throw new BadFormatError('wrapped keys have the wrong size');
  }
  // The expected user id goes into the AD, so a blob wrapped for someone else fails to decrypt.
  const meta: WrapMeta =
    wrapped.method === 'passphrase'
      ? { userId: expectedUserId, method: 'passphrase', kdf: wrapped.kdf }
      : { userId: expectedUserId, method: 'recovery' };
  const ad = keyWrapAssociatedData(meta, wrapped.signingPublicKey, wrapped.boxPublicKey);
  let plaintext: Uint8Array;
  try {
    plaintext = lib().crypto_aead_xchacha20poly1305_ietf_decrypt(null, wrapped.ciphertext, ad, wrapped.nonce, wrappingKey);
  } catch {
    throw new DecryptError('cannot unwrap keys: wrong passphrase or recovery key, or modified data');
  }
  try {
    const signing = signingKeyPairFromSeed(plaintext.subarray(0, 32));
    const box = boxKeyPairFromSecretKey(plaintext.subarray(32, 64));
    if (
      !constantTimeEqual(signing.publicKey, wrapped.signingPublicKey) ||
      !constantTimeEqual(box.publicKey, wrapped.boxPublicKey)
    ) {
      throw new KeyMismatchError();
    }
    return { signing, box };
  } finally {
    wipe(plaintext);
  }
}
