import { describe, expect, it } from 'vitest';
import { BadPaddingError, TooLargeError } from '../../../crypto/errors';
import { MAX_BUCKET, MAX_PADDED_PLAINTEXT, bucketSize, pad, unpad, unpaddedLength } from '../../../crypto/padding';
import { expectCryptoError, patternBytes, sameBytes } from './fixtures';

describe('padding to size buckets', () => {
  it.each([
    [0, 1024],
    [1, 1024],
    [1022, 1024],
    [1023, 1024],
    [1024, 2048],
    [1025, 2048],
    [2047, 2048],
    [2048, 4096],
    [65535, 65536],
    [MAX_PADDED_PLAINTEXT, MAX_BUCKET],
  ])('puts %i bytes in a %i-byte bucket', (length, bucket) => {
    expect(bucketSize(length)).toBe(bucket);
  });

  it('round-trips lengths around every bucket boundary up to 64 KiB', () => {
    for (let bucket = 1024; bucket <= 65536; bucket *= 2) {
      for (const length of [bucket - 2, bucket - 1, bucket, bucket + 1]) {
        const data = patternBytes(length, length);
        const padded = pad(data);
        expect(padded.length).toBe(bucketSize(length));
        expect(padded[length]).toBe(0x80);
        expect(sameBytes(unpad(padded), data)).toBe(true);
      }
    }
  });

  it('keeps trailing 0x80 and zero bytes of the data itself', () => {
    const data = Uint8Array.of(1, 0x80, 0, 0x80, 0);
    expect(unpad(pad(data))).toEqual(data);
  });

  it('refuses plaintexts beyond the maximum', () => {
    expectCryptoError(() => bucketSize(MAX_PADDED_PLAINTEXT + 1), TooLargeError, 'too_large');
  });

  it('rejects padding without a marker, a non-zero byte after the marker, or a non-bucket size', () => {
    expectCryptoError(() => unpad(new Uint8Array(1024)), BadPaddingError, 'bad_padding');
    const extra = pad(Uint8Array.of(1, 2, 3));
    extra[1000] = 1;
    expectCryptoError(() => unpad(extra), BadPaddingError, 'bad_padding');
    expectCryptoError(() => unpad(new Uint8Array(1500)), BadPaddingError, 'bad_padding');
    const noMarker = pad(Uint8Array.of(1, 2, 3));
    noMarker[3] = 0x7f;
    expectCryptoError(() => unpad(noMarker), BadPaddingError, 'bad_padding');
  });

  it('finds the marker when it is the very last byte or the very first', () => {
    const full = new Uint8Array(1024).fill(5);
    full[1023] = 0x80;
    expect(unpaddedLength(full)).toBe(1023);
    const empty = new Uint8Array(1024);
    empty[0] = 0x80;
    expect(unpaddedLength(empty)).toBe(0);
  });
});
