import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../services/members';
import { Busy } from './Busy';
import { CheckboxField } from './CheckboxField';
import { ErrorAlert } from './ErrorAlert';
import { FingerprintText } from './FingerprintText';

export interface ApprovePanelProps {
  readonly member: MemberRow;
  readonly compared: boolean;
  readonly comparedError: string | null;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onCompared: (value: boolean) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Approving = signing the prosecutor's keys. Only after comparing the fingerprint out of band. */
export function ApprovePanel(props: ApprovePanelProps) {
  const { t } = useTranslation('prosecutor');
  const { member } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member.memberId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <section className="card panel" aria-labelledby="approve-heading">
      <h2 id="approve-heading" ref={heading} tabIndex={-1}>
        {t('approve.title', { name: member.displayName })}
      </h2>
      <p>{t('approve.call', { name: member.displayName })}</p>
      <FingerprintText value={member.fingerprint} size="large" />
      <p>{t('approve.differs')}</p>
      <form onSubmit={submit} noValidate>
        <CheckboxField
          id="approve-compared"
          label={t('approve.compared', { name: member.displayName })}
          checked={props.compared}
          onChange={props.onCompared}
          error={props.comparedError}
          disabled={props.busy}
        />
        {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
        {props.busy ? <Busy label={t('approve.signing')} /> : null}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={props.busy}>
            {t('approve.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={props.onCancel} disabled={props.busy}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
