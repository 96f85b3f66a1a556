// The prosecutor's inbox: every case shared with them, newest first, titles decrypted here.
import { useCallback, useEffect, useState } from 'react';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { InboxTable } from '../components/InboxTable';
import { usePageHeading } from '../hooks/use-page-heading';
import type { MemberSession } from '../session';
import { describeError } from '../services/describe-error';
import { loadInbox, type InboxItem } from '../services/inbox';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: string } | { readonly kind: 'ready'; readonly items: readonly InboxItem[] };

export function InboxPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const heading = usePageHeading('Inbox');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [refreshing, setRefreshing] = useState(false);

  const reload = useCallback(async () => {
    setRefreshing(true);
    try {
      setLoaded({ kind: 'ready', items: await loadInbox(session) });
    } catch (error) {
      setLoaded({ kind: 'failed', error: describeError(error) });
    } finally {
      setRefreshing(false);
    }
  }, [session]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <div className="title-row">
        <h1 ref={heading} tabIndex={-1}>
          Inbox
        </h1>
        <button type="button" className="button-secondary" onClick={() => void reload()} disabled={refreshing}>
          Refresh
        </button>
      </div>
      <p className="lead">Tips sent to {session.member.agencyName}. They are decrypted in this browser; the server cannot read them.</p>
      {loaded.kind === 'loading' ? <Busy label="Loading and decrypting cases…" /> : null}
      {loaded.kind === 'failed' ? <ErrorAlert>{loaded.error}</ErrorAlert> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <section className="card">
          <h2>No cases yet</h2>
          <p>New tips sent to your agency appear here.</p>
        </section>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? <InboxTable items={loaded.items} /> : null}
    </>
  );
}
