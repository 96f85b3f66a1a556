// Starting i18next for an app: the language comes from the page's own URL, else the browser's
// preference, else English; the page's lang and dir follow; the choice goes back only into the
// page's URL; a namespace nobody has translated falls back to English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../../../client/locales/en/common.json';
import intake from '../../../../client/locales/en/intake.json';
import prosecutor from '../../../../client/locales/en/prosecutor.json';
import whistleblower from '../../../../client/locales/en/whistleblower.json';
import { PROSECUTOR_LANGUAGES, WHISTLEBLOWER_LANGUAGES } from '../../../../client/shared/i18n/languages';
import { loadLanguage, startI18n, switchLanguage } from '../../../../client/shared/i18n/start-i18n';
import { readLocale } from './locale-files';

/** The few browser globals start-i18n touches, recorded. */
function fakePage(url: string, preferred: readonly string[]) {
  const root = { lang: 'en', dir: 'ltr' };
  const urls: string[] = [];
  vi.stubGlobal('document', { documentElement: root });
  vi.stubGlobal('location', new URL(url));
  vi.stubGlobal('navigator', { languages: preferred });
  vi.stubGlobal('history', { state: null, replaceState: (_state: unknown, _title: string, next: string) => urls.push(next) });
  return { root, urls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const arabic = (key: string): string | undefined => readLocale('ar').get('whistleblower')?.get(key);

describe('startI18n', () => {
  it('starts in the language of the URL, right to left for Arabic', async () => {
    const page = fakePage('https://tips.example/?lang=ar#x', ['fr']);
    const i18n = await startI18n({ app: 'whistleblower', languages: WHISTLEBLOWER_LANGUAGES, english: { common, whistleblower, intake } });
    expect(i18n.language).toBe('ar');
    expect(page.root).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(i18n.t('whistleblower:open.title')).toBe(arabic('open.title'));
    expect(page.urls).toEqual(['/?lang=ar#x']);

    await switchLanguage(i18n, 'whistleblower', 'en');
    expect(page.root).toEqual({ lang: 'en', dir: 'ltr' });
    expect(i18n.t('whistleblower:open.title')).toBe('Open your case');
    expect(page.urls.at(-1)).toBe('/#x');
  });

  it('takes the browser preference when the URL names no supported language, else English', async () => {
    fakePage('https://tips.example/?lang=xx', ['de-DE', 'es-MX']);
    const spanish = await startI18n({ app: 'whistleblower', languages: WHISTLEBLOWER_LANGUAGES, english: { common, whistleblower, intake } });
    expect(spanish.language).toBe('es');
    fakePage('https://tips.example/', ['de-DE']);
    const english = await startI18n({ app: 'whistleblower', languages: WHISTLEBLOWER_LANGUAGES, english: { common, whistleblower, intake } });
    expect(english.language).toBe('en');
  });

  it('offers the prosecutor app only its four languages', async () => {
    const page = fakePage('https://tips.example/prosecutor/?lang=zh', ['zh']);
    const i18n = await startI18n({ app: 'prosecutor', languages: PROSECUTOR_LANGUAGES, english: { common, prosecutor, intake } });
    expect(i18n.language).toBe('en');
    expect(page.root.dir).toBe('ltr');
  });

  it('starts the prosecutor app in Arabic, right to left, with its own Arabic strings', async () => {
    const page = fakePage('https://tips.example/prosecutor/?lang=ar', ['en']);
    const i18n = await startI18n({ app: 'prosecutor', languages: PROSECUTOR_LANGUAGES, english: { common, prosecutor, intake } });
    expect(i18n.language).toBe('ar');
    expect(page.root).toEqual({ lang: 'ar', dir: 'rtl' });
    const title = readLocale('ar').get('prosecutor')?.get('login.title');
    expect(title).toBeDefined();
    expect(i18n.t('prosecutor:login.title')).toBe(title);
    expect(i18n.t('prosecutor:login.title')).not.toBe('Sign in');
  });

  it('falls back to English for a namespace a language does not have', async () => {
    fakePage('https://tips.example/', ['en']);
    const i18n = await startI18n({ app: 'prosecutor', languages: PROSECUTOR_LANGUAGES, english: { common, prosecutor, intake } });
    // No translator writes prosecutor strings in Chinese: nothing to load, nothing fails.
    await loadLanguage(i18n, 'prosecutor', 'zh');
    expect(i18n.hasResourceBundle('zh', 'prosecutor')).toBe(false);
    expect(i18n.hasResourceBundle('zh', 'common')).toBe(true);
    expect(i18n.getFixedT('zh')('prosecutor:login.title')).toBe('Sign in');
  });
});
