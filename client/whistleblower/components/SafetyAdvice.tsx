import { Trans, useTranslation } from 'react-i18next';

const STRONG = { strong: <strong /> };

/** Short, plain advice on staying safe, shown before anything else. */
export function SafetyAdvice() {
  const { t } = useTranslation('whistleblower');
  return (
    <section aria-labelledby="safety-heading" className="card">
      <h2 id="safety-heading">{t('safety.title')}</h2>
      <ul className="advice">
        <li>
          <Trans t={t} i18nKey="safety.tor" components={STRONG} />
        </li>
        <li>
          <Trans t={t} i18nKey="safety.kept" components={STRONG} />
        </li>
        <li>
          <Trans t={t} i18nKey="safety.code" components={STRONG} />
        </li>
      </ul>
    </section>
  );
}
