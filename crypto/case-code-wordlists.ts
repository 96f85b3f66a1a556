// The BIP39 word lists a case code can be written in, and the normalisation used to match what a
// person typed against them.
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';

/** BCP 47 tags of the languages with an official BIP39 word list. Order = detection order. */
export const CASE_CODE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'it', 'cs', 'ja', 'ko', 'zh-Hans', 'zh-Hant'] as const;
export type CaseCodeLanguage = (typeof CASE_CODE_LANGUAGES)[number];

const RAW: Record<CaseCodeLanguage, readonly string[]> = {
  en: english,
  fr: french,
  es: spanish,
  pt: portuguese,
  it: italian,
  cs: czech,
  ja: japanese,
  ko: korean,
  'zh-Hans': simplifiedChinese,
  'zh-Hant': traditionalChinese,
};

// In Latin-script lists every word stays unique once accents are removed (checked by a test),
// so "abaco" and "ábaco" both match; kana and hangul keep their marks because they carry meaning.
const LATIN: ReadonlySet<CaseCodeLanguage> = new Set(['en', 'fr', 'es', 'pt', 'it', 'cs']);

export interface WordList {
  readonly language: CaseCodeLanguage;
  /** The canonical BIP39 words (NFKD, as published). */
  readonly words: readonly string[];
  /** Matching key of each word, same order as `words`. */
  readonly keys: readonly string[];
  readonly indexByKey: ReadonlyMap<string, number>;
  /** Four-character prefix → word index, only for prefixes that identify exactly one word. */
  readonly uniquePrefix: ReadonlyMap<string, number>;
  readonly isLatin: boolean;
}

/** Matching key of a typed token for one list: NFKD, lower case, and no accents for Latin lists. */
export function matchKey(token: string, isLatin: boolean): string {
  const lowered = token.normalize('NFKD').toLowerCase();
  return isLatin ? lowered.replace(/\p{M}/gu, '') : lowered;
}

function build(language: CaseCodeLanguage): WordList {
  const words = RAW[language];
  const isLatin = LATIN.has(language);
  const keys = words.map((w) => matchKey(w, isLatin));
  const indexByKey = new Map<string, number>();
  keys.forEach((k, i) => indexByKey.set(k, i));
  const prefixCount = new Map<string, number>();
  const prefixIndex = new Map<string, number>();
  keys.forEach((k, i) => {
    const p = [...k].slice(0, 4).join('');
    prefixCount.set(p, (prefixCount.get(p) ?? 0) + 1);
    prefixIndex.set(p, i);
  });
  const uniquePrefix = new Map<string, number>();
  for (const [p, n] of prefixCount) if (n === 1) uniquePrefix.set(p, prefixIndex.get(p) as number);
  return { language, words, keys, indexByKey, uniquePrefix, isLatin };
}

const cache = new Map<CaseCodeLanguage, WordList>();

/** The prepared word list of a language (built once, on first use). */
export function wordList(language: CaseCodeLanguage): WordList {
  let list = cache.get(language);
  if (!list) {
    list = build(language);
    cache.set(language, list);
  }
  return list;
}

export function isCaseCodeLanguage(value: unknown): value is CaseCodeLanguage {
  return typeof value === 'string' && (CASE_CODE_LANGUAGES as readonly string[]).includes(value);
}
