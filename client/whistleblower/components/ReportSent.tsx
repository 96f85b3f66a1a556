import { useTranslation } from 'react-i18next';
import { useWords } from '../../shared/i18n/use-words';
import { useNoJs } from '../../shared/no-js/no-js';
import { listNames } from '../logic/evidence';
import { ScreenHeading } from './ScreenHeading';

export interface ReportSentProps {
  readonly onOpenCase: () => void;
  /** Names of evidence files that were chosen but did not arrive. */
  readonly missingFiles?: readonly string[];
}

export function ReportSent({ onOpenCase, missingFiles = [] }: ReportSentProps) {
  const { t } = useTranslation('whistleblower');
  const pageWords = useWords();
  const noJs = useNoJs();
  return (
    <>
      <ScreenHeading>{t('sent.title')}</ScreenHeading>
      {missingFiles.length === 0 ? null : (
        <div className="problem" role="alert">
          <p>{t('sent.missing', { count: missingFiles.length, names: listNames(missingFiles, pageWords) })}</p>
          <p>{t('sent.missingLater', { count: missingFiles.length })}</p>
        </div>
      )}
      <p>{t('sent.intro')}</p>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('sent.next.title')}</h2>
        <ul className="advice">
          <li>{t('sent.next.comeBack')}</li>
          <li>{t('sent.next.check')}</li>
          <li>{t('sent.next.close')}</li>
        </ul>
        <div className="actions">
          {noJs === null ? (
            <button type="button" className="button-primary" onClick={onOpenCase}>
              {t('open.submit')}
            </button>
          ) : (
            <a className="button-link button-primary" href={noJs.links.return}>
              {t('open.submit')}
            </a>
          )}
        </div>
      </section>
    </>
  );
}
