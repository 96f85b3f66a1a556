import { useTranslation } from 'react-i18next';
import { formatDay } from '../../shared/i18n/format';
import type { MemberRow } from '../services/members';

export interface PendingMembersProps {
  readonly members: readonly MemberRow[];
  readonly disabled: boolean;
  readonly onApprove: (member: MemberRow) => void;
  readonly onReject: (member: MemberRow) => void;
}

/** Prosecutors who enrolled and wait for the admin's signature. */
export function PendingMembers(props: PendingMembersProps) {
  const { t, i18n } = useTranslation('prosecutor');
  if (props.members.length === 0) return <p>{t('pending.none')}</p>;
  return (
    <ul className="member-list">
      {props.members.map((member) => (
        <li key={member.memberId} className="member">
          <div className="member-who">
            <p className="member-name">{member.displayName}</p>
            <p className="member-meta">
              {t('pending.username')} <span translate="no">{member.username}</span> · {t('pending.enrolled', { date: formatDay(member.enrolledOn, i18n.language) })}
            </p>
            <p className="member-meta">{t('pending.fingerprint')}</p>
            <p className="fingerprint" translate="no">
              {member.fingerprint}
            </p>
          </div>
          <div className="member-actions">
            <button type="button" className="button-primary" aria-label={t('pending.approveLabel', { username: member.username })} disabled={props.disabled} onClick={() => props.onApprove(member)}>
              {t('pending.approve')}
            </button>
            <button type="button" className="button-danger" aria-label={t('pending.rejectLabel', { username: member.username })} disabled={props.disabled} onClick={() => props.onReject(member)}>
              {t('pending.reject')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
