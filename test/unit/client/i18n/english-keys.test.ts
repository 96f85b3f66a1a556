// The English strings and the code agree: every key the code uses is in
// client/locales/en/<namespace>.json, every English key is used somewhere, and every use is one
// the check can read (the convention is in key-scanner.ts).
import { describe, expect, it } from 'vitest';
import { scanFiles } from './key-scanner';
import { ALL_NAMESPACES, PLURAL_SUFFIX, PROJECT_DIR, clientSources, readLocale } from './locale-files';

const sources = clientSources();
const scan = scanFiles(sources, PROJECT_DIR);
const uses = scan.uses;
const english = readLocale('en');
const englishKeys = new Set([...english].flatMap(([namespace, keys]) => [...keys.keys()].map((key) => `${namespace}:${key}`)));
const usedKeys = new Set(uses.map((use) => use.key));

/** A used key is in English as it is, or as plural forms (key_one, key_other…). */
function inEnglish(key: string): boolean {
  return englishKeys.has(key) || englishKeys.has(`${key}_other`);
}

/** An English key is used as it is, or (a plural form) through its base key. */
function isUsed(key: string): boolean {
  return usedKeys.has(key) || (PLURAL_SUFFIX.test(key) && usedKeys.has(key.replace(PLURAL_SUFFIX, '')));
}

describe('English strings and the code', () => {
  it('finds keys in the code (the scan itself works)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(usedKeys.size).toBeGreaterThan(300);
    expect(usedKeys).toContain('whistleblower:landing.title');
    expect(usedKeys).toContain('prosecutor:login.title');
  });

  it('has one English file per namespace, and nothing else', () => {
    expect([...english.keys()].sort()).toEqual([...ALL_NAMESPACES].sort());
  });

  it('can read every key the code uses: literal, or listed in an i18n-keys comment', () => {
    const problems = scan.problems.map((problem) => `${problem.file}:${problem.line} ${problem.problem}`);
    expect(problems).toEqual([]);
  });

  it('has every key the code uses in English', () => {
    const missing = uses.filter((use) => !inEnglish(use.key)).map((use) => `${use.key} (${use.file}:${use.line})`);
    expect(missing).toEqual([]);
  });

  it('uses every English key', () => {
    expect([...englishKeys].filter((key) => !isUsed(key))).toEqual([]);
  });

  it('gives every English plural both its "one" and "other" forms', () => {
    const bases = new Set([...englishKeys].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
    const incomplete = [...bases].filter((base) => !englishKeys.has(`${base}_one`) || !englishKeys.has(`${base}_other`));
    expect(incomplete).toEqual([]);
  });
});
