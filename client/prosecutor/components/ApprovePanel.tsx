import { useEffect, useRef, type FormEvent } from 'react';
import type { MemberRow } from '../services/members';
import { Busy } from './Busy';
import { CheckboxField } from './CheckboxField';
import { ErrorAlert } from './ErrorAlert';
import { FingerprintText } from './FingerprintText';

export interface ApprovePanelProps {
  readonly member: MemberRow;
  readonly compared: boolean;
  readonly comparedError: string | null;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onCompared: (value: boolean) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Approving = signing the prosecutor's keys. Only after comparing the fingerprint out of band. */
export function ApprovePanel(props: ApprovePanelProps) {
  const { member } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member.memberId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <section className="card panel" aria-labelledby="approve-heading">
      <h2 id="approve-heading" ref={heading} tabIndex={-1}>
        Approve {member.displayName}
      </h2>
      <p>
        Call {member.displayName} by phone or meet them, and ask them to read their fingerprint aloud. It must match this one,
        all 40 characters:
      </p>
      <FingerprintText value={member.fingerprint} size="large" />
      <p>
        If any character differs, do not approve: the keys may not be theirs. Approving signs their keys with your agency key,
        and whistleblowers will then send tips they can read.
      </p>
      <form onSubmit={submit} noValidate>
        <CheckboxField
          id="approve-compared"
          label={`I compared the fingerprint with ${member.displayName}`}
          checked={props.compared}
          onChange={props.onCompared}
          error={props.comparedError}
          disabled={props.busy}
        />
        {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
        {props.busy ? <Busy label="Signing and approving…" /> : null}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={props.busy}>
            Sign and approve
          </button>
          <button type="button" className="button-secondary" onClick={props.onCancel} disabled={props.busy}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
