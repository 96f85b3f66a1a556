// A signed-in member who is not approved yet: their fingerprint, and a way to check again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { WaitingPanel } from '../components/WaitingPanel';
import { usePageHeading } from '../hooks/use-page-heading';
import type { MemberSession } from '../session';
import { describeErrorText } from '../services/describe-error';
import { refreshMember } from '../services/sign-in';

export function WaitingPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const rejected = session.member.state === 'rejected';
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const heading = usePageHeading(rejected ? t('waiting.rejectedTitle') : t('waiting.title'), rejected ? 'rejected' : 'waiting');
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ readonly error: Message } | { readonly stillPending: true } | null>(null);

  const checkAgain = async () => {
    setChecking(true);
    setResult(null);
    try {
      const member = await refreshMember(session);
      // An approved member is moved to their page by the app; otherwise say nothing changed.
      if (member.state !== 'active') setResult({ stillPending: true });
    } catch (error) {
      setResult({ error: describeErrorText(error) });
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
          <h2>{t('waiting.already.title')}</h2>
          <p>{t('waiting.already.text')}</p>
          {result !== null && 'error' in result ? <ErrorAlert>{say(result.error)}</ErrorAlert> : null}
          {result !== null && 'stillPending' in result ? <Notice>{t('waiting.notYet')}</Notice> : null}
          <button type="button" className="button-secondary" onClick={() => void checkAgain()} disabled={checking}>
            {t('waiting.checkAgain')}
          </button>
        </section>
      )}
    </>
  );
}
