// One case: verified and decrypted in this browser. A thread that fails verification is shown
// only up to the break, under a warning, and cannot be written to. Evidence files named in the
// thread are decrypted on request; a reply may attach files.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseStatus } from '../../../api/index';
import { ROOT_PUBLIC_KEY } from '../../shared/root-key';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { ReplyForm } from '../components/ReplyForm';
import { StatusForm } from '../components/StatusForm';
import { ThreadView } from '../components/ThreadView';
import { TipView } from '../components/TipView';
import { fetchUploadLimits, describeLimits } from '../../shared/files/index';
import { useAttachments } from '../hooks/use-attachments';
import { usePageHeading } from '../hooks/use-page-heading';
import { hrefFor } from '../routes';
import type { MemberSession } from '../session';
import { ThreadMovedOnError, changeStatus, filesNoteProblem, replyProblem, sendFiles, sendReply } from '../services/case-actions';
import { caseFileAccess } from '../services/case-files';
import { STATUS_WORDS } from '../services/case-status';
import { closeCase, loadCase, type OpenedCase } from '../services/case-view';
import { UserFacingError, describeError } from '../services/describe-error';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: string } | { readonly kind: 'ready'; readonly opened: OpenedCase };

const CASE_CLOSED = 'The case could not be reloaded while the files were uploading, so nothing was sent. Reload the page and try again.';

const BLOCKED = 'Replying and status changes are disabled because this case failed verification.';

export function CasePage(props: { readonly session: MemberSession; readonly caseId: string }) {
  const { session, caseId } = props;
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [replyText, setReplyText] = useState('');
  const [replyError, setReplyError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [selected, setSelected] = useState<CaseStatus>('new');
  const [statusError, setStatusError] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [maxFileBytes, setMaxFileBytes] = useState<number | null | 'failed'>(null);
  const attachments = useAttachments();
  const current = useRef<OpenedCase | null>(null);
  const loadTicket = useRef(0);

  const title = loaded.kind === 'ready' && loaded.opened.tip !== null ? loaded.opened.tip.title : 'Case';
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
      setLoaded({ kind: 'failed', error: describeError(error) });
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
    const problem = withFiles ? filesNoteProblem(replyText) : replyProblem(replyText);
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
          setNotice(entries.length === 1 ? 'File sent.' : `${entries.length} files sent.`);
        } else if (replyProblem(draft) === null) {
          // Every file was cancelled: the text still goes, as a plain reply.
          await sendReply(session, latest, draft);
          setNotice('Reply sent. No file was sent.');
        } else {
          setReplyText(draft);
          setNotice('Nothing was sent.');
          return;
        }
      } else {
        await sendReply(session, opened, draft);
        setNotice('Reply sent.');
      }
      await load();
    } catch (error) {
      setReplyText(draft);
      setReplyError(describeError(error));
      if (error instanceof ThreadMovedOnError) await load();
    } finally {
      setSending(false);
    }
  };

  const setStatus = async (opened: OpenedCase) => {
    setNotice(null);
    if (selected === opened.signedStatus) {
      setStatusError(`The case is already ${STATUS_WORDS[selected]}.`);
      return;
    }
    setChanging(true);
    setStatusError(null);
    try {
      await changeStatus(session, opened, selected);
      setNotice(`Status changed to ${STATUS_WORDS[selected]}.`);
      await load();
    } catch (error) {
      setStatusError(describeError(error));
      if (error instanceof ThreadMovedOnError) await load();
    } finally {
      setChanging(false);
    }
  };

  const back = (
    <p className="back-link">
      <a href={hrefFor({ name: 'inbox' })}>Back to inbox</a>
    </p>
  );

  if (loaded.kind !== 'ready') {
    return (
      <>
        {back}
        <h1 ref={heading} tabIndex={-1}>
          Case
        </h1>
        {loaded.kind === 'loading' ? <Busy label="Loading, verifying and decrypting the case…" /> : <ErrorAlert>{loaded.error}</ErrorAlert>}
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
        {problem === null ? 'Status' : 'Last verified status'}: <strong>{STATUS_WORDS[opened.signedStatus]}</strong> · received{' '}
        <span className="nowrap">{opened.createdOn}</span>
      </p>
      {problem === null ? null : (
        <div className="alert alert-tamper" role="alert">
          <p className="alert-title">This case failed verification</p>
          <p>{problem.message}</p>
          <p>Only the messages before the problem are shown. {BLOCKED}</p>
        </div>
      )}
      {opened.unverifiedAgencies.length === 0 ? null : (
        <p className="warning">
          The keys of {opened.unverifiedAgencies.join(', ')} do not chain to this tip line&apos;s root key: messages from their
          prosecutors are not trusted.
        </p>
      )}
      {problem === null && opened.serverStatus !== opened.signedStatus ? (
        <p className="warning">
          The server lists this case as {STATUS_WORDS[opened.serverStatus]}, but its signed history says {STATUS_WORDS[opened.signedStatus]}.
        </p>
      ) : null}
      {notice === null ? null : <Notice>{notice}</Notice>}
      {opened.tip === null ? null : <TipView tip={opened.tip} />}
      <section className="card" aria-labelledby="thread-heading">
        <h2 id="thread-heading">Messages</h2>
        <ThreadView
          entries={messages}
          ownSeqs={opened.ownSeqs}
          emptyText={problem === null ? 'No messages yet.' : 'No message before the problem could be verified.'}
          files={caseFileAccess(opened)}
        />
      </section>
      <ReplyForm
        text={replyText}
        error={replyError}
        busy={sending}
        locked={changing}
        blockedBecause={problem === null ? null : BLOCKED}
        onText={(text) => {
          setReplyText(text);
          setReplyError(null);
        }}
        onSend={() => void send(opened)}
        attachments={attachments.list}
        refused={attachments.refused}
        limitsText={
          maxFileBytes === 'failed'
            ? 'The file limits could not be loaded; the server still checks them.'
            : maxFileBytes === null
              ? 'Loading the file limits…'
              : describeLimits({ maxFileBytes }, opened.quota)
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
        error={statusError}
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
