// The reply form: text, files to attach (encrypted in this browser and uploaded with progress),
// and the send button. With files attached the text is optional: it goes with them as a note.
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../hooks/use-attachments';
import { formatSize } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { useSay, useWords } from '../../shared/i18n/use-words';
import { Busy } from './Busy';
import { TransferBar } from './TransferBar';

export interface ReplyFormProps {
  readonly text: string;
  readonly error: string | null;
  readonly busy: boolean;
  /** Another change to the case is on its way: wait for it. */
  readonly locked: boolean;
  /** Why replying is impossible (the thread failed verification), or null. */
  readonly blockedBecause: string | null;
  readonly onText: (text: string) => void;
  readonly onSend: () => void;
  /** Files attached to this reply, with their upload progress. */
  readonly attachments: readonly Attachment[];
  /** Files that could not be attached, one reason each. */
  readonly refused: readonly Message[];
  /** The upload limits in words, or why they are unknown. */
  readonly limitsText: string;
  /** True while the files are being encrypted and uploaded. */
  readonly uploading: boolean;
  readonly onAttach: (files: readonly File[]) => void;
  readonly onRemove: (key: number) => void;
  readonly onCancel: (key: number) => void;
}

interface AttachmentRowProps {
  readonly item: Attachment;
  readonly sending: boolean;
  /** Nothing can be changed now (the case failed verification, or a status change is on its way). */
  readonly disabled: boolean;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
  /** Sends the reply again: files already uploaded are not uploaded twice. */
  readonly onRetry: () => void;
}

function AttachmentRow(props: AttachmentRowProps) {
  const { t } = useTranslation('prosecutor');
  const words = useWords();
  const say = useSay();
  const { item } = props;
  const name = item.file.name;
  const uploaded = item.entry !== null;
  return (
    <li className="attachment">
      <p className="attachment-name">
        {name} <span className="attachment-size">{t('reply.size', { size: formatSize(item.file.size, words) })}</span>
      </p>
      {props.sending && !uploaded ? (
        <div className="file-transfer">
          <TransferBar
            name={name}
            progress={item.progress ?? { phase: 'waiting', bytesDone: 0, bytesTotal: item.file.size, bytesPerSecond: null, secondsLeft: null }}
            direction="upload"
          />
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      ) : null}
      {uploaded ? <p className="attachment-state">{t('reply.uploaded')}</p> : null}
      {item.error === null ? null : <p className="field-error">{say(item.error)}</p>}
      {props.sending ? null : (
        <div className="button-row attachment-actions">
          {item.error === null ? null : (
            <button type="button" className="button-secondary" onClick={props.onRetry} disabled={props.disabled}>
              {t('common:actions.retry')}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={props.onRemove} disabled={props.disabled}>
            {t('reply.remove', { name })}
          </button>
        </div>
      )}
    </li>
  );
}

export function ReplyForm(props: ReplyFormProps) {
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const blocked = props.blockedBecause !== null;
  const sending = props.busy || props.uploading;
  const disabled = blocked || sending || props.locked;
  const hasFiles = props.attachments.length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSend();
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files === null ? [] : Array.from(event.target.files);
    // Cleared so that choosing the same file again (after removing it) is noticed.
    event.target.value = '';
    if (chosen.length > 0) props.onAttach(chosen);
  };
  const describedBy = ['reply-hint', ...(props.error === null ? [] : ['reply-error'])].join(' ');
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('reply.title')}</h2>
      <div className="field">
        <label htmlFor="reply-text">{t('reply.label')}</label>
        <p id="reply-hint" className="field-hint">
          {blocked ? props.blockedBecause : hasFiles ? t('reply.hintWithFiles') : t('reply.hint')}
        </p>
        <textarea
          id="reply-text"
          name="reply-text"
          rows={5}
          value={props.text}
          onChange={(event) => props.onText(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error === null ? undefined : true}
          dir="auto"
          disabled={disabled}
          maxLength={20_000}
        />
        {props.error === null ? null : (
          <p id="reply-error" className="field-error" role="alert">
            {props.error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="reply-files">{t('reply.attach')}</label>
        <p id="reply-files-hint" className="field-hint">
          {props.limitsText} {t('reply.attachHint')}
        </p>
        <input id="reply-files" name="reply-files" type="file" multiple onChange={choose} disabled={disabled} aria-describedby="reply-files-hint" />
        {props.refused.length === 0 ? null : (
          <div className="field-error" role="alert">
            {props.refused.map((reason, index) => (
              <p key={index}>{say(reason)}</p>
            ))}
          </div>
        )}
        {hasFiles ? (
          <ul className="attachments" aria-label={t('reply.filesToSend')}>
            {props.attachments.map((item) => (
              <AttachmentRow
                key={item.key}
                item={item}
                sending={sending}
                disabled={blocked || props.locked}
                onRemove={() => props.onRemove(item.key)}
                onCancel={() => props.onCancel(item.key)}
                onRetry={props.onSend}
              />
            ))}
          </ul>
        ) : null}
      </div>
      {props.busy && !props.uploading ? <Busy label={t('reply.sending')} /> : null}
      <button type="submit" className="button-primary" disabled={disabled}>
        {t('reply.send')}
      </button>
    </form>
  );
}
