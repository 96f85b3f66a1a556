// Wrapped prosecutor keys as strict JSON text: the form the server stores and returns.
import { toBase64Url } from './base64url';
import { BadFormatError } from './errors';
import { KDF_SALT_BYTES, WRAPPED_CIPHERTEXT_BYTES, WRAP_NONCE_BYTES, checkUserId, type WrappedKeys } from './key-wrap';
import { MAX_JSON_TEXT, bytesField, integerField, parseStrictObject, stringField } from './strict-json';

const TYPE = 'thicket-wrapped-keys';
const COMMON = ['type', 'version', 'userId', 'method', 'signingPublicKey', 'boxPublicKey', 'nonce', 'ciphertext'];
const PASSPHRASE = [...COMMON, 'kdfAlgorithm', 'opsLimit', 'memLimitBytes', 'salt'];

/** JSON text with base64url binary fields; KDF fields only for the passphrase method. */
export function encodeWrappedKeys(wrapped: WrappedKeys): string {
  return JSON.stringify({
    type: TYPE,
    version: 1,
    userId: wrapped.userId,
    method: wrapped.method,
    ...(wrapped.method === 'passphrase'
      ? {
          kdfAlgorithm: wrapped.kdf.algorithm,
          opsLimit: wrapped.kdf.opsLimit,
          memLimitBytes: wrapped.kdf.memLimitBytes,
          salt: toBase64Url(wrapped.kdf.salt),
        }
      : {}),
    signingPublicKey: toBase64Url(wrapped.signingPublicKey),
    boxPublicKey: toBase64Url(wrapped.boxPublicKey),
    nonce: toBase64Url(wrapped.nonce),
    ciphertext: toBase64Url(wrapped.ciphertext),
  });
}

/**
 * Parses wrapped keys strictly. Throws BadFormatError, BadBase64Error or UnsupportedVersionError.
 * KDF parameter bounds are enforced when deriving (derivePassphraseSecrets), not here.
 */
export function decodeWrappedKeys(text: string): WrappedKeys {
  if (typeof text !== 'string' || text.length > MAX_JSON_TEXT) throw new BadFormatError(`${TYPE}: not a small text`);
  let method: unknown;
  try {
    const probe: unknown = JSON.parse(text);
    method = typeof probe === 'object' && probe !== null ? (probe as { method?: unknown }).method : undefined;
  } catch {
    throw new BadFormatError(`${TYPE}: not JSON`);
  }
  if (method !== 'passphrase' && method !== 'recovery') throw new BadFormatError('unknown wrap method');
  const o = parseStrictObject(text, TYPE, method === 'passphrase' ? PASSPHRASE : COMMON);
  const userId = stringField(o, 'userId');
  try {
    checkUserId(userId);
  } catch {
    throw new BadFormatError('bad user id');
  }
  const common = {
    version: 1 as const,
    userId,
    signingPublicKey: bytesField(o, 'signingPublicKey', 32),
    boxPublicKey: bytesField(o, 'boxPublicKey', 32),
    nonce: bytesField(o, 'nonce', WRAP_NONCE_BYTES),
    ciphertext: bytesField(o, 'ciphertext', WRAPPED_CIPHERTEXT_BYTES),
  };
  if (method === 'recovery') return { ...common, method };
  if (stringField(o, 'kdfAlgorithm') !== 'argon2id13') throw new BadFormatError('unknown KDF algorithm');
  return {
    ...common,
    method,
    kdf: {
      algorithm: 'argon2id13',
      opsLimit: integerField(o, 'opsLimit'),
      memLimitBytes: integerField(o, 'memLimitBytes'),
      salt: bytesField(o, 'salt', KDF_SALT_BYTES),
    },
  };
}
