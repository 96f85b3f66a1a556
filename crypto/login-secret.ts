// A prosecutor's browser derives a 256-bit login secret from the passphrase (Argon2id) or the
// recovery key and sends it instead of the passphrase. The server stores only its hash. The
// secret is full-entropy, so a fast hash is enough: nothing is gained by stretching it again.
import { assertLength, constantTimeEqual } from './bytes';
import { LoginFailedError } from './errors';
import { hash256 } from './hash';

export const LOGIN_SECRET_BYTES = 32;

/** BLAKE2b-256(label "thicket/v1/login-secret-hash" || loginSecret): what the server stores. */
export function hashLoginSecret(loginSecret: Uint8Array): Uint8Array {
  assertLength(loginSecret, LOGIN_SECRET_BYTES, 'login secret');
  return hash256('loginSecretHash', loginSecret);
}

/**
 * Returns normally only if `loginSecret` hashes to `storedHash`, comparing in constant time.
 * Throws LoginFailedError ('login_failed') otherwise, InvalidArgumentError on bad lengths.
 */
export function verifyLoginSecret(loginSecret: Uint8Array, storedHash: Uint8Array): void {
  assertLength(storedHash, 32, 'stored login secret hash');
  if (!(loginSecret instanceof Uint8Array) || loginSecret.length !== LOGIN_SECRET_BYTES) throw new LoginFailedError();
  if (!constantTimeEqual(hashLoginSecret(loginSecret), storedHash)) throw new LoginFailedError();
}
