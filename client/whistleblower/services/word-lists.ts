// The case code word lists other than English (built into crypto/), fetched one by one and only
// when needed: the page language's list, and the lists a typed code may be written in. Each is a
// small same-origin chunk (about 7 KB compressed), so a code in English costs nothing extra.
import {
  addWordList,
  caseCodeWordListsNeeded,
  hasWordList,
  type CaseCodeLanguage,
} from '../../../crypto/index';
import { msg } from '../../shared/i18n/message';
import { ServiceFailure } from './errors';

type WordListModule = { readonly wordlist: readonly string[] };

export const WORD_LIST_LOADERS: Readonly<Record<Exclude<CaseCodeLanguage, 'en'>, () => Promise<WordListModule>>> = {
  fr: () => import('@scure/bip39/wordlists/french.js'),
  es: () => import('@scure/bip39/wordlists/spanish.js'),
  pt: () => import('@scure/bip39/wordlists/portuguese.js'),
  it: () => import('@scure/bip39/wordlists/italian.js'),
  cs: () => import('@scure/bip39/wordlists/czech.js'),
  ja: () => import('@scure/bip39/wordlists/japanese.js'),
  ko: () => import('@scure/bip39/wordlists/korean.js'),
  'zh-Hans': () => import('@scure/bip39/wordlists/simplified-chinese.js'),
  'zh-Hant': () => import('@scure/bip39/wordlists/traditional-chinese.js'),
};

const pending = new Map<CaseCodeLanguage, Promise<void>>();

function loadOne(language: CaseCodeLanguage): Promise<void> {
  if (language === 'en' || hasWordList(language)) return Promise.resolve();
  let load = pending.get(language);
  if (load === undefined) {
    load = WORD_LIST_LOADERS[language]()
      .then((module) => addWordList(language, module.wordlist))
      .catch(() => {
        // A failed fetch can be retried; a list that does not fit (never expected) fails closed.
        pending.delete(language);
        throw new ServiceFailure(msg('whistleblower:errors.servicesLoad'));
      });
    pending.set(language, load);
  }
  return load;
}

/** Fetches and adds the word lists of `languages` (at the same time). Throws ServiceFailure. */
export async function loadWordLists(languages: readonly CaseCodeLanguage[]): Promise<void> {
  await Promise.all(languages.map(loadOne));
}

/**
 * Fetches the word lists needed to read `text` as a case code exactly as with all ten lists
 * (crypto/ says which: caseCodeWordListsNeeded). Usually none. Throws ServiceFailure.
 */
export async function loadWordListsFor(text: string, prefer: CaseCodeLanguage): Promise<void> {
  await loadWordLists(caseCodeWordListsNeeded(text, { prefer }));
}
