import type { MemberView } from '../../../api/index';

/** Who is signed in, and the way out. Shown at the top of every signed-in page. */
export function SignedInBar(props: { readonly member: MemberView; readonly signingOut: boolean; readonly onSignOut: () => void }) {
  const { member } = props;
  return (
    <div className="signed-in-bar">
      <p className="signed-in-as">
        Signed in as <strong>{member.displayName}</strong> ({member.username}), {member.agencyName}
      </p>
      <button type="button" className="button-secondary" onClick={props.onSignOut} disabled={props.signingOut}>
        Sign out
      </button>
    </div>
  );
}
