// Plaintexts are padded before encryption so ciphertext sizes reveal only a size bucket:
// the next power of two of (length + 1), at least 1 KiB, at most 16 MiB. Padding is ISO/IEC
// 7816-4: one 0x80 byte, then zeros.
import { BadPaddingError, InvalidArgumentError, TooLargeError } from './errors';

export const MIN_BUCKET = 1024;
export const MAX_BUCKET = 16 * 1024 * 1024;
/** Largest plaintext that fits: one byte of every bucket is the 0x80 marker. */
export const MAX_PADDED_PLAINTEXT = MAX_BUCKET - 1;

/**
 * The padded size of a plaintext of `length` bytes. Throws TooLargeError ('too_large') beyond
 * MAX_PADDED_PLAINTEXT.
 */
export function bucketSize(length: number): number {
  if (!Number.isSafeInteger(length) || length < 0) throw new InvalidArgumentError('bad length');
  if (length > MAX_PADDED_PLAINTEXT) {
    throw new TooLargeError(`plaintext exceeds ${MAX_PADDED_PLAINTEXT} bytes`, MAX_PADDED_PLAINTEXT);
  }
  let bucket = MIN_BUCKET;
  while (bucket < length + 1) bucket *= 2;
  return bucket;
}

/** plaintext || 0x80 || 0x00… up to bucketSize(plaintext.length). Throws like bucketSize. */
export function pad(plaintext: Uint8Array): Uint8Array {
  const out = new Uint8Array(bucketSize(plaintext.length));
  out.set(plaintext);
  out[plaintext.length] = 0x80;
  return out;
}

export function isBucketSize(length: number): boolean {
  return length >= MIN_BUCKET && length <= MAX_BUCKET && (length & (length - 1)) === 0;
}

/**
 * Strips ISO/IEC 7816-4 padding from the end of `block` without data-dependent branches or
 * early exit (mirrors libsodium's sodium_unpad), so timing does not reveal the true length.
 * Returns the unpadded length. Throws BadPaddingError when no 0x80 marker follows the data.
 */
export function unpaddedLength(block: Uint8Array): number {
  let acc = 0;
  let padLength = 0;
  let valid = 0;
  const last = block.length - 1;
  for (let i = 0; i < block.length; i++) {
    const c = block[last - i] as number;
    // is_barrier is 1 exactly at the first non-zero byte from the end, if that byte is 0x80.
    const isBarrier = ((((acc - 1) & (padLength - 1) & ((c ^ 0x80) - 1)) >>> 8) & 1) >>> 0;
    acc |= c;
    padLength |= i & -isBarrier;
    valid |= isBarrier;
  }
  if (valid !== 1) throw new BadPaddingError();
  return block.length - 1 - padLength;
}

/**
 * Removes the padding added by pad(). Throws BadPaddingError ('bad_padding') when the size is not
 * a bucket or the padding is malformed.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  if (!isBucketSize(padded.length)) throw new BadPaddingError('padded size is not a bucket');
  return padded.slice(0, unpaddedLength(padded));
}
