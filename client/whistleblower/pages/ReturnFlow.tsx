// Coming back with a case code: enter the code → the case (tip, thread, status, answer). The
// case keys and session live in a CaseConnection held here, in memory only; Leave wipes them.
import { useEffect, useRef, useState } from 'react';
import type { FileManifestEntryV1 } from '../../../api/index';
import type { DownloadHandle } from '../../shared/files/types';
import type { QueuedUpload, UploadQueue } from '../../shared/files/upload-queue';
import { saveReceipt } from '../browser/save-receipt';
import { useEvidence } from '../browser/use-evidence';
import { useLeaveWarning } from '../browser/use-leave-warning';
import { CaseView } from '../components/CaseView';
import { EnterCaseCode } from '../components/EnterCaseCode';
import type { DownloadState } from '../components/FilesMessage';
import { caseCodeProblemMessage } from '../logic/case-code-problem';
import type { CaseSnapshot } from '../logic/case-snapshot';
import { listNames, type ChosenFile } from '../logic/evidence';
import type { CaseConnection, OpenStep } from '../services/crypto-services';
import { CaseCodeInvalid, NoSuchCase, ThreadMovedOn, failureMessage } from '../services/errors';
import { loadServices, type Services } from '../services/load-services';

const OPEN_TEXT: Record<OpenStep, string> = {
  checking: 'Checking your code…',
  opening: 'Opening your case… On Tor this can take a minute.',
};

const ANSWER_MAX = 20_000;

export interface ReturnFlowProps {
  readonly rootPublicKey: string;
  readonly onLeave: () => void;
}

export function ReturnFlow({ rootPublicKey, onLeave }: ReturnFlowProps) {
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<CaseSnapshot | null>(null);
  const [answer, setAnswer] = useState('');
  const [answerProgress, setAnswerProgress] = useState<string | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [answerNote, setAnswerNote] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState<string | null>(null);
  const [refreshError, setRefreshError] = useState<string | null>(null);
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
      setCodeError(caseCodeProblemMessage({ kind: 'wrong_word_count', found: 0, expected: 12 }));
      focusField('case-code');
      return;
    }
    setOpening(OPEN_TEXT.checking);
    try {
      const loaded = await loadServices();
      services.current = loaded;
      const opened = await loaded.openCase(code, rootPublicKey, (step) => setOpening(OPEN_TEXT[step]));
      connection.current?.close();
      connection.current = opened.connection;
      setCode('');
      setSnapshot(opened.snapshot);
    } catch (error) {
      if (error instanceof CaseCodeInvalid) {
        setCodeError(caseCodeProblemMessage(error.problem));
        focusField('case-code');
      } else if (error instanceof NoSuchCase) {
        setCodeError(error.message);
        focusField('case-code');
      } else {
        setOpenProblem(failureMessage(error));
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
    setRefreshing('Checking for new messages…');
    try {
      setSnapshot(await current.load());
    } catch (error) {
      setRefreshError(failureMessage(error));
    } finally {
      setRefreshing(null);
      focusField('refresh-case');
    }
  };

  /** Uploads the chosen files (those not yet arrived) and attaches them with `text` as the note. */
  const sendFiles = async (current: CaseConnection, text: string): Promise<CaseSnapshot | null> => {
    const toSend = evidence.toSend();
    if (toSend === null) {
      setAnswerError('Wait a moment: your files are still being checked for hidden details.');
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
    setAnswerProgress('Encrypting and sending your files… Keep this page open.');
    await queued.queue.run();
    const missing = queued.queue.missing.map((item) => item.name);
    if (!queued.queue.allArrived) {
      setAnswerError(
        `${listNames(missing)} ${missing.length === 1 ? 'was' : 'were'} not sent. Press Retry next to ${missing.length === 1 ? 'it' : 'them'} or remove ${missing.length === 1 ? 'it' : 'them'}, then press Send answer again.`,
      );
      return null;
    }
    setAnswerProgress('Adding the files to your case…');
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
      setAnswerError('Write your answer first, or attach files.');
      focusField('answer');
      return;
    }
    if (text.length > ANSWER_MAX) {
      setAnswerError(`Your answer is too long: ${text.length} characters, at most ${ANSWER_MAX}.`);
      focusField('answer');
      return;
    }
    setAnswerError(null);
    setAnswerProgress('Encrypting and sending your answer…');
    try {
      const next = withFiles ? await sendFiles(current, text) : await current.sendAnswer(text);
      if (next === null) {
        focusField('answer');
        return;
      }
      setSnapshot(next);
      setAnswer('');
      setAnswerNote(withFiles ? 'Your files were sent.' : 'Your answer was sent.');
      focusField('answer');
    } catch (error) {
      setAnswerError(failureMessage(error));
      focusField('answer');
      if (error instanceof ThreadMovedOn) {
        try {
          setSnapshot(await current.load());
        } catch (reloadError) {
          setRefreshError(failureMessage(reloadError));
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
        codeError={codeError}
        problem={openProblem}
        progress={opening}
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
        progress: answerProgress,
        error: answerError,
        note: answerNote,
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
      refreshing={refreshing}
      refreshError={refreshError}
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
