// Server MACs: a keyed BLAKE2b tag the server puts on values it hands out and must recognise
// later without remembering them (a login challenge, a case session token), and the keyed hash
// that gives unknown usernames plausible salts. Only the server holds the keys: nobody else
// can make or check these tags, and they mean nothing to any other party.
//
//   tag = BLAKE2b-256(key = K (32 bytes), message = L("server-mac") || lp(ASCII purpose) || message)
//
// The purpose is part of the hashed input, so a tag made for one purpose never verifies for
// another, even under the same key (the server also uses a separate key per purpose).
import { ascii, assertLength, concatBytes, constantTimeEqual, lengthPrefixed } from './bytes';
import { label } from './context';
import { BadMacError, InvalidArgumentError } from './errors';
import { lib } from './sodium';

export const MAC_KEY_BYTES = 32;
export const MAC_BYTES = 32;

/** Every purpose a server MAC is made for (docs/PROTOCOL.md §17). */
export const MAC_PURPOSES = ['challenge', 'case-session', 'username-salt'] as const;
export type MacPurpose = (typeof MAC_PURPOSES)[number];

function checkPurpose(purpose: unknown): asserts purpose is MacPurpose {
  if (typeof purpose !== 'string' || !(MAC_PURPOSES as readonly string[]).includes(purpose)) {
    throw new InvalidArgumentError('unknown MAC purpose');
  }
}

/** label "thicket/v1/server-mac" || u8(len) || ASCII purpose || message. */
export function macInput(purpose: MacPurpose, message: Uint8Array): Uint8Array {
  checkPurpose(purpose);
  if (!(message instanceof Uint8Array)) throw new InvalidArgumentError('MAC message must be bytes');
  return concatBytes(label('serverMac'), lengthPrefixed(ascii(purpose)), message);
}

/**
 * The 32-byte tag of `message` for `purpose` under the 32-byte secret `key`. Deterministic.
 * Throws InvalidArgumentError for a key that is not 32 bytes or an unknown purpose,
 * CryptoNotReadyError before ready().
 */
export function mac(key: Uint8Array, purpose: MacPurpose, message: Uint8Array): Uint8Array {
  assertLength(key, MAC_KEY_BYTES, 'MAC key');
  return lib().crypto_generichash(MAC_BYTES, macInput(purpose, message), key);
}

/**
 * Returns normally only if `tag` is the tag of `message` for `purpose` under `key`, comparing in
 * constant time. Throws BadMacError ('bad_mac') for a wrong tag, a tag of another length, another
 * purpose, another key or any change to the message; InvalidArgumentError for a bad key or an
 * unknown purpose.
 */
export function verifyMac(key: Uint8Array, purpose: MacPurpose, message: Uint8Array, tag: Uint8Array): void {
  const expected = mac(key, purpose, message);
  if (!(tag instanceof Uint8Array) || tag.length !== MAC_BYTES || !constantTimeEqual(expected, tag)) {
    throw new BadMacError();
  }
}
