// The languages Thicket speaks (issue 5): the whistleblower side in ten, the prosecutor side in
// four. Each with its name in itself (what the picker shows) and its writing direction.

export const WHISTLEBLOWER_LANGUAGES = ['en', 'fr', 'es', 'zh', 'vi', 'th', 'id', 'pt', 'sw', 'ar'] as const;
export const PROSECUTOR_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof WHISTLEBLOWER_LANGUAGES)[number];

export interface LanguageInfo {
  readonly code: Language;
  /** The language's name in itself. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>> = {
  en: { code: 'en', nativeName: 'English', dir: 'ltr' },
  fr: { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  es: { code: 'es', nativeName: 'Español', dir: 'ltr' },
  zh: { code: 'zh', nativeName: '中文', dir: 'ltr' },
  vi: { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
  th: { code: 'th', nativeName: 'ไทย', dir: 'ltr' },
  id: { code: 'id', nativeName: 'Bahasa Indonesia', dir: 'ltr' },
  pt: { code: 'pt', nativeName: 'Português', dir: 'ltr' },
  sw: { code: 'sw', nativeName: 'Kiswahili', dir: 'ltr' },
  ar: { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
};

export function isLanguage(value: string, allowed: readonly Language[]): value is Language {
  return (allowed as readonly string[]).includes(value);
}

/**
 * The language to start in: `?lang=` in the page's own URL (the only place a choice is kept:
 * it travels only as the request for the page), else the browser's preferred languages, else
 * English. Nothing is read from or written to storage.
 */
export function initialLanguage(search: string, preferred: readonly string[], allowed: readonly Language[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl !== null && isLanguage(fromUrl, allowed)) return fromUrl;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base, allowed)) return base;
  }
  return 'en';
}
