import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../services/members';
import { Busy } from './Busy';
import { ErrorAlert } from './ErrorAlert';

export interface RejectPanelProps {
  readonly member: MemberRow;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function RejectPanel(props: RejectPanelProps) {
  const { t } = useTranslation('prosecutor');
  const { member } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member.memberId]);
  return (
    <section className="card panel" aria-labelledby="reject-heading">
      <h2 id="reject-heading" ref={heading} tabIndex={-1}>
        {t('reject.title', { name: member.displayName })}
      </h2>
      <p>{t('reject.text', { name: member.displayName, username: member.username })}</p>
      {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
      {props.busy ? <Busy label={t('reject.rejecting')} /> : null}
      <div className="button-row">
        <button type="button" className="button-danger" onClick={props.onConfirm} disabled={props.busy}>
          {t('reject.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel} disabled={props.busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </section>
  );
}
