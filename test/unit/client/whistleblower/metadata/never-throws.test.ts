// Damaged files of every supported kind (deterministic bit flips, overwritten bytes and cuts of
// files full of metadata) never make removeMetadata throw or hang, and every answer keeps the
// report's promises: 'not-checked' and 'none-found' return the input itself, 'removed' names
// something, without duplicates.
import { describe, expect, it } from 'vitest';
import { removeMetadata } from '../../../../../client/whistleblower/files/metadata/index';
import { jpegWithEverything, pngMetadataChunks, pngWith, webpWithMetadata } from './fixtures';
import { pdfWithMetadata } from './pdf-fixtures';

/** xorshift32: reproducible damage (tests must not use Math.random, and a failure must replay). */
function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

function damaged(input: Uint8Array, next: () => number): Uint8Array {
  const copy = input.slice();
  switch (next() % 3) {
    case 0: // flip a few bits
      for (let count = 1 + (next() % 4); count > 0; count -= 1) {
        const index = next() % copy.length;
        copy[index] = (copy[index] ?? 0) ^ (1 << (next() % 8));
      }
      return copy;
    case 1: // overwrite a short run with 0x00 or 0xFF (lengths and markers)
      {
        const start = next() % copy.length;
        copy.fill(next() % 2 === 0 ? 0x00 : 0xff, start, start + 1 + (next() % 6));
      }
      return copy;
    default: // cut
      return copy.subarray(0, next() % copy.length);
  }
}

describe.each([
  ['JPEG', 'image/jpeg', async () => jpegWithEverything(6), 300],
  ['PNG', 'image/png', async () => pngWith(pngMetadataChunks()), 300],
  ['WebP', 'image/webp', async () => webpWithMetadata(), 300],
  ['PDF', 'application/pdf', () => pdfWithMetadata({ objectStreams: false }), 60],
])('damaged %s files', (_name, type, make, rounds) => {
  it(`${rounds} variants: never a throw, always a consistent report`, async () => {
    const original = await make();
    const next = generator(0x5eed + rounds + type.length);
    const actions = new Set<string>();
    for (let round = 0; round < rounds; round += 1) {
      const input = damaged(original, next);
      const { bytes, report } = await removeMetadata(input, type);
      actions.add(report.action);
      if (report.action === 'removed') {
        expect(report.removed.length).toBeGreaterThan(0);
        expect(new Set(report.removed).size).toBe(report.removed.length);
        expect(report.warning).toBeUndefined();
      } else {
        expect(bytes).toBe(input);
        if (report.action === 'not-checked') expect(report.warning).toMatch(/^Thicket could not check this file/);
      }
    }
    // The damage is varied enough to reach both outcomes.
    expect(actions.has('not-checked')).toBe(true);
    expect(actions.has('removed')).toBe(true);
  });
});
