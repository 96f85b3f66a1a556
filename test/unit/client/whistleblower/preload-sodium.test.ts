// The piece of libsodium asked for beside the crypto (services/preload-sodium.ts): the WebAssembly
// piece where WebAssembly exists, the asm.js piece where it does not (Tor Browser "Safer"), never
// both. The pieces stand in for the build's virtual modules (vite-sodium.ts) and record that
// they were loaded.
import { afterEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => [] as string[]);
vi.mock('virtual:thicket-sodium-wasm', () => {
  loaded.push('wasm');
  return { default: () => undefined };
});
vi.mock('virtual:thicket-sodium-asm', () => {
  loaded.push('asm');
  return { default: () => Promise.resolve() };
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  loaded.length = 0;
});

describe('the libsodium piece, asked for early', () => {
  it('is the WebAssembly piece where WebAssembly exists', async () => {
    expect(typeof WebAssembly).toBe('object');
    const { preloadSodiumPiece } = await import('../../../../client/whistleblower/services/preload-sodium');
    await preloadSodiumPiece();
    expect(loaded).toEqual(['wasm']);
  });

  it('is the asm.js piece where there is no WebAssembly', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const { preloadSodiumPiece } = await import('../../../../client/whistleblower/services/preload-sodium');
    await preloadSodiumPiece();
    expect(loaded).toEqual(['asm']);
  });
});
