import type { ThreadItem } from '../logic/case-snapshot';
import { statusWords } from '../logic/status-words';
import { FilesMessage, type FileSaving } from './FilesMessage';

function authorName(item: ThreadItem): string {
  if (item.author === 'you') return 'You';
  return item.agencyName === null ? 'Prosecutor' : `Prosecutor, ${item.agencyName}`;
}

function MessageBody({ item, saving }: { readonly item: ThreadItem; readonly saving: FileSaving }) {
  switch (item.kind) {
    case 'message':
      return <p className="message-text">{item.text}</p>;
    case 'status':
      return <p className="message-status">Changed the status to {statusWords(item.status)}.</p>;
    case 'files':
      return <FilesMessage note={item.note} files={item.files} mine={item.author === 'you'} saving={saving} />;
  }
}

/** The messages after the tip, oldest first, each with who wrote it. */
export function CaseThread({ items, broken, saving }: { readonly items: readonly ThreadItem[]; readonly broken: boolean; readonly saving: FileSaving }) {
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
              <MessageBody item={item} saving={saving} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
