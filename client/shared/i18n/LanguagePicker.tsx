// The language picker on every page: a native select with each language in its own name. The
// label stays "Language" (in English, marked as such) in every language, so anyone can find it;
// the page's own word for it is shown beside it. Switching changes only the strings: what the
// person typed stays, nothing reloads, and the choice is kept only in the page's own URL.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formParts, useNoJs } from '../no-js/no-js';
import { LANGUAGE_INFO, isLanguage, type Language } from './languages';
import { applyLanguage, loadLanguage, type AppName } from './start-i18n';

export interface LanguagePickerProps {
  readonly app: AppName;
  readonly languages: readonly Language[];
}

export function LanguagePicker({ app, languages }: LanguagePickerProps) {
  const { t, i18n } = useTranslation('common');
  const [failed, setFailed] = useState(false);
  // The latest choice wins, however quickly the person moves through the list.
  const wanted = useRef<Language | null>(null);
  const current: Language = isLanguage(i18n.language, languages) ? i18n.language : 'en';
  const noJs = useNoJs();

  const choose = async (next: Language): Promise<void> => {
    wanted.current = next;
    setFailed(false);
    try {
      await loadLanguage(i18n, app, next);
    } catch {
      if (wanted.current === next) setFailed(true);
      return;
    }
    if (wanted.current === next) await applyLanguage(i18n, next);
  };

  // Without JavaScript: a form that loads this page again in the chosen language (only on pages
  // that can be loaded again: never on one showing a case code or a case).
  if (noJs !== null) {
    if (noJs.forms.language === undefined) return null;
    const form = formParts(noJs, 'language', () => undefined);
    return (
      <form className="language-picker" {...form.attributes}>
        {form.hidden}
        <label htmlFor="language-picker" lang="en" dir="ltr">
          Language
        </label>
        {current === 'en' ? null : <span className="language-local">{t('language.name')}</span>}
        <select id="language-picker" name="lang" defaultValue={current}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code} dir={LANGUAGE_INFO[code].dir}>
              {LANGUAGE_INFO[code].nativeName}
            </option>
          ))}
        </select>
        <button type="submit" className="button-small">
          {t('language.apply')}
        </button>
      </form>
    );
  }
  return (
    <div className="language-picker">
      <label htmlFor="language-picker" lang="en" dir="ltr">
        Language
      </label>
      {current === 'en' ? null : <span className="language-local">{t('language.name')}</span>}
      <select
        id="language-picker"
        name="lang"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next, languages)) void choose(next);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code} dir={LANGUAGE_INFO[code].dir}>
            {LANGUAGE_INFO[code].nativeName}
          </option>
        ))}
      </select>
      {failed ? (
        <p className="language-problem" role="alert">
          {t('language.failed')}
        </p>
      ) : null}
    </div>
  );
}
