// The translations for pages rendered without JavaScript: every language of the whistleblower
// side is in the renderer's bundle (it runs on the server, where size does not matter), one
// ready i18next instance per language, made once at start-up.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { APP_NAMESPACES } from '../../shared/i18n/start-i18n';
import { WHISTLEBLOWER_LANGUAGES, isLanguage, type Language } from '../../shared/i18n/languages';
import type { Bundle } from '../../shared/i18n/words';

const FILES = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default', eager: true });

function resourcesOf(language: Language): Record<string, Bundle> {
  const bundles: Record<string, Bundle> = {};
  for (const namespace of APP_NAMESPACES.whistleblower) {
    const bundle = FILES[`../../locales/${language}/${namespace}.json`];
    if (bundle !== undefined) bundles[namespace] = bundle;
  }
  return bundles;
}

export type Translations = Readonly<Record<Language, i18n>>;

export async function loadTranslations(): Promise<Translations> {
  const english = resourcesOf('en');
  const entries = await Promise.all(
    WHISTLEBLOWER_LANGUAGES.map(async (language): Promise<[Language, i18n]> => {
      const instance = i18next.createInstance();
      await instance.use(initReactI18next).init({
        lng: language,
        fallbackLng: 'en',
        supportedLngs: [...WHISTLEBLOWER_LANGUAGES],
        ns: [...APP_NAMESPACES.whistleblower],
        defaultNS: 'whistleblower',
        resources: language === 'en' ? { en: english } : { en: english, [language]: resourcesOf(language) },
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: false },
      });
      return [language, instance];
    }),
  );
  return Object.fromEntries(entries) as Record<Language, i18n>;
}

/** The page language from `?lang=` (English when absent or not one of ours). */
export function languageOf(value: string | undefined): Language {
  return value !== undefined && isLanguage(value, WHISTLEBLOWER_LANGUAGES) ? value : 'en';
}
