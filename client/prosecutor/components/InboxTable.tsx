import { hrefFor } from '../routes';
import { STATUS_WORDS } from '../services/case-status';
import type { InboxItem } from '../services/inbox';

/** The cases shared with this prosecutor; the title is the link to the case. */
export function InboxTable(props: { readonly items: readonly InboxItem[] }) {
  return (
    <div className="table-scroll">
      <table className="table inbox">
        <caption>Cases, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Received</th>
            <th scope="col">Messages</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.caseId} className={item.status === 'new' ? 'case-new' : undefined}>
              <td className="case-title">
                {item.title === null ? (
                  <span className="undecryptable">Cannot be decrypted</span>
                ) : (
                  <a href={hrefFor({ name: 'case', caseId: item.caseId })}>{item.title}</a>
                )}
              </td>
              <td>
                <span className={`status status-${item.status}`}>{STATUS_WORDS[item.status]}</span>
              </td>
              <td className="nowrap">{item.createdOn}</td>
              <td>{item.messageCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
