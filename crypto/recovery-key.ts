// The prosecutor's recovery key: 32 random bytes, shown once as Crockford base32 with a 24-bit
// checksum, kept on paper. It is full-entropy, so a fast KDF derives its wrapping key and login
// secret: no Argon2 needed.
import { assertLength, concatBytes, constantTimeEqual, wipe } from './bytes';
import { BadChecksumError, BadFormatError } from './errors';
import { deriveSubkey, hash256 } from './hash';
import type { DerivedSecrets } from './key-wrap';
import { randomBytes } from './sodium';

export const RECOVERY_KEY_BYTES = 32;
const CHECKSUM_BYTES = 3;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** (32 + 3) bytes = 280 bits = 56 symbols, shown in 14 groups of 4. */
export const RECOVERY_KEY_SYMBOLS = 56;

/** 32 fresh bytes from the CSPRNG. */
export function generateRecoveryKey(): Uint8Array {
  return randomBytes(RECOVERY_KEY_BYTES);
}

function checksum(key: Uint8Array): Uint8Array {
  return hash256('recoveryChecksum', key).slice(0, CHECKSUM_BYTES);
}

/**
 * Crockford base32 (big-endian, 5 bits per symbol) of key || checksum, where checksum is the
 * first 3 bytes of BLAKE2b-256(label "thicket/v1/recovery-key-checksum" || key), in groups of 4
 * joined by "-". Throws InvalidArgumentError unless key is 32 bytes.
 */
export function encodeRecoveryKey(key: Uint8Array): string {
  assertLength(key, RECOVERY_KEY_BYTES, 'recovery key');
  const bytes = concatBytes(key, checksum(key));
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >>> bits) & 31] as string;
    }
  }
  return (out.match(/.{4}/g) as string[]).join('-');
}

/**
 * Reads a recovery key typed by a person: case-insensitive, ignores spaces and dashes, reads
 * O as 0 and I/L as 1 (Crockford). Throws BadFormatError for other characters or the wrong
 * length, BadChecksumError ('bad_checksum') when a symbol is mistyped.
 */
export function decodeRecoveryKey(text: string): Uint8Array {
  if (typeof text !== 'string') throw new BadFormatError('recovery key must be text');
  const symbols = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== RECOVERY_KEY_SYMBOLS) throw new BadFormatError(`recovery key must have ${RECOVERY_KEY_SYMBOLS} symbols`);
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES + CHECKSUM_BYTES);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const s of symbols) {
    const v = ALPHABET.indexOf(s);
    if (v < 0) throw new BadFormatError('recovery key contains a character outside Crockford base32');
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >>> bits) & 0xff;
    }
  }
  const key = bytes.slice(0, RECOVERY_KEY_BYTES);
  if (!constantTimeEqual(bytes.subarray(RECOVERY_KEY_BYTES), checksum(key))) {
    wipe(key, bytes);
    throw new BadChecksumError('recovery key checksum mismatch: a character is wrong or two are swapped');
  }
  wipe(bytes);
  return key;
}

/** Wrapping key and recovery login secret from the recovery key (crypto_kdf, own contexts). */
export function deriveRecoverySecrets(recoveryKey: Uint8Array): DerivedSecrets {
  assertLength(recoveryKey, RECOVERY_KEY_BYTES, 'recovery key');
  return {
    wrappingKey: deriveSubkey(recoveryKey, 'recoveryWrapKey'),
    loginSecret: deriveSubkey(recoveryKey, 'recoveryLoginSecret'),
  };
}
