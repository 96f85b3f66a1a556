// Country and language codes from the directory, in words of the page language (the browser
// knows the names: Intl, nothing fetched).
import type { Words } from '../../shared/i18n/words';
import { englishWhistleblower } from './english';

function displayName(type: 'region' | 'language', code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryNames(codes: readonly string[], words: Words = englishWhistleblower()): string {
  return codes.map((code) => displayName('region', code, words.language)).join(words.t('common:list.separator'));
}

export function languageNames(codes: readonly string[], words: Words = englishWhistleblower()): string {
  return codes.map((code) => displayName('language', code, words.language)).join(words.t('common:list.separator'));
}
