// The case code in the page language where BIP39 has a word list (en, fr, es, pt, zh), English
// elsewhere; any of its forms opens the same case.
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CODE_LANGUAGES, encodeCaseCode, generateCaseEntropy, parseCaseCode, ready, toBase64Url } from '../../../../crypto/index';
import { WHISTLEBLOWER_LANGUAGES } from '../../../../client/shared/i18n/languages';
import { caseCodeLanguageFor } from '../../../../client/whistleblower/logic/case-code-language';
import { caseCodeIn } from '../../../../client/whistleblower/services/case-code-words';
import { caseKeysFromCode } from '../../../../client/whistleblower/services/open-case';

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

  it('shows a new code in the page language, and every form opens the same case', () => {
    const entropy = generateCaseEntropy();
    const english = encodeCaseCode(entropy, 'en').split(' ');
    const caseId = toBase64Url(caseKeysFromCode(english.join(' ')).caseId);
    for (const page of ['fr', 'es', 'pt', 'zh'] as const) {
      const language = caseCodeLanguageFor(page);
      const words = caseCodeIn(english, language);
      expect(words).toHaveLength(12);
      expect(words).not.toEqual(english);
      expect(parseCaseCode(words.join(' ')).language).toBe(language);
      expect(toBase64Url(caseKeysFromCode(words.join(' '), language).caseId)).toBe(caseId);
      // Typed back in any case, with the page in another language.
      expect(toBase64Url(caseKeysFromCode(words.join('\n').toUpperCase(), 'en').caseId)).toBe(caseId);
    }
  });
});
