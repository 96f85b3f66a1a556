// Every language has every English string, and nothing else: the ten whistleblower languages for
// the whistleblower's namespaces, the four prosecutor languages for the prosecutor's too. A
// plural needs exactly the forms its language has (Intl.PluralRules, as i18next uses), and a
// translation may use only the placeholders and markup of its English text. English is the
// source: translators write client/locales/<language>/<namespace>.json from it.
import { describe, expect, it } from 'vitest';
import { PROSECUTOR_LANGUAGES, WHISTLEBLOWER_LANGUAGES } from '../../../../client/shared/i18n/languages';
import {
  ALL_NAMESPACES,
  PLURAL_SUFFIX,
  PROSECUTOR_NAMESPACES,
  WHISTLEBLOWER_NAMESPACES,
  localeLanguages,
  placeholders,
  pluralCategories,
  readLocale,
  tags,
} from './locale-files';

const english = readLocale('en');

/** English plural bases of a namespace (keys written with _one/_other…). */
function pluralBases(keys: ReadonlyMap<string, string>): Set<string> {
  return new Set([...keys.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** The English text a translated key answers to, or null when English has no such key for this language. */
function englishFor(namespace: string, key: string, language: string): string | null {
  const keys = english.get(namespace);
  if (keys === undefined) return null;
  const suffix = PLURAL_SUFFIX.exec(key);
  if (suffix === null) return pluralBases(keys).has(key) ? null : (keys.get(key) ?? null);
  const base = key.replace(PLURAL_SUFFIX, '');
  if (!pluralBases(keys).has(base) || !pluralCategories(language).includes(suffix[1] ?? '')) return null;
  return keys.get(`${base}_other`) ?? null;
}

/** The keys `language` must have in `namespace`. */
function requiredKeys(namespace: string, language: string): string[] {
  const keys = english.get(namespace) ?? new Map<string, string>();
  const bases = pluralBases(keys);
  const plain = [...keys.keys()].filter((key) => !PLURAL_SUFFIX.test(key));
  const plural = [...bases].flatMap((base) => pluralCategories(language).map((category) => `${base}_${category}`));
  return [...plain, ...plural];
}

const others = localeLanguages().filter((language) => language !== 'en');

describe('translations', () => {
  it('knows the plural forms of every language', () => {
    expect(pluralCategories('en').sort()).toEqual(['one', 'other']);
    expect(pluralCategories('zh')).toEqual(['other']);
    expect(pluralCategories('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('are only in supported languages and namespaces', () => {
    const stray = others.flatMap((language) => {
      if (!(WHISTLEBLOWER_LANGUAGES as readonly string[]).includes(language)) return [`client/locales/${language}/`];
      return [...readLocale(language).keys()]
        .filter((namespace) => !(ALL_NAMESPACES as readonly string[]).includes(namespace))
        .map((namespace) => `client/locales/${language}/${namespace}.json`);
    });
    expect(stray).toEqual([]);
  });

  it('have no key that English does not have (nobody would use it)', () => {
    const extra = others.flatMap((language) =>
      [...readLocale(language)].flatMap(([namespace, keys]) =>
        [...keys.keys()].filter((key) => englishFor(namespace, key, language) === null).map((key) => `${language}/${namespace}: ${key}`),
      ),
    );
    expect(extra).toEqual([]);
  });

  it('use only the placeholders and markup of their English text', () => {
    const wrong = others.flatMap((language) =>
      [...readLocale(language)].flatMap(([namespace, keys]) =>
        [...keys].flatMap(([key, text]) => {
          const source = englishFor(namespace, key, language);
          if (source === null) return [];
          const allowed = placeholders(source);
          if (PLURAL_SUFFIX.test(key)) allowed.add('count');
          const unknown = [...placeholders(text)].filter((name) => !allowed.has(name));
          const problems = unknown.map((name) => `${language}/${namespace}: ${key} has {{${name}}}`);
          if (tags(text).join() !== tags(source).join()) problems.push(`${language}/${namespace}: ${key} has tags ${tags(text).join() || 'none'}, English ${tags(source).join()}`);
          return problems;
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  describe.each([...WHISTLEBLOWER_LANGUAGES].filter((language) => language !== 'en'))('%s', (language) => {
    const namespaces = (PROSECUTOR_LANGUAGES as readonly string[]).includes(language)
      ? [...new Set([...WHISTLEBLOWER_NAMESPACES, ...PROSECUTOR_NAMESPACES])]
      : [...WHISTLEBLOWER_NAMESPACES];
    it.each(namespaces)(`has every English key of %s`, (namespace) => {
      const keys = others.includes(language) ? (readLocale(language).get(namespace) ?? new Map<string, string>()) : new Map<string, string>();
      const missing = requiredKeys(namespace, language).filter((key) => !keys.has(key));
      expect(missing, `client/locales/${language}/${namespace}.json lacks ${missing.length} keys`).toEqual([]);
    });
  });
});
