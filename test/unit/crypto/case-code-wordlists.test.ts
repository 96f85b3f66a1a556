// Word lists handed in on demand: only English is built into crypto/, the whistleblower page
// fetches another list only when a code may be written in it. Whatever was added, a code read
// after adding the lists caseCodeWordListsNeeded names gives the answer all ten lists give.
import { entropyToMnemonic } from '@scure/bip39';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_WORD_LISTS } from '../../../crypto/case-code-all-wordlists';
import { CASE_CODE_LANGUAGES, type CaseCodeLanguage } from '../../../crypto/case-code-wordlists';
import { patternBytes } from './fixtures';

type CaseCodeModule = typeof import('../../../crypto/case-code');
type WordListModule = typeof import('../../../crypto/case-code-wordlists');

/** A fresh copy of crypto/case-code (English only), as a page that has just loaded it. */
async function fresh(): Promise<CaseCodeModule & Pick<WordListModule, 'mayBeIn'>> {
  vi.resetModules();
  const codes = await import('../../../crypto/case-code');
  const lists = await import('../../../crypto/case-code-wordlists');
  return { ...codes, mayBeIn: lists.mayBeIn };
}

let reference: CaseCodeModule;
beforeAll(async () => {
  reference = await fresh();
  for (const language of CASE_CODE_LANGUAGES) reference.addWordList(language, ALL_WORD_LISTS[language]);
});

let c: Awaited<ReturnType<typeof fresh>>;
beforeEach(async () => {
  c = await fresh();
});

/** The code of `entropy` in `language`, made without crypto/ (so it needs no list added). */
function codeIn(entropy: Uint8Array, language: CaseCodeLanguage): string {
  return entropyToMnemonic(entropy, [...ALL_WORD_LISTS[language]]);
}

/** What parseCaseCode returns or throws, as plain data. */
function outcome(m: CaseCodeModule, text: string, prefer: CaseCodeLanguage | undefined): unknown {
  try {
    const parsed = m.parseCaseCode(text, prefer === undefined ? {} : { prefer });
    return { language: parsed.language, entropy: [...parsed.entropy] };
  } catch (error) {
    const e = error as { code?: string; position?: number; suggestion?: string; found?: number };
    return { code: e.code, position: e.position, suggestion: e.suggestion, found: e.found };
  }
}

describe('case code word lists handed in on demand', () => {
  it('has only English built in, and refuses to write a code in a list not added', () => {
    expect(CASE_CODE_LANGUAGES.filter((language) => c.hasWordList(language))).toEqual(['en']);
    const entropy = patternBytes(16, 3);
    expect(() => c.encodeCaseCode(entropy, 'fr')).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    c.addWordList('fr', ALL_WORD_LISTS.fr);
    expect(c.encodeCaseCode(entropy, 'fr')).toBe(codeIn(entropy, 'fr'));
  });

  it('names only the lists a code may be written in, by script, and none for an English or preferred code', () => {
    const entropy = patternBytes(16, 21);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'en'))).toEqual([]);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'en'), { prefer: 'en' })).toEqual([]);
    // The page's own list is needed first: a code valid in it would be read in it.
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'en'), { prefer: 'fr' })).toEqual(['fr']);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'fr'), { prefer: 'en' })).toEqual(['fr', 'es', 'pt', 'it', 'cs']);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'fr'), { prefer: 'zh-Hans' })).toEqual(['fr', 'es', 'pt', 'it', 'cs', 'zh-Hans']);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'ja'))).toEqual(['ja']);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'ko'))).toEqual(['ko']);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'zh-Hant'))).toEqual(['zh-Hans', 'zh-Hant']);
    // Katakana is read as hiragana; mixed scripts need every list they touch.
    const katakana = codeIn(entropy, 'ja').replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
    expect(c.caseCodeWordListsNeeded(katakana)).toEqual(['ja']);
    expect(c.caseCodeWordListsNeeded(`${codeIn(entropy, 'ko').split(' ').slice(0, 11).join(' ')} 的`)).toEqual(['ko', 'zh-Hans', 'zh-Hant']);
    // Not 12 words: parseCaseCode says so without any list.
    expect(c.caseCodeWordListsNeeded('abaisser abeille')).toEqual([]);
    expect(c.caseCodeWordListsNeeded('')).toEqual([]);
    // Once added, nothing is missing any more.
    c.addWordList('fr', ALL_WORD_LISTS.fr);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'en'), { prefer: 'fr' })).toEqual([]);
    expect(c.caseCodeWordListsNeeded(codeIn(entropy, 'fr'), { prefer: 'fr' })).toEqual([]);
  });

  it('reads any code, mistyped or not, as all ten lists would once the named lists are added', async () => {
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const entropy = patternBytes(16, 40 + i);
      for (const language of CASE_CODE_LANGUAGES) {
        const words = codeIn(entropy, language).split(/[ \u3000]/);
        texts.push(words.join(' '));
        // A typo in one word (suggestion), and two words swapped (checksum, mostly).
        const typo = [...words];
        typo[(i * 5) % 12] = `${typo[(i * 5) % 12] ?? ''}${language === 'ja' ? 'ぬ' : 'q'}`;
        texts.push(typo.join(' '));
        const swapped = [...words];
        [swapped[3], swapped[4]] = [swapped[4] as string, swapped[3] as string];
        texts.push(swapped.join(' '));
      }
    }
    let checked = 0;
    for (const text of texts) {
      for (const prefer of [undefined, 'en', 'fr', 'zh-Hans'] as const) {
        const page = await fresh();
        const needed = page.caseCodeWordListsNeeded(text, prefer === undefined ? {} : { prefer });
        for (const language of needed) page.addWordList(language, ALL_WORD_LISTS[language]);
        expect(page.caseCodeWordListsNeeded(text, prefer === undefined ? {} : { prefer })).toEqual([]);
        expect(outcome(page, text, prefer)).toEqual(outcome(reference, text, prefer));
        checked++;
      }
    }
    expect(checked).toBe(3 * 10 * 3 * 4);
  });

  it('tells apart the scripts of the lists, which lets it skip lists a code cannot be in', () => {
    const scriptOf = (language: CaseCodeLanguage): string =>
      ({ ja: 'kana', ko: 'hangul', 'zh-Hans': 'han', 'zh-Hant': 'han' } as Partial<Record<CaseCodeLanguage, string>>)[language] ?? 'latin';
    for (const language of CASE_CODE_LANGUAGES) {
      for (const other of CASE_CODE_LANGUAGES) {
        const matches = ALL_WORD_LISTS[language].filter((word) => c.mayBeIn(word, other)).length;
        expect([language, other, matches]).toEqual([language, other, scriptOf(language) === scriptOf(other) ? 2048 : 0]);
      }
    }
  });

  it('accepts only 2048 distinct words per language, and only one list per language', () => {
    const english = [...ALL_WORD_LISTS.en];
    expect(() => c.addWordList('it', english.slice(0, 2047))).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => c.addWordList('it', [...english.slice(0, 2047), 'abandon'])).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => c.addWordList('xx' as CaseCodeLanguage, ALL_WORD_LISTS.it)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => c.addWordList('en', ALL_WORD_LISTS.fr)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(c.hasWordList('it')).toBe(false);
    c.addWordList('it', ALL_WORD_LISTS.it);
    c.addWordList('it', [...ALL_WORD_LISTS.it]);
    expect(() => c.addWordList('it', ALL_WORD_LISTS.es)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(c.hasWordList('it')).toBe(true);
  });
});
