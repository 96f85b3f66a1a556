// The BIP39 word lists a case code can be written in, and the normalisation used to match what a
// person typed against them. Only English is built in: it is the language of every new code and
// the default. The nine others (about 60 KB compressed) are handed in by whoever needs them
// (addWordList): the whistleblower page fetches one only for a code that may be written in it
// (caseCodeWordListsNeeded in case-code.ts); Node code can add them all from ./case-code-all-wordlists.
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { InvalidArgumentError } from './errors';

/** BCP 47 tags of the languages with an official BIP39 word list. Order = detection order. */
export const CASE_CODE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'it', 'cs', 'ja', 'ko', 'zh-Hans', 'zh-Hant'] as const;
export type CaseCodeLanguage = (typeof CASE_CODE_LANGUAGES)[number];

const BIP39_WORDS = 2048;

const RAW = new Map<CaseCodeLanguage, readonly string[]>([['en', english]]);

// In Latin-script lists every word stays unique once accents are removed (checked by a test),
// so "abaco" and "ábaco" both match; kana and hangul keep their marks because they carry meaning.
const LATIN: ReadonlySet<CaseCodeLanguage> = new Set(['en', 'fr', 'es', 'pt', 'it', 'cs']);

// The script every word of a list is written in (checked by a test): a typed word with no letter
// of that script cannot be in that list, so the list need not be fetched to rule it out.
const SCRIPT: Readonly<Record<CaseCodeLanguage, RegExp>> = {
  en: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  pt: /\p{Script=Latin}/u,
  it: /\p{Script=Latin}/u,
  cs: /\p{Script=Latin}/u,
  ja: /\p{Script=Hiragana}/u,
  ko: /\p{Script=Hangul}/u,
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
};

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

/** False when `token` cannot be a word of `language`'s list: it has no letter of that list's script. */
export function mayBeIn(token: string, language: CaseCodeLanguage): boolean {
  return SCRIPT[language].test(matchKey(token, LATIN.has(language)));
}

function build(language: CaseCodeLanguage): WordList {
  const words = RAW.get(language);
  if (words === undefined) throw new InvalidArgumentError(`case code word list not added: ${language}`);
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

/**
 * Hands in the BIP39 word list of `language` (as published by @scure/bip39, in its order). Adding
 * a language twice is harmless. Throws InvalidArgumentError for an unknown language or anything
 * that is not 2048 distinct words, or a different list for a language already added.
 */
export function addWordList(language: CaseCodeLanguage, words: readonly string[]): void {
  if (!isCaseCodeLanguage(language)) throw new InvalidArgumentError('unsupported case code language');
  const known = RAW.get(language);
  if (known !== undefined) {
    if (known === words || (known.length === words.length && known.every((word, i) => word === words[i]))) return;
    throw new InvalidArgumentError(`a different word list was already added for ${language}`);
  }
  if (!Array.isArray(words) || words.length !== BIP39_WORDS || !words.every((w) => typeof w === 'string' && w !== '')) {
    throw new InvalidArgumentError('a BIP39 word list has 2048 words');
  }
  const isLatin = LATIN.has(language);
  if (new Set(words.map((w) => matchKey(w, isLatin))).size !== BIP39_WORDS) {
    throw new InvalidArgumentError('a BIP39 word list has 2048 distinct words');
  }
  RAW.set(language, Object.freeze([...words]));
}

/** True when the word list of `language` is available (English always is). */
export function hasWordList(language: CaseCodeLanguage): boolean {
  return RAW.has(language);
}

/**
 * The prepared word list of a language (built once, on first use). Throws InvalidArgumentError
 * when that list has not been added.
 */
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
