// libsodium's CommonJS build (the one with the asm.js backup, see sodiumAliases in vite.config.ts)
// holds libsodium twice: as WebAssembly (a 220 KB wasm in base64, ~135 KB compressed) and as
// asm.js for browsers without WebAssembly (~172 KB compressed). A browser needs only one. This
// build step cuts the file, without changing a byte of either libsodium, into:
//   - a small shell (the start-up promise and the random source), where the crypto chunk sits;
//   - the WebAssembly module, fetched as its own chunk only where WebAssembly exists;
//   - the asm.js backup, fetched as its own chunk only when WebAssembly is missing or fails.
// Without WebAssembly (Tor Browser "Safer", V8 --jitless) the shell goes straight to asm.js: the
// build as published first decodes the wasm and then throws an uncaught "WebAssembly is not
// defined" in the page. Every cut is at an exact piece of text found exactly once, and both
// pieces have no free variable but their parameters and globals (test/unit/build); if a libsodium
// update moves anything, the build stops here instead of shipping something else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module the plugin rewrites: libsodium's CommonJS build, where sodiumAliases points. */
export const SODIUM_MODULE = /[\\/]node_modules[\\/]libsodium[\\/]dist[\\/]modules[\\/]libsodium\.js$/;

/** libsodium's CommonJS build on disk (sodiumAliases in vite.config.ts points at the same file). */
export const SODIUM_FILE = fileURLToPath(new URL('./node_modules/libsodium/dist/modules/libsodium.js', import.meta.url));

export const WASM_ID = 'virtual:thicket-sodium-wasm';
export const ASM_ID = 'virtual:thicket-sodium-asm';

// Inside `I.ready = new Promise(function (A, I) { <1>; <2>; }).catch(() => D.useBackupModule())`:
// <1> sets the module's callbacks, among them `C.useBackupModule = function () {…asm.js…}`;
// <2> is the WebAssembly module (its first statement declares `var g, C = …`).
const BACKUP_AT = 'C.useBackupModule=';
const MAIN_AT = '};var g,C=void 0!==C?C:{},';
const TAIL_AT = '}).catch(function(){return D.useBackupModule()})';

export interface SodiumPieces {
  /** The libsodium module without either implementation; imports one of the two below. */
  readonly shell: string;
  /** ES module: `default(A, I, C, D)` runs the WebAssembly start-up (resolve, reject, module). */
  readonly wasm: string;
  /** ES module: `default(D)` starts the asm.js backup into module object D; returns a promise. */
  readonly asm: string;
}

function onlyOnce(code: string, piece: string): number {
  const at = code.indexOf(piece);
  if (at < 0 || code.indexOf(piece, at + 1) >= 0) {
    throw new Error('libsodium changed: the split of its CommonJS build (vite-sodium.ts) no longer fits, review it');
  }
  return at;
}

/** Cuts libsodium's CommonJS source into the three pieces; throws if it is not the expected file. */
export function splitSodium(code: string): SodiumPieces {
  const backupStart = onlyOnce(code, BACKUP_AT) + BACKUP_AT.length;
  const backupEnd = onlyOnce(code, MAIN_AT) + 1;
  const tail = onlyOnce(code, TAIL_AT);
  if (!(backupStart < backupEnd && backupEnd < tail) || !code.startsWith('function(){', backupStart)) {
    throw new Error('libsodium changed: the split of its CommonJS build (vite-sodium.ts) no longer fits, review it');
  }
  const backup = code.slice(backupStart, backupEnd);
  const main = code.slice(backupEnd + 1, tail);
  const shell =
    code.slice(0, backupStart) +
    `function(){return import(${JSON.stringify(ASM_ID)}).then(function(m){return m.default(D)})};` +
    // `C` was declared by the WebAssembly module's first statement; the callbacks above use it.
    'var C;' +
    'if("undefined"==typeof WebAssembly)throw new Error("no WebAssembly: asm.js backup");' +
    `import(${JSON.stringify(WASM_ID)}).then(function(m){m.default(A,I,C,D)}).catch(I)` +
    code.slice(tail);
  return {
    shell,
    wasm: `export default function(A,I,C,D){${main}}\n`,
    asm: `export default function(D){return (${backup}).call(D)}\n`,
  };
}

/**
 * Vite plugin: libsodium's CommonJS build as a shell plus one lazily fetched implementation. The
 * pieces are cut from the file itself, so they can be asked for before libsodium (the idle
 * preload fetches the piece beside the crypto chunk, services/preload-sodium.ts).
 */
export function sodiumSplit(): Plugin {
  let pieces: SodiumPieces | undefined;
  const piecesFor = (): SodiumPieces => {
    pieces ??= splitSodium(readFileSync(SODIUM_FILE, 'utf8'));
    return pieces;
  };
  return {
    name: 'thicket:sodium-split',
    enforce: 'pre',
    resolveId(id) {
      return id === WASM_ID || id === ASM_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${WASM_ID}`) return piecesFor().wasm;
      if (id === `\0${ASM_ID}`) return piecesFor().asm;
      return null;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!SODIUM_MODULE.test(file)) return null;
      // The shell and the pieces come from the same text: the file transformed must be the one read.
      const split = splitSodium(code);
      if (split.wasm !== piecesFor().wasm || split.asm !== piecesFor().asm) {
        throw new Error(`vite-sodium: ${file} differs from ${SODIUM_FILE}; both must be the same libsodium`);
      }
      return { code: split.shell, map: null };
    },
  };
}
