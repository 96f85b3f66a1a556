// libsodium's CommonJS build (the one with the asm.js backup, see sodiumAliases in vite.config.ts)
// tries WebAssembly first: it decodes its 220 KB wasm from base64, calls WebAssembly.instantiate,
// and when WebAssembly does not exist (Tor Browser "Safer", V8 --jitless) its abort handler runs
// `new WebAssembly.RuntimeError(…)`, which throws an uncaught ReferenceError in the page before
// the asm.js backup takes over. This build step adds one check in front of that attempt: with no
// WebAssembly global, the start-up promise rejects at once, which is exactly the path libsodium
// already takes to its asm.js backup (`.catch(() => useBackupModule())`). No crypto code changes;
// with WebAssembly present nothing changes at all. If a libsodium update moves the code, the
// build stops here instead of silently shipping the old behaviour.
import type { Plugin } from 'vite';

/** The module the plugin rewrites: libsodium's CommonJS build, where sodiumAliases points. */
export const SODIUM_MODULE = /[\\/]node_modules[\\/]libsodium[\\/]dist[\\/]modules[\\/]libsodium\.js$/;

// The end of the asm.js backup's definition and the first statement of the WebAssembly module,
// both at the top level of the `ready` promise's executor: a throw there rejects `ready`.
const ANCHOR = '};var g,C=void 0!==C?C:{},';
const GUARD = 'if("undefined"==typeof WebAssembly)throw new Error("no WebAssembly: asm.js backup");';

/** The CommonJS libsodium source with the WebAssembly check; throws if the anchor is not found exactly once. */
export function guardWasmProbe(code: string): string {
  const at = code.indexOf(ANCHOR);
  if (at < 0 || code.indexOf(ANCHOR, at + 1) >= 0) {
    throw new Error('libsodium changed: the WebAssembly probe guard (vite-sodium.ts) no longer fits, review it');
  }
  return `${code.slice(0, at + 2)}${GUARD}${code.slice(at + 2)}`;
}

/** Vite plugin: applies guardWasmProbe to libsodium's CommonJS build wherever it is bundled. */
export function sodiumWasmProbeGuard(): Plugin {
  return {
    name: 'thicket:sodium-wasm-probe-guard',
    enforce: 'pre',
    transform(code, id) {
      if (!SODIUM_MODULE.test(id.split('?')[0] ?? id)) return null;
      return { code: guardWasmProbe(code), map: null };
    },
  };
}
