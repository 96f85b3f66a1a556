import type { FormEvent } from 'react';
import { Busy } from './Busy';

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
}

export function ReplyForm(props: ReplyFormProps) {
  const blocked = props.blockedBecause !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSend();
  };
  const describedBy = ['reply-hint', ...(props.error === null ? [] : ['reply-error'])].join(' ');
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      <div className="field">
        <label htmlFor="reply-text">Reply to the whistleblower</label>
        <p id="reply-hint" className="field-hint">
          {blocked
            ? props.blockedBecause
            : 'Encrypted and signed in this browser. Only the whistleblower and the prosecutors on this case can read it. Ask one question at a time, in plain words.'}
        </p>
        <textarea
          id="reply-text"
          name="reply-text"
          rows={5}
          value={props.text}
          onChange={(event) => props.onText(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error === null ? undefined : true}
          disabled={blocked || props.busy || props.locked}
          maxLength={20_000}
        />
        {props.error === null ? null : (
          <p id="reply-error" className="field-error" role="alert">
            {props.error}
          </p>
        )}
      </div>
      {props.busy ? <Busy label="Encrypting, signing and sending…" /> : null}
      <button type="submit" className="button-primary" disabled={blocked || props.busy || props.locked}>
        Send reply
      </button>
    </form>
  );
}
