import { useEffect, useRef } from 'react';
import type { MemberRow } from '../services/members';
import { Busy } from './Busy';
import { ErrorAlert } from './ErrorAlert';

export interface RejectPanelProps {
  readonly member: MemberRow;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function RejectPanel(props: RejectPanelProps) {
  const { member } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member.memberId]);
  return (
    <section className="card panel" aria-labelledby="reject-heading">
      <h2 id="reject-heading" ref={heading} tabIndex={-1}>
        Reject {member.displayName}?
      </h2>
      <p>
        {member.displayName} ({member.username}) will not be able to read tips. This cannot be undone: they would need a new
        invitation.
      </p>
      {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
      {props.busy ? <Busy label="Rejecting…" /> : null}
      <div className="button-row">
        <button type="button" className="button-danger" onClick={props.onConfirm} disabled={props.busy}>
          Reject
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}
