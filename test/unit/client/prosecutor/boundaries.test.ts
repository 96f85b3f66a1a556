// Argon2id and the sumo build stay in the key-derivation worker: the prosecutor pages import
// crypto/prosecutor-keys nowhere else, and never touch libsodium directly.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../client');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers imported for their values (not `import type`). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[2] as string);
}

describe('client boundaries', () => {
  const files = sourceFiles(clientDir).map((file) => ({ file: relative(clientDir, file), imports: valueImports(file) }));

  it('finds the client sources', () => {
    expect(files.some((f) => f.file === join('prosecutor', 'kdf', 'kdf-operations.ts'))).toBe(true);
  });

  it('imports crypto/prosecutor-keys (libsodium sumo, Argon2id) only in the worker code', () => {
    const importers = files.filter((f) => f.imports.some((s) => s.endsWith('crypto/prosecutor-keys'))).map((f) => f.file);
    expect(importers).toEqual([join('prosecutor', 'kdf', 'kdf-operations.ts')]);
  });

  it('never imports libsodium directly', () => {
    expect(files.filter((f) => f.imports.some((s) => s.startsWith('libsodium'))).map((f) => f.file)).toEqual([]);
  });
});
