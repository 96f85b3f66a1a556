// Coming back with a case code: enter the code → the case (tip, thread, status, answer). The
// case keys and session live in a CaseConnection held here, in memory only; Leave wipes them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileManifestEntryV1 } from '../../../api/index';
import { msg, nameList, type Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
import type { DownloadHandle } from '../../shared/files/types';
import type { QueuedUpload, UploadQueue } from '../../shared/files/upload-queue';
import { saveReceipt } from '../browser/save-receipt';
import { useEvidence } from '../browser/use-evidence';
import { useLeaveWarning } from '../browser/use-leave-warning';
import { CaseView } from '../components/CaseView';
import { EnterCaseCode } from '../components/EnterCaseCode';
import type { DownloadState } from '../components/FilesMessage';
import { caseCodeLanguageFor } from '../logic/case-code-language';
import { caseCodeProblemText } from '../logic/case-code-problem';
import type { CaseSnapshot } from '../logic/case-snapshot';
import type { ChosenFile } from '../logic/evidence';
import type { CaseConnection, OpenStep } from '../services/crypto-services';
import { CaseCodeInvalid, NoSuchCase, ThreadMovedOn, failureText } from '../services/errors';
import { loadServices, type Services } from '../services/load-services';

const OPEN_TEXT: Record<OpenStep, Message> = {
  checking: msg('whistleblower:open.checking'),
  opening: msg('whistleblower:open.opening'),
};

const ANSWER_MAX = 20_000;

export interface ReturnFlowProps {
  readonly rootPublicKey: string;
  readonly onLeave: () => void;
}

export function ReturnFlow({ rootPublicKey, onLeave }: ReturnFlowProps) {
  const { i18n } = useTranslation('whistleblower');
  const say = useSay();
  const sayOrNull = (message: Message | null): string | null => (message === null ? null : say(message));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<Message | null>(null);
  const [openProblem, setOpenProblem] = useState<Message | null>(null);
  const [opening, setOpening] = useState<Message | null>(null);
  const [snapshot, setSnapshot] = useState<CaseSnapshot | null>(null);
  const [answer, setAnswer] = useState('');
  const [answerProgress, setAnswerProgress] = useState<Message | null>(null);
  const [answerError, setAnswerError] = useState<Message | null>(null);
  const [answerNote, setAnswerNote] = useState<Message | null>(null);
  const [refreshing, setRefreshing] = useState<Message | null>(null);
  const [refreshError, setRefreshError] = useState<Message | null>(null);
  const connection = useRef<CaseConnection | null>(null);
  const services = useRef<Services | null>(null);
  const evidence = useEvidence(snapshot?.quota ?? null);
  const [uploads, setUploads] = useState<readonly QueuedUpload[]>([]);
  const queue = useRef<{ readonly key: string; readonly queue: UploadQueue } | null>(null);
  const [downloads, setDownloads] = useState<ReadonlyMap<string, DownloadState>>(new Map());
  const downloadHandles = useRef(new Map<string, DownloadHandle>());

  const transfersRunning =
    uploads.some((item) => item.entry === null && item.progress.phase !== 'failed' && item.progress.phase !== 'cancelled') ||
    [...downloads.values()].some((state) => ['waiting', 'encrypting', 'uploading'].includes(state.progress.phase));
  useLeaveWarning(answer.trim() !== '' || answerProgress !== null || evidence.files.length > 0 || transfersRunning);

  const stopTransfers = (): void => {
    queue.current?.queue.dispose();
    queue.current = null;
    for (const handle of downloadHandles.current.values()) handle.cancel();
    downloadHandles.current.clear();
  };

  // Whatever way this flow ends, the transfers stop and the keys are wiped.
  useEffect(
    () => () => {
      stopTransfers();
      connection.current?.close();
      connection.current = null;
    },
    [],
  );

  // A different choice of files makes the files already on their way stale.
  const chosenKey = filesKey(evidence.files);
  useEffect(() => {
    if (answerProgress !== null || queue.current === null || queue.current.key === chosenKey) return;
    queue.current.queue.dispose();
    queue.current = null;
    setUploads([]);
  }, [chosenKey, answerProgress]);

  // Focus moves only after React has rendered the outcome: a field that was disabled while busy
  // cannot take focus before that, and focus would fall back to the page body.
  const [focusRequest, setFocusRequest] = useState<{ readonly id: string } | null>(null);
  useEffect(() => {
    if (focusRequest !== null) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);
  const focusField = (id: string): void => setFocusRequest({ id });

  const open = async (): Promise<void> => {
    if (opening !== null) return;
    setCodeError(null);
    setOpenProblem(null);
    if (code.trim() === '') {
      setCodeError(caseCodeProblemText({ kind: 'wrong_word_count', found: 0, expected: 12 }));
      focusField('case-code');
      return;
    }
    setOpening(OPEN_TEXT.checking);
    try {
      const loaded = await loadServices();
      services.current = loaded;
      const opened = await loaded.openCase(code, rootPublicKey, (step) => setOpening(OPEN_TEXT[step]), caseCodeLanguageFor(i18n.language));
      connection.current?.close();
      connection.current = opened.connection;
      setCode('');
      setSnapshot(opened.snapshot);
    } catch (error) {
      if (error instanceof CaseCodeInvalid) {
        setCodeError(caseCodeProblemText(error.problem));
        focusField('case-code');
      } else if (error instanceof NoSuchCase) {
        setCodeError(error.text);
        focusField('case-code');
      } else {
        setOpenProblem(failureText(error));
        focusField('case-code');
      }
    } finally {
      setOpening(null);
    }
  };

  const leave = (): void => {
    stopTransfers();
    connection.current?.close();
    connection.current = null;
    setSnapshot(null);
    setAnswer('');
    evidence.clear();
    setUploads([]);
    setDownloads(new Map());
    onLeave();
  };

  const refresh = async (): Promise<void> => {
    const current = connection.current;
    if (current === null) return;
    setRefreshError(null);
    setAnswerNote(null);
    setRefreshing(msg('whistleblower:caseView.refreshing'));
    try {
      setSnapshot(await current.load());
    } catch (error) {
      setRefreshError(failureText(error));
    } finally {
      setRefreshing(null);
      focusField('refresh-case');
    }
  };

  /** Uploads the chosen files (those not yet arrived) and attaches them with `text` as the note. */
  const sendFiles = async (current: CaseConnection, text: string): Promise<CaseSnapshot | null> => {
    const toSend = evidence.toSend();
    if (toSend === null) {
      setAnswerError(msg('whistleblower:answer.filesChecking'));
      return null;
    }
    const loaded = services.current ?? (await loadServices());
    let queued = queue.current;
    if (queued === null || queued.key !== chosenKey) {
      queued?.queue.dispose();
      queued = { key: chosenKey, queue: new loaded.UploadQueue(loaded.startUpload, current.uploadTarget(), toSend, setUploads) };
      queue.current = queued;
      setUploads(queued.queue.items);
    } else {
      for (const item of queued.queue.missing) void queued.queue.retry(item.id);
    }
    setAnswerProgress(msg('whistleblower:answer.sendingFiles'));
    await queued.queue.run();
    const missing = queued.queue.missing.map((item) => item.name);
    if (!queued.queue.allArrived) {
      setAnswerError(msg('whistleblower:answer.filesNotSent', { count: missing.length, names: nameList(missing) }));
      return null;
    }
    setAnswerProgress(msg('whistleblower:answer.attaching'));
    const next = await current.sendFiles(loaded.buildFilesContent(queued.queue.entries, text), 'throw');
    queue.current = null;
    setUploads([]);
    evidence.clear();
    return next;
  };

  const sendAnswer = async (): Promise<void> => {
    const current = connection.current;
    if (current === null || answerProgress !== null) return;
    setAnswerNote(null);
    const text = answer.trim();
    const withFiles = evidence.files.length > 0;
    if (text === '' && !withFiles) {
      setAnswerError(msg('whistleblower:answer.empty'));
      focusField('answer');
      return;
    }
    if (text.length > ANSWER_MAX) {
      setAnswerError(msg('whistleblower:answer.tooLong', { length: text.length, max: ANSWER_MAX }));
      focusField('answer');
      return;
    }
    setAnswerError(null);
    setAnswerProgress(msg('whistleblower:answer.sending'));
    try {
      const next = withFiles ? await sendFiles(current, text) : await current.sendAnswer(text);
      if (next === null) {
        focusField('answer');
        return;
      }
      setSnapshot(next);
      setAnswer('');
      setAnswerNote(withFiles ? msg('whistleblower:answer.filesSent') : msg('whistleblower:answer.sent'));
      focusField('answer');
    } catch (error) {
      setAnswerError(failureText(error));
      focusField('answer');
      if (error instanceof ThreadMovedOn) {
        try {
          setSnapshot(await current.load());
        } catch (reloadError) {
          setRefreshError(failureText(reloadError));
        }
      }
    } finally {
      setAnswerProgress(null);
    }
  };

  if (snapshot === null) {
    return (
      <EnterCaseCode
        code={code}
        codeError={sayOrNull(codeError)}
        problem={sayOrNull(openProblem)}
        progress={sayOrNull(opening)}
        onChange={(value) => {
          setCode(value);
          if (codeError !== null) setCodeError(null);
        }}
        onOpen={() => void open()}
        onBack={leave}
      />
    );
  }
  const save = (entry: FileManifestEntryV1): void => {
    const current = connection.current;
    const loaded = services.current;
    if (current === null || loaded === null || downloadHandles.current.has(entry.fileId)) return;
    const report = (state: DownloadState): void => setDownloads((map) => new Map(map).set(entry.fileId, state));
    // Started within the click itself: a browser may ask where to save, and only allows that then.
    const handle = loaded.startDownload(current.downloadSource(entry), 'save', (progress) => report({ progress }));
    downloadHandles.current.set(entry.fileId, handle);
    handle.done
      .catch(() => undefined)
      .finally(() => downloadHandles.current.delete(entry.fileId));
  };

  return (
    <CaseView
      snapshot={snapshot}
      saving={{ downloads, onSave: save, onCancel: (fileId) => downloadHandles.current.get(fileId)?.cancel() }}
      answer={{
        answer,
        progress: sayOrNull(answerProgress),
        error: sayOrNull(answerError),
        note: sayOrNull(answerNote),
        maxLength: ANSWER_MAX,
        onChange: (value) => {
          setAnswer(value);
          if (answerError !== null) setAnswerError(null);
          if (answerNote !== null) setAnswerNote(null);
        },
        onSend: () => void sendAnswer(),
        evidence: {
          files: evidence.files,
          refusals: evidence.refusals,
          limitsText: evidence.limitsText,
          onChoose: (files) => {
            setAnswerNote(null);
            evidence.choose(files);
          },
          onRemove: evidence.remove,
          onKeepOriginal: evidence.keepOriginal,
        },
        uploads,
        onCancelUpload: (id) => queue.current?.queue.cancel(id),
        onRetryUpload: (id) => void queue.current?.queue.retry(id),
      }}
      refreshing={sayOrNull(refreshing)}
      refreshError={sayOrNull(refreshError)}
      onRefresh={() => void refresh()}
      onSaveReceipt={() => {
        if (snapshot.receipt !== null) saveReceipt(snapshot.receipt);
      }}
      onLeave={leave}
    />
  );
}

/** Identifies a choice of files and how each is sent (cleaned or original). */
function filesKey(files: readonly ChosenFile[]): string {
  return files.map((chosen) => `${chosen.id}:${chosen.keepOriginal ? 'original' : 'cleaned'}`).join(',');
}
