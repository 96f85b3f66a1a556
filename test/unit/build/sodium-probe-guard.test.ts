// The libsodium build step (vite-sodium.ts): without WebAssembly, the CommonJS build goes straight
// to its asm.js backup and leaves no uncaught error behind; the client build and its workers use it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webcrypto } from 'node:crypto';
import { createContext, runInContext } from 'node:vm';
import type { Plugin, PluginOption } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { SODIUM_MODULE, guardWasmProbe, sodiumWasmProbeGuard } from '../../../vite-sodium';
import viteConfig, { sodiumAliases } from '../../../vite.config';

const sodiumFile = fileURLToPath(new URL('../../../node_modules/libsodium/dist/modules/libsodium.js', import.meta.url));
const source = readFileSync(sodiumFile, 'utf8');

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

describe('libsodium WebAssembly probe guard', () => {
  it('fits the installed libsodium exactly once and refuses any other source', () => {
    const guarded = guardWasmProbe(source);
    expect(guarded.length).toBeGreaterThan(source.length);
    expect(guarded.split('typeof WebAssembly').length - 1).toBe(1);
    expect(() => guardWasmProbe('module.exports = {}')).toThrow(/libsodium changed/);
    const anchor = '};var g,C=void 0!==C?C:{},';
    expect(() => guardWasmProbe(`${anchor}${anchor}`)).toThrow(/libsodium changed/);
  });

  it('starts libsodium on asm.js with no uncaught error when there is no WebAssembly', async () => {
    process.on('unhandledRejection', onRejection);
    const exports: Record<string, unknown> = {};
    const context = createContext({ exports, self: { crypto: webcrypto }, TextDecoder, TextEncoder, URL });
    runInContext('delete globalThis.WebAssembly', context);
    expect(runInContext('typeof WebAssembly', context)).toBe('undefined');
    runInContext(guardWasmProbe(source), context, { filename: 'libsodium.js' });
    await (exports.ready as Promise<void>);
    const keyBytes = exports._crypto_secretbox_keybytes as () => number;
    expect(keyBytes()).toBe(32);
    // Let any stray rejection of the start-up reach the listener before looking.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections.map(String)).toEqual([]);
  });

  it('applies to the module the alias points at, in the client build and in its workers', () => {
    const aliased = sodiumAliases.find((alias) => String(alias.find) === String(/^libsodium$/));
    expect(aliased && SODIUM_MODULE.test(aliased.replacement)).toBe(true);
    expect(SODIUM_MODULE.test(sodiumFile)).toBe(true);
    expect(names(viteConfig.plugins ?? [])).toContain(sodiumWasmProbeGuard().name);
    const workerPlugins = viteConfig.worker?.plugins;
    expect(typeof workerPlugins).toBe('function');
    expect(names(typeof workerPlugins === 'function' ? workerPlugins() : [])).toContain(sodiumWasmProbeGuard().name);
  });
});
