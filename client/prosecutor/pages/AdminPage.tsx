// The agency admin's page: their own fingerprint, prosecutors waiting for approval (compare the
// fingerprint, then sign), and the agency's members.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
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
import { describeErrorText } from '../services/describe-error';
import { approveMember, loadMembers, rejectMember, type AgencyMembers, type MemberRow } from '../services/members';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: Message } | { readonly kind: 'ready'; readonly members: AgencyMembers };

type Action =
  | { readonly kind: 'approve'; readonly member: MemberRow; readonly compared: boolean; readonly comparedError: Message | null }
  | { readonly kind: 'reject'; readonly member: MemberRow };

export function AdminPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const sayOrNull = (message: Message | null): string | null => (message === null ? null : say(message));
  const title = t('admin.title', { agency: session.member.agencyName });
  const heading = usePageHeading(title, 'admin');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const reload = useCallback(async () => {
    try {
      setLoaded({ kind: 'ready', members: await loadMembers() });
    } catch (error) {
      setLoaded({ kind: 'failed', error: describeErrorText(error) });
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
      setAction({ ...current, comparedError: msg('prosecutor:admin.compareFirst', { name: current.member.displayName }) });
      document.getElementById('approve-compared')?.focus();
      return;
    }
    setBusy(true);
    setActionError(null);
    try {
      await approveMember(session, current.member);
      setAction(null);
      setNotice(msg('prosecutor:admin.approved', { name: current.member.displayName, agency: session.member.agencyName }));
      await reload();
    } catch (error) {
      setActionError(describeErrorText(error));
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
      setNotice(msg('prosecutor:admin.rejected', { name: member.displayName }));
      await reload();
    } catch (error) {
      setActionError(describeErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <section className="card" aria-labelledby="own-fingerprint-heading">
        <h2 id="own-fingerprint-heading">{t('fingerprint.yours')}</h2>
        <p>{t('admin.ownKey')}</p>
        <FingerprintText value={session.fingerprint} label={t('fingerprint.yours')} />
      </section>
      {notice === null ? null : <Notice>{say(notice)}</Notice>}
      {loaded.kind === 'loading' ? <Busy label={t('admin.loading')} /> : null}
      {loaded.kind === 'failed' ? <ErrorAlert>{say(loaded.error)}</ErrorAlert> : null}
      {action?.kind === 'approve' ? (
        <ApprovePanel
          member={action.member}
          compared={action.compared}
          comparedError={sayOrNull(action.comparedError)}
          error={sayOrNull(actionError)}
          busy={busy}
          onCompared={(compared) => setAction({ ...action, compared, comparedError: null })}
          onConfirm={() => void approve(action)}
          onCancel={() => setAction(null)}
        />
      ) : null}
      {action?.kind === 'reject' ? (
        <RejectPanel member={action.member} error={sayOrNull(actionError)} busy={busy} onConfirm={() => void reject(action.member)} onCancel={() => setAction(null)} />
      ) : null}
      {loaded.kind === 'ready' ? (
        <>
          <section className="card" aria-labelledby="pending-heading">
            <h2 id="pending-heading" tabIndex={-1}>
              {t('admin.pending')}
            </h2>
            <PendingMembers
              members={loaded.members.pending}
              disabled={busy}
              onApprove={(member) => open({ kind: 'approve', member, compared: false, comparedError: null })}
              onReject={(member) => open({ kind: 'reject', member })}
            />
          </section>
          <section className="card" aria-labelledby="active-heading">
            <h2 id="active-heading">{t('admin.active')}</h2>
            {loaded.members.active.length === 0 ? <p>{t('admin.noActive')}</p> : <MemberTable caption={t('admin.active')} members={loaded.members.active} />}
          </section>
          {loaded.members.rejected.length === 0 ? null : (
            <section className="card" aria-labelledby="rejected-heading">
              <h2 id="rejected-heading">{t('admin.rejectedTitle')}</h2>
              <MemberTable caption={t('admin.rejectedCaption')} members={loaded.members.rejected} />
            </section>
          )}
        </>
      ) : null}
    </>
  );
}
