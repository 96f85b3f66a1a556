// The libsodium build step (vite-sodium.ts): libsodium's CommonJS build cut into a small shell, its
// WebAssembly and its asm.js; a browser fetches only what it runs, and without WebAssembly it goes
// straight to asm.js, leaving no uncaught error behind. The client build and its workers use it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webcrypto } from 'node:crypto';
import { createContext, runInContext, type Context } from 'node:vm';
import * as espree from 'espree';
import * as eslintScope from 'eslint-scope';
import type { Plugin, PluginOption } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { ASM_ID, SODIUM_FILE, SODIUM_MODULE, WASM_ID, sodiumSplit, splitSodium } from '../../../vite-sodium';
import viteConfig, { sodiumAliases } from '../../../vite.config';

const sodiumFile = fileURLToPath(new URL('../../../node_modules/libsodium/dist/modules/libsodium.js', import.meta.url));
const source = readFileSync(sodiumFile, 'utf8');
const pieces = splitSodium(source);

const rejections: unknown[] = [];
const onRejection = (reason: unknown): void => {
  rejections.push(reason);
};
afterEach(() => {
  process.off('unhandledRejection', onRejection);
  rejections.length = 0;
});

const names = (plugins: readonly PluginOption[]): string[] =>
  plugins.flat().flatMap((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? [(plugin as Plugin).name] : []));

/** Free variables of a module's code, other than the globals a browser or Node provide. */
function freeVariables(moduleCode: string): string[] {
  const ast = espree.parse(moduleCode, { ecmaVersion: 2024, sourceType: 'module', range: true });
  const scopes = eslintScope.analyze(ast as never, { ecmaVersion: 2024, sourceType: 'module' });
  const through = new Set(scopes.globalScope?.through.map((reference) => reference.identifier.name));
  const platform = ['window', 'self', 'require', 'module', '__dirname', '__filename', 'process', 'WebAssembly', 'XMLHttpRequest', 'Buffer'];
  return [...through].filter((name) => !platform.includes(name) && !(name in globalThis)).sort();
}

/**
 * Runs the three pieces as the bundle would, in a fresh V8 context (with or without WebAssembly):
 * the shell's two imports load the pieces. Resolves with the started module and what was loaded.
 */
async function start(withWebAssembly: boolean): Promise<{ loaded: string[]; keyBytes: number; context: Context }> {
  const exports: Record<string, unknown> = {};
  const loaded: string[] = [];
  const context = createContext({ exports, self: { crypto: webcrypto }, TextDecoder, TextEncoder, URL });
  context.__load = (id: string): Promise<{ default: unknown }> => {
    loaded.push(id);
    const piece = id === WASM_ID ? pieces.wasm : pieces.asm;
    return Promise.resolve({ default: runInContext(`(${piece.replace(/^export default /, '')})`, context) as unknown });
  };
  if (!withWebAssembly) runInContext('delete globalThis.WebAssembly', context);
  expect(runInContext('typeof WebAssembly', context)).toBe(withWebAssembly ? 'object' : 'undefined');
  let shell = pieces.shell;
  for (const id of [WASM_ID, ASM_ID]) shell = shell.replace(`import(${JSON.stringify(id)})`, `__load(${JSON.stringify(id)})`);
  expect(shell).not.toMatch(/import\(/);
  runInContext(shell, context, { filename: 'libsodium.js' });
  await (exports.ready as Promise<void>);
  return { loaded, keyBytes: (exports._crypto_secretbox_keybytes as () => number)(), context };
}

describe('libsodium split into a shell, WebAssembly and asm.js', () => {
  it('cuts the installed libsodium at exact places, keeping each implementation whole, and refuses any other source', () => {
    const wasmMagic = 'AGFzbQ'; // "\0asm" in base64: the start of the embedded wasm
    expect(pieces.shell.length).toBeLessThan(4000);
    expect(pieces.shell).not.toContain(wasmMagic);
    expect(pieces.wasm).toContain(wasmMagic);
    expect(pieces.asm).not.toContain(wasmMagic);
    expect(pieces.asm).toContain('isWasm2js');
    expect(pieces.shell).toContain('useBackupModule');
    // Nothing of libsodium is lost or changed: the pieces hold the original text, in order.
    const original = source.replace(/\s/g, '');
    const inner = (piece: string, open: string): string => piece.slice(piece.indexOf(open) + open.length).replace(/\s/g, '');
    expect(original).toContain(inner(pieces.wasm, 'export default function(A,I,C,D){').slice(0, -1));
    expect(original).toContain(inner(pieces.asm, 'export default function(D){return (').replace(/\)\.call\(D\)\}$/, ''));
    expect(() => splitSodium('module.exports = {}')).toThrow(/libsodium changed/);
    expect(() => splitSodium(source.replace('C.useBackupModule=', 'C.useBackup='))).toThrow(/libsodium changed/);
  });

  it('leaves no variable of the cut-out scope dangling in either piece', () => {
    expect(freeVariables(pieces.wasm)).toEqual([]);
    expect(freeVariables(pieces.asm)).toEqual([]);
  });

  it('starts on WebAssembly where there is WebAssembly, fetching only that piece', async () => {
    process.on('unhandledRejection', onRejection);
    const { loaded, keyBytes } = await start(true);
    expect(keyBytes).toBe(32);
    expect(loaded).toEqual([WASM_ID]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections.map(String)).toEqual([]);
  });

  it('starts on asm.js with no uncaught error where there is no WebAssembly, fetching only that piece', async () => {
    process.on('unhandledRejection', onRejection);
    const { loaded, keyBytes, context } = await start(false);
    expect(keyBytes).toBe(32);
    expect(loaded).toEqual([ASM_ID]);
    expect(runInContext('exports._randombytes_random() === exports._randombytes_random()', context)).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections.map(String)).toEqual([]);
  });

  // The idle preload asks for a piece before libsodium itself is loaded (services/preload-sodium.ts).
  it('gives either piece before libsodium itself was transformed, cut from the same file', () => {
    const plugin = sodiumSplit();
    const load = plugin.load as (id: string) => string | null;
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(load(`\0${ASM_ID}`)).toBe(pieces.asm);
    expect(load(`\0${WASM_ID}`)).toBe(pieces.wasm);
    expect(transform(source, sodiumFile)?.code).toBe(pieces.shell);
    expect(() => transform(source.replace('};var g,C=void 0!==C?C:{},', '};var g,C=void 0!==C?C:{}, '), sodiumFile)).toThrow(/differs/);
  });

  it('applies to the module the alias points at, in the client build and in its workers', () => {
    const aliased = sodiumAliases.find((alias) => String(alias.find) === String(/^libsodium$/));
    expect(aliased && SODIUM_MODULE.test(aliased.replacement)).toBe(true);
    expect(aliased?.replacement).toBe(SODIUM_FILE);
    expect(SODIUM_MODULE.test(sodiumFile)).toBe(true);
    expect(names(viteConfig.plugins ?? [])).toContain(sodiumSplit().name);
    const workerPlugins = viteConfig.worker?.plugins;
    expect(typeof workerPlugins).toBe('function');
    expect(names(typeof workerPlugins === 'function' ? workerPlugins() : [])).toContain(sodiumSplit().name);
  });
});
