// The prosecutor's inbox: every case shared with them, newest first, titles decrypted here.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { InboxTable } from '../components/InboxTable';
import { usePageHeading } from '../hooks/use-page-heading';
import type { MemberSession } from '../session';
import { describeErrorText } from '../services/describe-error';
import { loadInbox, type InboxItem } from '../services/inbox';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: Message } | { readonly kind: 'ready'; readonly items: readonly InboxItem[] };

export function InboxPage(props: { readonly session: MemberSession }) {
  const { session } = props;
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const heading = usePageHeading(t('inbox.title'), 'inbox');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [refreshing, setRefreshing] = useState(false);

  const reload = useCallback(async () => {
    setRefreshing(true);
    try {
      setLoaded({ kind: 'ready', items: await loadInbox(session) });
    } catch (error) {
      setLoaded({ kind: 'failed', error: describeErrorText(error) });
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
          {t('inbox.title')}
        </h1>
        <button type="button" className="button-secondary" onClick={() => void reload()} disabled={refreshing}>
          {t('inbox.refresh')}
        </button>
      </div>
      <p className="lead">{t('inbox.lead', { agency: session.member.agencyName })}</p>
      {loaded.kind === 'loading' ? <Busy label={t('inbox.loading')} /> : null}
      {loaded.kind === 'failed' ? <ErrorAlert>{say(loaded.error)}</ErrorAlert> : null}
      {loaded.kind === 'ready' && loaded.items.length === 0 ? (
        <section className="card">
          <h2>{t('inbox.empty.title')}</h2>
          <p>{t('inbox.empty.text')}</p>
        </section>
      ) : null}
      {loaded.kind === 'ready' && loaded.items.length > 0 ? <InboxTable items={loaded.items} /> : null}
    </>
  );
}
