// Coming back with a case code: enter the code → the case (tip, thread, status, answer). The
// case keys and session live in a CaseConnection held here, in memory only; Leave wipes them.
import { useEffect, useRef, useState } from 'react';
import { saveReceipt } from '../browser/save-receipt';
import { useLeaveWarning } from '../browser/use-leave-warning';
import { CaseView } from '../components/CaseView';
import { EnterCaseCode } from '../components/EnterCaseCode';
import { caseCodeProblemMessage } from '../logic/case-code-problem';
import type { CaseSnapshot } from '../logic/case-snapshot';
import type { CaseConnection, OpenStep } from '../services/crypto-services';
import { CaseCodeInvalid, NoSuchCase, ThreadMovedOn, failureMessage } from '../services/errors';
import { loadServices } from '../services/load-services';

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

  useLeaveWarning(answer.trim() !== '' || answerProgress !== null);

  // Whatever way this flow ends, the keys are wiped.
  useEffect(
    () => () => {
      connection.current?.close();
      connection.current = null;
    },
    [],
  );

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
      const services = await loadServices();
      const opened = await services.openCase(code, rootPublicKey, (step) => setOpening(OPEN_TEXT[step]));
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
    connection.current?.close();
    connection.current = null;
    setSnapshot(null);
    setAnswer('');
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

  const sendAnswer = async (): Promise<void> => {
    const current = connection.current;
    if (current === null || answerProgress !== null) return;
    setAnswerNote(null);
    const text = answer.trim();
    if (text === '') {
      setAnswerError('Write your answer first.');
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
      const next = await current.sendAnswer(text);
      setSnapshot(next);
      setAnswer('');
      setAnswerNote('Your answer was sent.');
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
  return (
    <CaseView
      snapshot={snapshot}
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
