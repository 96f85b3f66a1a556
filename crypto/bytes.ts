// Byte helpers shared by every encoder. Big-endian integers, strict ASCII, UTF-8.
import { InvalidArgumentError } from './errors';

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function u8(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new InvalidArgumentError('u8 out of range');
  }
  return Uint8Array.of(value);
}

export function u32be(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new InvalidArgumentError('u32 out of range');
  }
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

/** Only non-negative safe integers: protocol u64 fields never need more than 2^53 - 1. */
export function u64be(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError('u64 out of range');
  }
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value), false);
  return out;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Throws on invalid UTF-8 instead of inserting U+FFFD, so two byte strings never decode alike. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    throw new InvalidArgumentError('invalid UTF-8');
  }
}

/** Printable ASCII only (0x20..0x7e): protocol labels and identifiers must have one encoding. */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) throw new InvalidArgumentError('expected printable ASCII');
    out[i] = c;
  }
  return out;
}

/** Length-prefixed (one byte) field, so adjacent variable fields cannot be re-split. */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 0xff) throw new InvalidArgumentError('field longer than 255 bytes');
  return concatBytes(u8(bytes.length), bytes);
}

/**
 * Compares secrets without an early exit, so timing reveals only whether lengths differ (lengths
 * are public in this protocol).
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/** Best-effort wipe of secret bytes we own (JavaScript may have copied them elsewhere). */
export function wipe(...buffers: Uint8Array[]): void {
  for (const buffer of buffers) buffer.fill(0);
}

export function assertLength(bytes: unknown, length: number, what: string): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new InvalidArgumentError(`${what} must be ${length} bytes`);
  }
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
