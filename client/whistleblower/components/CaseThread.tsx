import type { ThreadItem } from '../logic/case-snapshot';
import { statusWords } from '../logic/status-words';

function authorName(item: ThreadItem): string {
  if (item.author === 'you') return 'You';
  return item.agencyName === null ? 'Prosecutor' : `Prosecutor, ${item.agencyName}`;
}

/** The messages after the tip, oldest first, each with who wrote it. */
export function CaseThread({ items, broken }: { readonly items: readonly ThreadItem[]; readonly broken: boolean }) {
  return (
    <section className="card" aria-labelledby="thread-heading">
      <h2 id="thread-heading">Messages</h2>
      {items.length === 0 ? (
        <p className="note">
          {broken ? 'No message passed the checks.' : 'No messages yet. The prosecutors may take some days to read your report.'}
        </p>
      ) : (
        <ol className="thread">
          {items.map((item) => (
            <li key={item.seq} className={item.author === 'you' ? 'message message-mine' : 'message'}>
              <p className="message-author">{authorName(item)}</p>
              {item.kind === 'message' ? (
                <p className="message-text">{item.text}</p>
              ) : (
                <p className="message-status">Changed the status to {statusWords(item.status)}.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
