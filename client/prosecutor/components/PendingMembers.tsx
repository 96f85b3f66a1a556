import type { MemberRow } from '../services/members';

export interface PendingMembersProps {
  readonly members: readonly MemberRow[];
  readonly disabled: boolean;
  readonly onApprove: (member: MemberRow) => void;
  readonly onReject: (member: MemberRow) => void;
}

/** Prosecutors who enrolled and wait for the admin's signature. */
export function PendingMembers(props: PendingMembersProps) {
  if (props.members.length === 0) return <p>No prosecutor is waiting for approval.</p>;
  return (
    <ul className="member-list">
      {props.members.map((member) => (
        <li key={member.memberId} className="member">
          <div className="member-who">
            <p className="member-name">{member.displayName}</p>
            <p className="member-meta">
              Username <span translate="no">{member.username}</span> · enrolled {member.enrolledOn}
            </p>
            <p className="member-meta">Fingerprint</p>
            <p className="fingerprint" translate="no">
              {member.fingerprint}
            </p>
          </div>
          <div className="member-actions">
            <button type="button" className="button-primary" aria-label={`Approve ${member.username}`} disabled={props.disabled} onClick={() => props.onApprove(member)}>
              Approve
            </button>
            <button type="button" className="button-danger" aria-label={`Reject ${member.username}`} disabled={props.disabled} onClick={() => props.onReject(member)}>
              Reject
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
