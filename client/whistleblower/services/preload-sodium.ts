// The piece of libsodium this browser will run (vite-sodium.ts cuts it out of the crypto chunk),
// asked for beside the crypto chunk rather than after it has arrived and run: one round trip
// less (about 0.8 s on Tor) before the form is ready. The piece only exports a function, so
// loading it early runs nothing; the shell's own import later finds the same chunk, loaded.
// Where WebAssembly exists but then fails, the shell still falls back to asm.js by itself.

const ignore = (): void => undefined;

/**
 * Starts fetching the WebAssembly piece, or the asm.js piece where there is no WebAssembly.
 * Never fails: the promise (for tests) settles once the piece has loaded or could not.
 */
export function preloadSodiumPiece(): Promise<void> {
  // Each import() is followed by its own .catch: the build wraps every import() with the list of
  // chunks to fetch with it, and the minifier would merge two wrappers that differ only in the
  // import (`import(a).then(f)` in both branches does) into one, with one list: the wrong piece
  // would then be fetched too. The e2e core loop checks that only the right piece is fetched.
  try {
    if (typeof WebAssembly === 'undefined') {
      return import('virtual:thicket-sodium-asm').catch(ignore).then(ignore);
    }
    return import('virtual:thicket-sodium-wasm').catch(ignore).then(ignore);
  } catch {
    // Silent: the shell asks for its piece again.
    return Promise.resolve();
  }
}
