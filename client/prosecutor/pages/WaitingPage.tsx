// A signed-in member who is not approved yet: their fingerprint, and a way to check again.
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { WaitingPanel } from '../components/WaitingPanel';
import { usePageHeading } from '../hooks/use-page-heading';
import type { MemberSession } from '../session';
import { describeError } from '../services/describe-error';
import { refreshMember } from '../services/sign-in';

export function WaitingPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const rejected = session.member.state === 'rejected';
  const heading = usePageHeading(rejected ? 'Enrollment not approved' : 'Waiting for approval');
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ readonly error: string } | { readonly stillPending: true } | null>(null);

  const checkAgain = async () => {
    setChecking(true);
    setResult(null);
    try {
      const member = await refreshMember(session);
      // An approved member is moved to their page by the app; otherwise say nothing changed.
      if (member.state !== 'active') setResult({ stillPending: true });
    } catch (error) {
      setResult({ error: describeError(error) });
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <WaitingPanel
        heading={heading}
        role={session.member.role}
        agencyName={session.member.agencyName}
        fingerprint={session.fingerprint}
        rejected={rejected}
      />
      {rejected ? null : (
        <section className="card">
          <h2>Approved already?</h2>
          <p>Once your approval is done, check again to continue.</p>
          {result !== null && 'error' in result ? <ErrorAlert>{result.error}</ErrorAlert> : null}
          {result !== null && 'stillPending' in result ? <Notice>Not approved yet.</Notice> : null}
          <button type="button" className="button-secondary" onClick={() => void checkAgain()} disabled={checking}>
            Check again
          </button>
        </section>
      )}
    </>
  );
}
