// The top of every whistleblower page (the app's and the pages without JavaScript): the name, the
// tagline and the language picker.
import { useTranslation } from 'react-i18next';
import { WHISTLEBLOWER_LANGUAGES } from '../../shared/i18n/languages';
import { LanguagePicker } from '../../shared/i18n/LanguagePicker';

export function SiteHeader() {
  const { t } = useTranslation('whistleblower');
  return (
    <header className="site-header">
      <div className="site-brand">
        <p className="site-name">{t('site.name')}</p>
        <p className="site-tagline">{t('site.tagline')}</p>
      </div>
      <LanguagePicker app="whistleblower" languages={WHISTLEBLOWER_LANGUAGES} />
    </header>
  );
}
