// Which word list a case code is shown in: the page language's when BIP39 has one (English,
// French, Spanish, Portuguese, simplified Chinese), else English. A code is accepted back in any
// list (crypto/ detects it); the page language only settles the one-in-2^52 code that reads as
// valid words in two lists. Type-only import: the crypto itself loads later, on demand.
import type { CaseCodeLanguage } from '../../../crypto/index';
import type { Language } from '../../shared/i18n/languages';

const WORD_LISTS: Readonly<Partial<Record<Language, CaseCodeLanguage>>> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  zh: 'zh-Hans',
};

/** The case code language for a page language (any BCP 47 tag; the base language decides). */
export function caseCodeLanguageFor(pageLanguage: string): CaseCodeLanguage {
  const base = pageLanguage.toLowerCase().split('-')[0] ?? '';
  return (WORD_LISTS as Readonly<Record<string, CaseCodeLanguage | undefined>>)[base] ?? 'en';
}
