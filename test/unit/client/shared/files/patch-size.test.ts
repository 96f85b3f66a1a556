// The adaptive tus PATCH size (client/shared/files/patch-size.ts): a fast link grows it, a slow
// one shrinks it towards 25 s a PATCH, a failure halves it, encryption that cannot keep up caps
// it at the read-ahead, and every size is whole ciphertext chunks within the bounds.
import { describe, expect, it } from 'vitest';
import { FILE_CIPHER_CHUNK_BYTES } from '../../../../../crypto/index';
import {
  PATCH_CEILING_BYTES,
  PATCH_FLOOR_BYTES,
  PATCH_OVERLAP_BYTES,
  PATCH_START_BYTES,
  PATCH_TARGET_MS,
  sizeAfterFailure,
  sizeAfterSuccess,
  wholeChunks,
} from '../../../../../client/shared/files/patch-size';
import { refusalFor } from '../../../../../client/shared/files/upload';

const C = FILE_CIPHER_CHUNK_BYTES;
const KB = 1000;
const MiB = 1024 * 1024;

/** A PATCH of `bytes` sent at `bytesPerSecond` (plus 0.8 s of round trip), its bytes ready at once. */
const over = (bytes: number, bytesPerSecond: number, waitMs = 0): { bytes: number; sendMs: number; waitMs: number } => ({
  bytes,
  sendMs: 800 + (bytes / bytesPerSecond) * 1000,
  waitMs,
});

describe('PATCH size bounds', () => {
  it('are whole ciphertext chunks: floor 256 KiB, start 512 KiB, read-ahead 4 MiB, ceiling 16 MiB', () => {
    expect([PATCH_FLOOR_BYTES, PATCH_START_BYTES, PATCH_OVERLAP_BYTES, PATCH_CEILING_BYTES]).toEqual([4 * C, 8 * C, 64 * C, 256 * C]);
    expect(PATCH_CEILING_BYTES).toBeLessThanOrEqual(64 * MiB); // what the server's benchmark validated
    // The floor passes in the aimed time at about 10 KB/s, and within the server's 120 s at 2.2 KB/s.
    expect(PATCH_FLOOR_BYTES / (PATCH_TARGET_MS / 1000)).toBeLessThan(10.5 * KB);
    expect(PATCH_FLOOR_BYTES / 120).toBeLessThan(2.2 * KB);
  });

  it.each([
    [0, PATCH_FLOOR_BYTES],
    [-5, PATCH_FLOOR_BYTES],
    [Number.NaN, PATCH_FLOOR_BYTES],
    [Number.POSITIVE_INFINITY, PATCH_FLOOR_BYTES],
    [PATCH_FLOOR_BYTES + C - 1, PATCH_FLOOR_BYTES],
    [10 * C + 5, 10 * C],
    [10 ** 12, PATCH_CEILING_BYTES],
  ])('wholeChunks(%d) = %d', (bytes, expected) => {
    expect(wholeChunks(bytes)).toBe(expected);
  });
});

describe('sizeAfterSuccess', () => {
  it.each([
    // name, current size, timing, expected next size
    ['fast link (10 MB/s): grows fourfold from the start', PATCH_START_BYTES, over(PATCH_START_BYTES, 10_000 * KB), 4 * PATCH_START_BYTES],
    ['fast link: grows fourfold again', 32 * C, over(32 * C, 10_000 * KB), 128 * C],
    ['fast link: stops at the ceiling', 128 * C, over(128 * C, 10_000 * KB), PATCH_CEILING_BYTES],
    ['fast link at the ceiling: stays', PATCH_CEILING_BYTES, over(PATCH_CEILING_BYTES, 50_000 * KB), PATCH_CEILING_BYTES],
    ['Tor at 1 MB/s: grows no further than about 25 s', PATCH_CEILING_BYTES, over(PATCH_CEILING_BYTES, 1000 * KB), PATCH_CEILING_BYTES],
    ['40 KB/s: 512 KiB took 14 s, so about 1 MB next', PATCH_START_BYTES, over(PATCH_START_BYTES, 40 * KB), 14 * C],
    ['40 KB/s: 4 MiB took 106 s, shrinks to about 1 MB', PATCH_OVERLAP_BYTES, over(PATCH_OVERLAP_BYTES, 40 * KB), 15 * C],
    ['9 KB/s: shrinks to the floor', PATCH_START_BYTES, over(PATCH_START_BYTES, 9 * KB), PATCH_FLOOR_BYTES],
    ['1 KB/s: never below the floor', PATCH_FLOOR_BYTES, over(PATCH_FLOOR_BYTES, 1 * KB), PATCH_FLOOR_BYTES],
    ['encryption slower than the link: capped at the read-ahead', PATCH_CEILING_BYTES, over(PATCH_CEILING_BYTES, 1000 * KB, 24_000), PATCH_OVERLAP_BYTES],
    ['encryption slower than the link: may still shrink', PATCH_OVERLAP_BYTES, over(PATCH_OVERLAP_BYTES, 40 * KB, 200_000), 15 * C],
    ['encryption a little behind: still grows', 64 * C, over(64 * C, 1000 * KB, 500), 256 * C],
    ['a piece shorter than asked (the end of the file): unchanged', 16 * C, over(C, 10_000 * KB), 16 * C],
    ['a short piece on a slow link: unchanged too', 16 * C, over(C, 1 * KB), 16 * C],
    ['nothing accepted: unchanged', 20 * C, { bytes: 0, sendMs: 5000, waitMs: 0 }, 20 * C],
    ['an instant answer does not divide by zero', PATCH_START_BYTES, { bytes: PATCH_START_BYTES, sendMs: 0, waitMs: 0 }, 4 * PATCH_START_BYTES],
  ])('%s', (_name, current, timing, expected) => {
    const next = sizeAfterSuccess(current, timing);
    expect(next).toBe(expected);
    expect(next % C).toBe(0);
  });

  it('settles on PATCHes of about 25 s at any steady speed above the floor, from the start size', () => {
    for (const bytesPerSecond of [12 * KB, 40 * KB, 100 * KB, 300 * KB]) {
      let size = PATCH_START_BYTES;
      for (let i = 0; i < 12; i += 1) size = sizeAfterSuccess(size, over(size, bytesPerSecond));
      const seconds = over(size, bytesPerSecond).sendMs / 1000;
      expect(seconds, `${String(bytesPerSecond)} B/s`).toBeGreaterThan(22);
      expect(seconds, `${String(bytesPerSecond)} B/s`).toBeLessThanOrEqual(25);
    }
  });
});

describe('sizeAfterFailure', () => {
  it.each([
    ['halves', 64 * C, undefined, 32 * C],
    ['halves an odd number of chunks, rounding down', 9 * C, undefined, 4 * C],
    ['halves from the ceiling', PATCH_CEILING_BYTES, undefined, 128 * C],
    ['never below the floor', PATCH_FLOOR_BYTES, undefined, PATCH_FLOOR_BYTES],
    ['a quick drop halves whatever was sent', 64 * C, { bytes: 1000, ms: 1500 }, 32 * C],
    ['after the server gave up at 120 s with 1 MB sent (8.3 KB/s): the floor', PATCH_OVERLAP_BYTES, { bytes: 1_000_000, ms: 120_000 }, PATCH_FLOOR_BYTES],
    ['after 120 s with 3.6 MB sent (30 KB/s): about 25 s of it', PATCH_OVERLAP_BYTES, { bytes: 3_600_000, ms: 120_000 }, 11 * C],
    ['a long PATCH that sent much: still at least halves', PATCH_CEILING_BYTES, { bytes: 16_000_000, ms: 30_000 }, 128 * C],
  ])('%s', (_name, current, partial, expected) => {
    expect(sizeAfterFailure(current, partial)).toBe(expected);
  });

  it('reaches the floor from the ceiling in six failures', () => {
    let size = PATCH_CEILING_BYTES;
    const seen: number[] = [];
    while (size > PATCH_FLOOR_BYTES) {
      size = sizeAfterFailure(size);
      seen.push(size / C);
    }
    expect(seen).toEqual([128, 64, 32, 16, 8, 4]);
  });
});

describe('refusalFor the server’s timeout', () => {
  it('retries a PATCH the server timed out (408) instead of failing the upload', () => {
    expect(refusalFor('PATCH', 408, '', 'a.jpg', 10)).toBeNull();
    expect(refusalFor('PATCH', 400, '', 'a.jpg', 10)?.code).toBe('server');
  });
});
