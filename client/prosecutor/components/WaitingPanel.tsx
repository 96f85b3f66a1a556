import type { RefObject } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { MemberRole } from '../../../api/index';
import { hrefFor } from '../routes';
import { FingerprintText } from './FingerprintText';

const STRONG = { strong: <strong /> };

export interface WaitingPanelProps {
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly role: MemberRole;
  readonly agencyName: string;
  readonly fingerprint: string;
  readonly rejected?: boolean;
  /** After enrollment (signed out): offer the way to sign in later. */
  readonly showSignIn?: boolean;
}

/** After enrollment: the fingerprint to read out, and to whom. */
export function WaitingPanel(props: WaitingPanelProps) {
  const { t } = useTranslation('prosecutor');
  if (props.rejected === true) {
    return (
      <section className="card">
        <h1 ref={props.heading} tabIndex={-1}>
          {t('waiting.rejectedTitle')}
        </h1>
        <p>{t('waiting.rejectedText', { agency: props.agencyName })}</p>
      </section>
    );
  }
  const admin = props.role === 'admin';
  return (
    <section className="card">
      <h1 ref={props.heading} tabIndex={-1}>
        {t('waiting.title')}
      </h1>
      <p>{admin ? t('waiting.registeredAdmin', { agency: props.agencyName }) : t('waiting.registered', { agency: props.agencyName })}</p>
      <h2>{t('fingerprint.yours')}</h2>
      <FingerprintText value={props.fingerprint} label={t('fingerprint.yours')} size="large" />
      <ol className="steps">
        {admin ? (
          <li>
            <Trans t={t} i18nKey="waiting.readAloudAdmin" components={STRONG} />
          </li>
        ) : (
          <li>
            <Trans t={t} i18nKey="waiting.readAloud" components={STRONG} />
          </li>
        )}
        <li>{t('waiting.differs')}</li>
        <li>{props.showSignIn === true ? t('waiting.thenSignIn') : t('waiting.thenCheck')}</li>
      </ol>
      {props.showSignIn === true ? (
        <p>
          <a href={hrefFor({ name: 'login' })}>{t('links.goToSignIn')}</a>
        </p>
      ) : null}
    </section>
  );
}
