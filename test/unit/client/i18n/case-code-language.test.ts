// The case code in the page language where BIP39 has a word list (en, fr, es, pt, zh), English
// elsewhere; any of its forms opens the same case. The lists other than English are fetched on
// demand (services/word-lists.ts), here from the same modules the page's chunks are built from.
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_WORD_LISTS } from '../../../../crypto/case-code-all-wordlists';
import {
  CASE_CODE_LANGUAGES,
  encodeCaseCode,
  generateCaseEntropy,
  hasWordList,
  parseCaseCode,
  ready,
  toBase64Url,
  type CaseCodeLanguage,
} from '../../../../crypto/index';
import { WHISTLEBLOWER_LANGUAGES } from '../../../../client/shared/i18n/languages';
import { caseCodeLanguageFor } from '../../../../client/whistleblower/logic/case-code-language';
import { caseCodeIn } from '../../../../client/whistleblower/services/case-code-words';
import { caseKeysFromCode } from '../../../../client/whistleblower/services/open-case';
import { WORD_LIST_LOADERS, loadWordLists, loadWordListsFor } from '../../../../client/whistleblower/services/word-lists';

beforeAll(async () => {
  await ready();
});

describe('case code language', () => {
  it('follows the page language where a word list exists', () => {
    expect(WHISTLEBLOWER_LANGUAGES.map((language) => [language, caseCodeLanguageFor(language)])).toEqual([
      ['en', 'en'],
      ['fr', 'fr'],
      ['es', 'es'],
      ['zh', 'zh-Hans'],
      ['vi', 'en'],
      ['th', 'en'],
      ['id', 'en'],
      ['pt', 'pt'],
      ['sw', 'en'],
      ['ar', 'en'],
    ]);
    expect(caseCodeLanguageFor('pt-BR')).toBe('pt');
    expect(caseCodeLanguageFor('xx')).toBe('en');
    for (const language of WHISTLEBLOWER_LANGUAGES) expect(CASE_CODE_LANGUAGES).toContain(caseCodeLanguageFor(language));
  });

  it('shows a new code in the page language once its list is fetched, and every form opens the same case', async () => {
    const entropy = generateCaseEntropy();
    const english = encodeCaseCode(entropy, 'en').split(' ');
    const caseId = toBase64Url(caseKeysFromCode(english.join(' ')).caseId);
    expect(CASE_CODE_LANGUAGES.filter((language) => hasWordList(language))).toEqual(['en']);
    expect(() => caseCodeIn(english, 'fr')).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    for (const page of ['fr', 'es', 'pt', 'zh'] as const) {
      const language = caseCodeLanguageFor(page);
      await loadWordLists([language]);
      const words = caseCodeIn(english, language);
      expect(words).toHaveLength(12);
      expect(words).not.toEqual(english);
      await loadWordListsFor(words.join(' '), language);
      expect(parseCaseCode(words.join(' ')).language).toBe(language);
      expect(toBase64Url(caseKeysFromCode(words.join(' '), language).caseId)).toBe(caseId);
      // Typed back in any case, with the page in another language.
      const typed = words.join('\n').toUpperCase();
      await loadWordListsFor(typed, 'en');
      expect(toBase64Url(caseKeysFromCode(typed, 'en').caseId)).toBe(caseId);
    }
  });

  it('opens a code written in any of the ten lists after fetching only what it may be written in', async () => {
    const entropy = generateCaseEntropy();
    const caseId = toBase64Url(caseKeysFromCode(encodeCaseCode(entropy, 'en')).caseId);
    // A code brings only lists of its own script (the page already fetched some Latin and Chinese ones).
    const latin: readonly CaseCodeLanguage[] = ['en', 'fr', 'es', 'pt', 'it', 'cs'];
    for (const [language, script] of [
      ['ja', ['ja']],
      ['ko', ['ko']],
      ['zh-Hant', ['zh-Hans', 'zh-Hant']],
      ['it', latin],
      ['cs', latin],
    ] as const) {
      const before = CASE_CODE_LANGUAGES.filter((l) => hasWordList(l));
      const text = encodeWith(entropy, language);
      await loadWordListsFor(text, 'en');
      const added = CASE_CODE_LANGUAGES.filter((l) => hasWordList(l) && !before.includes(l));
      expect(added.filter((l) => !(script as readonly CaseCodeLanguage[]).includes(l))).toEqual([]);
      if (language === 'ja' || language === 'ko') expect(added).toEqual([language]);
      expect(hasWordList(language)).toBe(true);
      expect(toBase64Url(caseKeysFromCode(text, 'en').caseId)).toBe(caseId);
    }
  });

  it('fetches for each language the BIP39 list of that language', async () => {
    for (const language of Object.keys(WORD_LIST_LOADERS) as Exclude<CaseCodeLanguage, 'en'>[]) {
      expect((await WORD_LIST_LOADERS[language]()).wordlist).toEqual(ALL_WORD_LISTS[language]);
    }
  });
});

/** The code of `entropy` in `language`, written without adding that list to crypto/. */
function encodeWith(entropy: Uint8Array, language: CaseCodeLanguage): string {
  const english = encodeCaseCode(entropy, 'en').split(' ');
  const englishIndex = new Map(ALL_WORD_LISTS.en.map((word, index) => [word, index]));
  return english.map((word) => ALL_WORD_LISTS[language][englishIndex.get(word) as number] as string).join(' ');
}
