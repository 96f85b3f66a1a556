// One case: verified and decrypted in this browser. A thread that fails verification is shown
// only up to the break, under a warning, and cannot be written to. Evidence files named in the
// thread are decrypted on request; a reply may attach files.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../api/index';
import { formatDay } from '../../shared/i18n/format';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay, useWords } from '../../shared/i18n/use-words';
import { ROOT_PUBLIC_KEY } from '../../shared/root-key';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { ReplyForm } from '../components/ReplyForm';
import { ServerEncryptedNote } from '../components/ServerEncryptedNote';
import { StatusForm } from '../components/StatusForm';
import { ThreadView } from '../components/ThreadView';
import { TipView } from '../components/TipView';
import { countWhistleblowerFiles } from '../components/tip-summary/evidence';
import { tipTitle } from '../components/tip-summary/tip-title';
import { fetchUploadLimits, describeLimits } from '../../shared/files/index';
import { ThreadMovedOnError, changeStatus, filesNoteProblemText, replyProblemText, sendFiles, sendReply } from '../services/case-actions';
import { useAttachments } from '../hooks/use-attachments';
import { usePageHeading } from '../hooks/use-page-heading';
import { hrefFor } from '../routes';
import type { MemberSession } from '../session';
import { caseFileAccess } from '../services/case-files';
import { statusText } from '../services/case-status';
import { closeCase, loadCase, type OpenedCase } from '../services/case-view';
import { UserFacingError, describeErrorText } from '../services/describe-error';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: Message } | { readonly kind: 'ready'; readonly opened: OpenedCase };

const CASE_CLOSED = msg('prosecutor:case.closedWhileUploading');

const STRONG_DATE = { strong: <strong />, date: <span className="nowrap" /> };

export function CasePage(props: { readonly session: MemberSession; readonly caseId: string }) {
  const { session, caseId } = props;
  const { t, i18n } = useTranslation('prosecutor');
  const words = useWords();
  const say = useSay();
  const sayOrNull = (message: Message | null): string | null => (message === null ? null : say(message));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [replyText, setReplyText] = useState('');
  const [replyError, setReplyError] = useState<Message | null>(null);
  const [sending, setSending] = useState(false);
  const [selected, setSelected] = useState<CaseStatus>('new');
  const [statusError, setStatusError] = useState<Message | null>(null);
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const [maxFileBytes, setMaxFileBytes] = useState<number | null | 'failed'>(null);
  const attachments = useAttachments();
  const current = useRef<OpenedCase | null>(null);
  const loadTicket = useRef(0);

  const title = loaded.kind === 'ready' && loaded.opened.tip !== null ? tipTitle(loaded.opened.tip) : t('case.title');
  const heading = usePageHeading(title, caseId);

  /** Loads (or reloads) the case; the previous copy of K is wiped. Resolves to the new case or null. */
  const load = useCallback(async (): Promise<OpenedCase | null> => {
    const ticket = ++loadTicket.current;
    try {
      const opened = await loadCase(session, caseId, ROOT_PUBLIC_KEY);
      if (ticket !== loadTicket.current) {
        // A newer load, or the page closed, while this one was on its way.
        closeCase(opened);
        return null;
      }
      if (current.current !== null) closeCase(current.current);
      current.current = opened;
      setLoaded({ kind: 'ready', opened });
      setSelected(opened.signedStatus);
      return opened;
    } catch (error) {
      if (ticket !== loadTicket.current) return null;
      if (current.current !== null) closeCase(current.current);
      current.current = null;
      setLoaded({ kind: 'failed', error: describeErrorText(error) });
      return null;
    }
  }, [session, caseId]);

  useEffect(() => {
    setLoaded({ kind: 'loading' });
    setReplyText('');
    setNotice(null);
    void load();
  }, [load]);

  // Files chosen for one case never go to another.
  const clearAttachments = attachments.clear;
  useEffect(() => {
    clearAttachments();
  }, [caseId, clearAttachments]);

  // The limits are shown before anything is attached; the server checks them again.
  useEffect(() => {
    let live = true;
    fetchUploadLimits().then(
      (limits) => {
        if (live) setMaxFileBytes(limits.maxFileBytes);
      },
      () => {
        if (live) setMaxFileBytes('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // K leaves memory with the page.
  useEffect(
    () => () => {
      loadTicket.current += 1;
      if (current.current !== null) closeCase(current.current);
      current.current = null;
    },
    [],
  );

  const send = async (opened: OpenedCase) => {
    const withFiles = attachments.list.length > 0;
    const problem = withFiles ? filesNoteProblemText(replyText) : replyProblemText(replyText);
    setNotice(null);
    if (problem !== null) {
      setReplyError(problem);
      document.getElementById('reply-text')?.focus();
      return;
    }
    // The draft leaves the box while it is sent (it reappears in the thread), and comes back if
    // sending fails, so nothing typed is ever lost.
    const draft = replyText;
    setReplyText('');
    setSending(true);
    setReplyError(null);
    try {
      if (withFiles) {
        // Files first; the message naming them is signed only once the server holds them all.
        const entries = await attachments.uploadAll(opened);
        // Uploads take a while: write to the case as it is now (the copy read before may have
        // been reloaded, and its K wiped, in the meantime).
        const latest = current.current;
        if (latest === null || latest.caseId !== opened.caseId) throw new UserFacingError(CASE_CLOSED);
        if (entries.length > 0) {
          await sendFiles(session, latest, entries, draft);
          attachments.clear();
          setNotice(msg('prosecutor:case.filesSent', { count: entries.length }));
        } else if (replyProblemText(draft) === null) {
          // Every file was cancelled: the text still goes, as a plain reply.
          await sendReply(session, latest, draft);
          setNotice(msg('prosecutor:case.replySentNoFile'));
        } else {
          setReplyText(draft);
          setNotice(msg('prosecutor:case.nothingSent'));
          return;
        }
      } else {
        await sendReply(session, opened, draft);
        setNotice(msg('prosecutor:case.replySent'));
      }
      await load();
    } catch (error) {
      setReplyText(draft);
      setReplyError(describeErrorText(error));
      if (error instanceof ThreadMovedOnError) await load();
    } finally {
      setSending(false);
    }
  };

  const setStatus = async (opened: OpenedCase) => {
    setNotice(null);
    if (selected === opened.signedStatus) {
      setStatusError(msg('prosecutor:case.statusAlready', { status: statusText(selected) }));
      return;
    }
    setChanging(true);
    setStatusError(null);
    try {
      await changeStatus(session, opened, selected);
      setNotice(msg('prosecutor:case.statusChanged', { status: statusText(selected) }));
      await load();
    } catch (error) {
      setStatusError(describeErrorText(error));
      if (error instanceof ThreadMovedOnError) await load();
    } finally {
      setChanging(false);
    }
  };

  const back = (
    <p className="back-link">
      <a href={hrefFor({ name: 'inbox' })}>{t('case.back')}</a>
    </p>
  );

  if (loaded.kind !== 'ready') {
    return (
      <>
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t('case.title')}
        </h1>
        {loaded.kind === 'loading' ? <Busy label={t('case.loading')} /> : <ErrorAlert>{say(loaded.error)}</ErrorAlert>}
      </>
    );
  }

  const { opened } = loaded;
  const { problem } = opened.thread;
  const messages = opened.thread.entries.filter((entry) => entry.seq > 0);
  return (
    <>
      {back}
      <h1 ref={heading} tabIndex={-1} className="case-heading">
        {title}
      </h1>
      <p className="case-meta">
        {/* i18n-keys: prosecutor:case.meta, prosecutor:case.metaVerified */}
        <Trans
          t={t}
          i18nKey={problem === null ? 'case.meta' : 'case.metaVerified'}
          values={{ status: say(statusText(opened.signedStatus)), date: formatDay(opened.createdOn, i18n.language) }}
          components={STRONG_DATE}
        />
      </p>
      {problem === null ? null : (
        <div className="alert alert-tamper" role="alert">
          <p className="alert-title">{t('case.failed.title')}</p>
          <p>{say(problem.text)}</p>
          <p>{t('case.failed.onlyBefore', { blocked: t('case.blocked') })}</p>
        </div>
      )}
      {opened.unverifiedAgencies.length === 0 ? null : (
        <p className="warning">
          {t('case.untrustedAgencies', { agencies: opened.unverifiedAgencies.join(t('common:list.separator')), count: opened.unverifiedAgencies.length })}
        </p>
      )}
      {problem === null && opened.serverStatus !== opened.signedStatus ? (
        <p className="warning">
          {t('case.statusMismatch', { server: say(statusText(opened.serverStatus)), signed: say(statusText(opened.signedStatus)) })}
        </p>
      ) : null}
      <ServerEncryptedNote encryptedOnServer={opened.encryptedOnServer} />
      {notice === null ? null : <Notice>{say(notice)}</Notice>}
      {opened.tip === null ? null : <TipView tip={opened.tip} fileCount={countWhistleblowerFiles(opened.thread.entries)} />}
      <section className="card" aria-labelledby="thread-heading">
        <h2 id="thread-heading">{t('case.messages')}</h2>
        <ThreadView
          entries={messages}
          ownSeqs={opened.ownSeqs}
          emptyText={problem === null ? t('case.noMessages') : t('case.noneVerified')}
          files={caseFileAccess(opened)}
        />
      </section>
      <ReplyForm
        text={replyText}
        error={sayOrNull(replyError)}
        busy={sending}
        locked={changing}
        blockedBecause={problem === null ? null : t('case.blocked')}
        onText={(text) => {
          setReplyText(text);
          setReplyError(null);
        }}
        onSend={() => void send(opened)}
        attachments={attachments.list}
        refused={attachments.refused}
        limitsText={
          maxFileBytes === 'failed'
            ? t('reply.limitsFailed')
            : maxFileBytes === null
              ? t('reply.limitsLoading')
              : describeLimits({ maxFileBytes }, opened.quota, words)
        }
        uploading={attachments.uploading}
        onAttach={(files) => {
          setReplyError(null);
          attachments.add(files, { maxFileBytes: typeof maxFileBytes === 'number' ? maxFileBytes : null, quota: opened.quota });
        }}
        onRemove={attachments.remove}
        onCancel={attachments.cancel}
      />
      <StatusForm
        current={opened.signedStatus}
        selected={selected}
        error={sayOrNull(statusError)}
        busy={changing}
        locked={sending}
        blocked={problem !== null}
        onSelect={(status) => {
          setSelected(status);
          setStatusError(null);
        }}
        onChange={() => void setStatus(opened)}
      />
    </>
  );
}
