import { useTranslation } from 'react-i18next';
import { formatDay } from '../../shared/i18n/format';
import type { MemberRow } from '../services/members';

/** Members already decided on (active or rejected), as a table. */
export function MemberTable(props: { readonly caption: string; readonly members: readonly MemberRow[] }) {
  const { t, i18n } = useTranslation('prosecutor');
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.username')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.enrolled')}</th>
            <th scope="col">{t('members.fingerprint')}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr key={member.memberId}>
              <td dir="auto">{member.displayName}</td>
              <td translate="no" dir="auto">{member.username}</td>
              <td>{member.role === 'admin' ? t('roles.admin') : t('roles.prosecutor')}</td>
              <td className="nowrap">{formatDay(member.enrolledOn, i18n.language)}</td>
              <td className="fingerprint-cell" translate="no">
                {member.fingerprint}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
