import { useTranslation } from 'react-i18next';
import { ScreenHeading } from './ScreenHeading';

export function ReportSent({ onOpenCase }: { readonly onOpenCase: () => void }) {
  const { t } = useTranslation('whistleblower');
  return (
    <>
      <ScreenHeading>{t('sent.title')}</ScreenHeading>
      <p>{t('sent.intro')}</p>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('sent.next.title')}</h2>
        <ul className="advice">
          <li>{t('sent.next.comeBack')}</li>
          <li>{t('sent.next.check')}</li>
          <li>{t('sent.next.close')}</li>
        </ul>
        <div className="actions">
          <button type="button" className="button-primary" onClick={onOpenCase}>
            {t('open.submit')}
          </button>
        </div>
      </section>
    </>
  );
}
