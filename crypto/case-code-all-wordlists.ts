// All ten BIP39 word lists, for code that runs where size does not matter (server, tools, tests).
// The whistleblower page never imports this file: it fetches a list only when a code may be
// written in it (client/whistleblower/services/word-lists.ts).
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
import { CASE_CODE_LANGUAGES, addWordList, type CaseCodeLanguage } from './case-code-wordlists';

export const ALL_WORD_LISTS: Readonly<Record<CaseCodeLanguage, readonly string[]>> = {
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

/** Adds every word list, so parseCaseCode reads a code in any of the ten languages. Idempotent. */
export function addAllWordLists(): void {
  for (const language of CASE_CODE_LANGUAGES) addWordList(language, ALL_WORD_LISTS[language]);
}
