// Unpadded base64url (RFC 4648 §5) is the only wire encoding of binary. Decoding is strict and
// canonical: one byte string has exactly one accepted text, so encoded values can be compared
// and hashed as text without ambiguity.
import { BadBase64Error } from './errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

function symbol(sixBits: number): string {
  return ALPHABET.charAt(sixBits & 63);
}

/** Encodes bytes as unpadded base64url. Pure; never throws for a Uint8Array. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += symbol(n >>> 18) + symbol(n >>> 12) + symbol(n >>> 6) + symbol(n);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += symbol(n >>> 18) + symbol(n >>> 12);
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += symbol(n >>> 18) + symbol(n >>> 12) + symbol(n >>> 6);
  }
  return out;
}

/**
 * Decodes unpadded base64url. Throws BadBase64Error ('bad_base64') on padding, whitespace,
 * characters outside the URL-safe alphabet, an impossible length, or non-zero trailing bits
 * (a non-canonical encoding). When `expectedLength` is given, also throws unless the decoded
 * value has exactly that many bytes.
 */
export function fromBase64Url(text: string, expectedLength?: number): Uint8Array {
  if (typeof text !== 'string') throw new BadBase64Error('expected a string');
  if (text.length % 4 === 1) throw new BadBase64Error('impossible base64url length');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (DECODE[c] as number) : -1;
    if (v < 0) throw new BadBase64Error('invalid base64url character');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new BadBase64Error('non-canonical base64url');
  if (expectedLength !== undefined && o !== expectedLength) {
    throw new BadBase64Error(`expected ${expectedLength} bytes`);
  }
  return out;
}
