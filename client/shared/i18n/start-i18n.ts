// Starts i18next (with react-i18next) for one app. English is built into the app's bundle and is
// the fallback for any missing key; another language's files are fetched (same origin, lazily,
// one small chunk per namespace) only when it is chosen. The choice lives in the page's memory
// and in its own URL (`?lang=`), never in storage, cookies or any request but the page's own.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_INFO, initialLanguage, type Language } from './languages';
import { translationLoader } from './locale-files';
import type { Bundle } from './words';

export type AppName = 'whistleblower' | 'prosecutor';
/** Namespaces per app: its own strings, the shared ones, and the intake questionnaire's. */
export const APP_NAMESPACES: Readonly<Record<AppName, readonly string[]>> = {
  whistleblower: ['common', 'whistleblower', 'intake'],
  prosecutor: ['common', 'prosecutor', 'intake'],
};

export type { Bundle } from './words';

/** A language's files could not be fetched (the connection failed): the page stays as it was. */
export class LanguageLoadError extends Error {
  constructor(readonly language: Language) {
    super(`translations for ${language} could not be loaded`);
    this.name = 'LanguageLoadError';
  }
}

/** Sets `lang` and `dir` on the page, so screen readers and the right-to-left layout follow. */
function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = LANGUAGE_INFO[language].dir;
}

/** Keeps the choice in the page's own URL only, so a reload stays in the same language. */
function applyToUrl(language: Language): void {
  const url = new URL(globalThis.location.href);
  if (language === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  globalThis.history.replaceState(globalThis.history.state, '', url.pathname + url.search + url.hash);
}

/**
 * Fetches the files of `language` that are not loaded yet. A namespace nobody has translated yet
 * is skipped (its strings fall back to English); a file that exists but cannot be fetched throws
 * LanguageLoadError.
 */
export async function loadLanguage(instance: i18n, app: AppName, language: Language): Promise<void> {
  if (language === 'en') return;
  for (const namespace of APP_NAMESPACES[app]) {
    if (instance.hasResourceBundle(language, namespace)) continue;
    const load = translationLoader(language, namespace);
    if (load === null) continue;
    let bundle: unknown;
    try {
      bundle = await load();
    } catch {
      throw new LanguageLoadError(language);
    }
    if (typeof bundle !== 'object' || bundle === null) throw new LanguageLoadError(language);
    instance.addResourceBundle(language, namespace, bundle as Bundle);
  }
}

/** Switches to a loaded `language`: the strings, the page's lang and direction, and its URL. */
export async function applyLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  applyToDocument(language);
  applyToUrl(language);
}

/** Loads `language` if needed and switches to it. Missing keys fall back to English. */
export async function switchLanguage(instance: i18n, app: AppName, language: Language): Promise<void> {
  await loadLanguage(instance, app, language);
  await applyLanguage(instance, language);
}

export interface StartOptions {
  readonly app: AppName;
  readonly languages: readonly Language[];
  /** The app's English strings by namespace (imported statically, so English needs no fetch). */
  readonly english: Readonly<Record<string, Bundle>>;
}

export async function startI18n(options: StartOptions): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...options.languages],
    ns: [...APP_NAMESPACES[options.app]],
    defaultNS: options.app,
    resources: { en: options.english },
    interpolation: { escapeValue: false },
    returnNull: false,
    // Every bundle is in memory before its language is applied: nothing to wait for in render.
    react: { useSuspense: false },
  });
  const language = initialLanguage(globalThis.location.search, globalThis.navigator.languages, options.languages);
  try {
    await switchLanguage(instance, options.app, language);
  } catch {
    // A language file that cannot load leaves the page in English rather than blank.
    await switchLanguage(instance, options.app, 'en');
  }
  return instance;
}
