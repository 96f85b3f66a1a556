import { useTranslation } from 'react-i18next';
import { useSay } from '../../shared/i18n/use-words';
import type { ThreadItem } from '../logic/case-snapshot';
import { statusText } from '../logic/status-words';
import { FilesMessage, type FileSaving } from './FilesMessage';

function AuthorName({ item }: { readonly item: ThreadItem }) {
  const { t } = useTranslation('whistleblower');
  if (item.author === 'you') return <>{t('thread.you')}</>;
  return <>{item.agencyName === null ? t('thread.prosecutor') : t('thread.prosecutorOf', { agency: item.agencyName })}</>;
}

function MessageBody({ item, saving }: { readonly item: ThreadItem; readonly saving: FileSaving }) {
  const { t } = useTranslation('whistleblower');
  const say = useSay();
  switch (item.kind) {
    case 'message':
      return <p className="message-text">{item.text}</p>;
    case 'status':
      return <p className="message-status">{t('thread.statusChanged', { status: say(statusText(item.status)) })}</p>;
    case 'files':
      return <FilesMessage note={item.note} files={item.files} mine={item.author === 'you'} saving={saving} />;
  }
}

/** The messages after the tip, oldest first, each with who wrote it. */
export function CaseThread({ items, broken, saving }: { readonly items: readonly ThreadItem[]; readonly broken: boolean; readonly saving: FileSaving }) {
  const { t } = useTranslation('whistleblower');
  return (
    <section className="card" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('thread.title')}</h2>
      {items.length === 0 ? (
        <p className="note">{broken ? t('thread.noneVerified') : t('thread.none')}</p>
      ) : (
        <ol className="thread">
          {items.map((item) => (
            <li key={item.seq} className={item.author === 'you' ? 'message message-mine' : 'message'}>
              <p className="message-author">
                <AuthorName item={item} />
              </p>
              <MessageBody item={item} saving={saving} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
