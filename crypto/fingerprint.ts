// Short strings people compare out of band (phone, paper) to check that a key is the right one.
import { assertLength, concatBytes, u8 } from './bytes';
import { InvalidArgumentError } from './errors';
import { hash160 } from './hash';

/**
 * Fingerprint of one or more 32-byte public keys (for a prosecutor: signing key then box key):
 * BLAKE2b-160(label "thicket/v1/fingerprint" || u8(count) || keys…) as 40 upper-case hex
 * digits in 10 groups of 4, e.g. "1A2B 3C4D …". People must compare all 40 digits: every digit
 * skipped removes 4 bits from the work of forging a matching key. Throws InvalidArgumentError.
 */
export function fingerprint(publicKey: Uint8Array, ...morePublicKeys: Uint8Array[]): string {
  const keys = [publicKey, ...morePublicKeys];
  if (keys.length > 8) throw new InvalidArgumentError('too many keys for one fingerprint');
  keys.forEach((k) => assertLength(k, 32, 'public key'));
  const digest = hash160('fingerprint', concatBytes(u8(keys.length), ...keys));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return (hex.toUpperCase().match(/.{4}/g) as string[]).join(' ');
}
