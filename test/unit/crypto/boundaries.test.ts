// Structural guarantees of crypto/: the whistleblower entry point never reaches the sumo build
// (which Tor Browser "Safer" cannot use for Argon2id anyway and would only bloat the bundle), and
// every domain-separation string is distinct.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KDF, LABELS } from '../../../crypto/context';

const cryptoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../crypto');

function importsOf(file: string): string[] {
  const source = readFileSync(join(cryptoDir, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] as string);
}

function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('./')) stack.push(`${specifier.slice(2)}.ts`);
      else seen.add(`package:${specifier}`);
    }
  }
  return seen;
}

describe('crypto/ boundaries', () => {
  it('keeps libsodium-wrappers-sumo out of everything index.ts reaches', () => {
    const reachable = reachableFrom('index.ts');
    expect(reachable.has('sodium.ts')).toBe(true);
    expect(reachable.has('package:libsodium-wrappers')).toBe(true);
    expect(reachable.has('prosecutor-keys.ts')).toBe(false);
    expect(reachable.has('package:libsodium-wrappers-sumo')).toBe(false);
  });

  it('imports libsodium-wrappers-sumo from prosecutor-keys.ts and nowhere else', () => {
    const importers = readdirSync(cryptoDir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => importsOf(f).includes('libsodium-wrappers-sumo'));
    expect(importers).toEqual(['prosecutor-keys.ts']);
  });

  it('touches libsodium only through sodium.ts and prosecutor-keys.ts', () => {
    const importers = readdirSync(cryptoDir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => importsOf(f).some((s) => s.startsWith('libsodium')));
    expect(importers.sort()).toEqual(['prosecutor-keys.ts', 'sodium.ts']);
  });

  it('uses distinct ASCII labels under thicket/v1/', () => {
    const values = Object.values(LABELS);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^thicket\/v1\/[a-z0-9-]+$/);
  });

  it('uses distinct 8-byte KDF contexts', () => {
    const contexts = Object.values(KDF).map((k) => k.context);
    expect(new Set(contexts).size).toBe(contexts.length);
    for (const context of contexts) expect(context).toMatch(/^[\x21-\x7e]{8}$/);
  });
});
