// The case thread after the tip, oldest first: each verified message with who signed it; a files
// message lists its files with buttons to decrypt and save or preview them.
import { useTranslation } from 'react-i18next';
import { useSay, useWords } from '../../shared/i18n/use-words';
import { statusText } from '../services/case-status';
import type { CaseFileAccess } from '../services/case-files';
import { sentByWords } from '../services/file-words';
import { authorText } from '../services/verification-words';
import type { ThreadEntry } from '../../shared/thread';
import { FilesMessage } from './FilesMessage';
import { VerificationMark } from './VerificationMark';

export interface ThreadViewProps {
  /** Messages after the tip (seq ≥ 1), verified. */
  readonly entries: readonly ThreadEntry[];
  /** Seqs of this prosecutor's own messages. */
  readonly ownSeqs: ReadonlySet<number>;
  /** Shown when there is no message to list. */
  readonly emptyText: string;
  /** Fetches the evidence files that files messages name. */
  readonly files: CaseFileAccess;
}

function Body(props: { readonly entry: ThreadEntry; readonly own: boolean; readonly files: CaseFileAccess }) {
  const { t } = useTranslation('prosecutor');
  const words = useWords();
  const say = useSay();
  const { content } = props.entry;
  if (content.kind === 'message') return <p className="message-text">{content.text}</p>;
  if (content.kind === 'status') return <p className="status-change">{t('thread.statusChanged', { status: say(statusText(content.status)) })}</p>;
  if (content.kind === 'files') return <FilesMessage content={content} sentBy={sentByWords(props.entry, props.own, words)} access={props.files} />;
  return <p className="message-text">{content.title}</p>;
}

/** The conversation, oldest first, each message with who signed it. */
export function ThreadView(props: ThreadViewProps) {
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  if (props.entries.length === 0) return <p>{props.emptyText}</p>;
  return (
    <ol className="thread">
      {props.entries.map((entry) => {
        const own = props.ownSeqs.has(entry.seq);
        return (
          <li key={entry.seq} className={`message message-${entry.role}${own ? ' message-own' : ''}`}>
            <article aria-label={t('thread.messageLabel', { number: entry.seq + 1 })}>
              <p className="message-author">{say(authorText(entry, own))}</p>
              <Body entry={entry} own={own} files={props.files} />
              <VerificationMark entry={entry} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
