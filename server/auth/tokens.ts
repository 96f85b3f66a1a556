// Bearer and invite tokens: 32 bytes from the CSPRNG, sent as base64url; only a hash is stored,
// so a database dump cannot be replayed as a session or an invite.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_BYTES = 32;

/** A fresh token, base64url without padding (43 characters). */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 of the token text, as stored in the database (32 bytes). */
export function hashToken(token: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`thicket/v1/token\0${token}`, 'utf8').digest());
}

/** Constant-time equality of two byte strings of any length. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
