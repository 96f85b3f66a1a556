import { useTranslation } from 'react-i18next';
import { formatDay, formatNumber } from '../../shared/i18n/format';
import { useSay } from '../../shared/i18n/use-words';
import { hrefFor } from '../routes';
import { statusText } from '../services/case-status';
import type { InboxItem } from '../services/inbox';

/**
 * The cases shared with this prosecutor; the title is the link to the case. A case the server
 * encrypted (the whistleblower's browser ran no JavaScript) says so under its title.
 */
export function InboxTable(props: { readonly items: readonly InboxItem[] }) {
  const { t, i18n } = useTranslation('prosecutor');
  const say = useSay();
  return (
    <div className="table-scroll">
      <table className="table inbox">
        <caption>{t('inbox.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.table.title')}</th>
            <th scope="col">{t('inbox.table.status')}</th>
            <th scope="col">{t('inbox.table.received')}</th>
            <th scope="col">{t('inbox.table.messages')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.caseId} className={item.status === 'new' ? 'case-new' : undefined}>
              <td className="case-title">
                {item.title === null ? (
                  <span className="undecryptable">{t('inbox.table.undecryptable')}</span>
                ) : (
                  <a href={hrefFor({ name: 'case', caseId: item.caseId })}>{item.title}</a>
                )}
                {item.encryptedOnServer ? <span className="badge">{t('inbox.table.encryptedOnServer')}</span> : null}
              </td>
              <td>
                <span className={`status status-${item.status}`}>{say(statusText(item.status))}</span>
              </td>
              <td className="nowrap">{formatDay(item.createdOn, i18n.language)}</td>
              <td>{formatNumber(item.messageCount, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
