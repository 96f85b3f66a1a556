import { useTranslation } from 'react-i18next';
import { useNoJs } from '../../shared/no-js/no-js';
import { SafetyAdvice } from './SafetyAdvice';
import { ScreenHeading } from './ScreenHeading';

export interface LandingProps {
  /** False when no root key is built in: the tip line is not set up yet. */
  readonly ready: boolean;
  readonly focusHeading: boolean;
  readonly onReport: () => void;
  readonly onReturn: () => void;
}

export function Landing({ ready, focusHeading, onReport, onReturn }: LandingProps) {
  const { t } = useTranslation('whistleblower');
  const noJs = useNoJs();
  return (
    <>
      <ScreenHeading focus={focusHeading}>{t('landing.title')}</ScreenHeading>
      <p className="lead">{t('landing.lead')}</p>
      <SafetyAdvice />
      {ready ? (
        <section aria-labelledby="start-heading" className="card">
          <h2 id="start-heading">{t('landing.start.title')}</h2>
          <div className="actions actions-stacked">
            {noJs === null ? (
              <>
                <button type="button" className="button-primary" onClick={onReport}>
                  {t('landing.start.report')}
                </button>
                <button type="button" onClick={onReturn}>
                  {t('landing.start.return')}
                </button>
              </>
            ) : (
              <>
                <a className="button-link button-primary" href={noJs.links.report}>
                  {t('landing.start.report')}
                </a>
                <a className="button-link" href={noJs.links.return}>
                  {t('landing.start.return')}
                </a>
              </>
            )}
          </div>
          <p className="note">{t('landing.start.returnNote')}</p>
        </section>
      ) : (
        <section aria-labelledby="status-heading" className="card">
          <h2 id="status-heading">{t('landing.notReady.title')}</h2>
          <p>{t('landing.notReady.text')}</p>
        </section>
      )}
    </>
  );
}
