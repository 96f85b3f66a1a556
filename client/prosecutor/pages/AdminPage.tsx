// The agency admin's page: their own fingerprint, prosecutors waiting for approval (compare the
// fingerprint, then sign), and the agency's members.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApprovePanel } from '../components/ApprovePanel';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { FingerprintText } from '../components/FingerprintText';
import { MemberTable } from '../components/MemberTable';
import { Notice } from '../components/Notice';
import { PendingMembers } from '../components/PendingMembers';
import { RejectPanel } from '../components/RejectPanel';
import { usePageHeading } from '../hooks/use-page-heading';
import type { MemberSession } from '../session';
import { describeError } from '../services/describe-error';
import { approveMember, loadMembers, rejectMember, type AgencyMembers, type MemberRow } from '../services/members';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: string } | { readonly kind: 'ready'; readonly members: AgencyMembers };

type Action =
  | { readonly kind: 'approve'; readonly member: MemberRow; readonly compared: boolean; readonly comparedError: string | null }
  | { readonly kind: 'reject'; readonly member: MemberRow };

export function AdminPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const heading = usePageHeading(`${session.member.agencyName}: members`);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLoaded({ kind: 'ready', members: await loadMembers() });
    } catch (error) {
      setLoaded({ kind: 'failed', error: describeError(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  // When a confirmation panel closes, keyboard focus returns to the list it was opened from.
  const hadAction = useRef(false);
  useEffect(() => {
    if (hadAction.current && action === null) document.getElementById('pending-heading')?.focus();
    hadAction.current = action !== null;
  }, [action]);

  const open = (next: Action) => {
    setAction(next);
    setActionError(null);
    setNotice(null);
  };

  const approve = async (current: Extract<Action, { kind: 'approve' }>) => {
    if (!current.compared) {
      setAction({ ...current, comparedError: `Compare the fingerprint with ${current.member.displayName} first.` });
      document.getElementById('approve-compared')?.focus();
      return;
    }
    setBusy(true);
    setActionError(null);
    try {
      await approveMember(session, current.member);
      setAction(null);
      setNotice(`Approved ${current.member.displayName}. Tips sent to ${session.member.agencyName} from now on are also sealed to their keys.`);
      await reload();
    } catch (error) {
      setActionError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const reject = async (member: MemberRow) => {
    setBusy(true);
    setActionError(null);
    try {
      await rejectMember(member);
      setAction(null);
      setNotice(`Rejected ${member.displayName}.`);
      await reload();
    } catch (error) {
      setActionError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {session.member.agencyName}: members
      </h1>
      <section className="card" aria-labelledby="own-fingerprint-heading">
        <h2 id="own-fingerprint-heading">Your fingerprint</h2>
        <p>Your key is your agency&apos;s key: it signs the keys of the prosecutors you approve.</p>
        <FingerprintText value={session.fingerprint} label="Your fingerprint" />
      </section>
      {notice === null ? null : <Notice>{notice}</Notice>}
      {loaded.kind === 'loading' ? <Busy label="Loading members…" /> : null}
      {loaded.kind === 'failed' ? <ErrorAlert>{loaded.error}</ErrorAlert> : null}
      {action?.kind === 'approve' ? (
        <ApprovePanel
          member={action.member}
          compared={action.compared}
          comparedError={action.comparedError}
          error={actionError}
          busy={busy}
          onCompared={(compared) => setAction({ ...action, compared, comparedError: null })}
          onConfirm={() => void approve(action)}
          onCancel={() => setAction(null)}
        />
      ) : null}
      {action?.kind === 'reject' ? (
        <RejectPanel member={action.member} error={actionError} busy={busy} onConfirm={() => void reject(action.member)} onCancel={() => setAction(null)} />
      ) : null}
      {loaded.kind === 'ready' ? (
        <>
          <section className="card" aria-labelledby="pending-heading">
            <h2 id="pending-heading" tabIndex={-1}>
              Waiting for approval
            </h2>
            <PendingMembers
              members={loaded.members.pending}
              disabled={busy}
              onApprove={(member) => open({ kind: 'approve', member, compared: false, comparedError: null })}
              onReject={(member) => open({ kind: 'reject', member })}
            />
          </section>
          <section className="card" aria-labelledby="active-heading">
            <h2 id="active-heading">Active members</h2>
            {loaded.members.active.length === 0 ? <p>No active members yet.</p> : <MemberTable caption="Active members" members={loaded.members.active} />}
          </section>
          {loaded.members.rejected.length === 0 ? null : (
            <section className="card" aria-labelledby="rejected-heading">
              <h2 id="rejected-heading">Rejected</h2>
              <MemberTable caption="Rejected enrollments" members={loaded.members.rejected} />
            </section>
          )}
        </>
      ) : null}
    </>
  );
}
