// Making a report: choose agencies → write → (encrypt and send) → write down the case code →
// done. Holds the state of these screens; the crypto runs in services loaded on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseKeys } from '../../../crypto/index';
import type { FileToSend } from '../../shared/files/types';
import { copyText } from '../browser/copy-text';
import { saveReceipt } from '../browser/save-receipt';
import { useEvidence } from '../browser/use-evidence';
import { useLeaveWarning } from '../browser/use-leave-warning';
import { ChooseAgencies, type AgenciesState } from '../components/ChooseAgencies';
import { EvidencePicker } from '../components/EvidencePicker';
import { ReportSent } from '../components/ReportSent';
import { ShowCaseCode } from '../components/ShowCaseCode';
import { WriteTip, type SendProblem } from '../components/WriteTip';
import { EMPTY_TIP, checkTip, hasErrors, tipContent, type TipDraft, type TipErrors, type TipField } from '../logic/tip-draft';
import type { SubmitStep, SubmittedCase, TipSubmitter } from '../services/crypto-services';
import { SubmitFailure, failureMessage } from '../services/errors';
import { loadServices } from '../services/load-services';
import { SendFilesStep } from './SendFilesStep';

type Step = 'agencies' | 'write' | 'files' | 'code' | 'done';

/** The evidence files still to send once the tip is stored, and the new case's keys to attach them. */
interface PendingFiles {
  readonly keys: CaseKeys;
  readonly files: readonly { readonly id: string; readonly file: FileToSend }[];
}

const STEP_TEXT: Record<SubmitStep, string> = {
  checking: "Checking the agencies' keys…",
  encrypting: 'Encrypting…',
  sending: 'Sending… On Tor this can take a minute.',
};

export interface ReportFlowProps {
  readonly rootPublicKey: string;
  readonly onOpenCase: () => void;
  readonly onCancel: () => void;
}

function isBlank(draft: TipDraft): boolean {
  return Object.values(draft).every((value) => value.trim() === '');
}

export function ReportFlow({ rootPublicKey, onOpenCase, onCancel }: ReportFlowProps) {
  const [step, setStep] = useState<Step>('agencies');
  const [agencies, setAgencies] = useState<AgenciesState>({ kind: 'loading' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [draft, setDraft] = useState<TipDraft>(EMPTY_TIP);
  const [errors, setErrors] = useState<TipErrors>({});
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const [sent, setSent] = useState<SubmittedCase | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const submitter = useRef<TipSubmitter | null>(null);
  const evidence = useEvidence(null);
  const [pendingFiles, setPendingFiles] = useState<PendingFiles | null>(null);
  const [missingFiles, setMissingFiles] = useState<readonly string[]>([]);
  const wordsRef = useRef<HTMLOListElement>(null);
  // After a failed send the buttons were disabled, so focus fell to the page body: bring it to
  // the problem once it is on screen (Tab then reaches Retry).
  const [focusProblem, setFocusProblem] = useState<object | null>(null);
  useEffect(() => {
    if (focusProblem !== null) document.getElementById('send-problem')?.focus();
  }, [focusProblem]);

  useLeaveWarning(
    progress !== null ||
      step === 'files' ||
      (step === 'code' && !confirmed) ||
      (step !== 'code' && step !== 'done' && (!isBlank(draft) || evidence.files.length > 0)),
  );

  const loadAgencyList = useCallback(async () => {
    setAgencies({ kind: 'loading' });
    try {
      const services = await loadServices();
      const list = await services.loadAgencies(rootPublicKey);
      setAgencies({ kind: 'ready', agencies: list, rootFingerprint: services.rootFingerprint(rootPublicKey) });
    } catch (error) {
      setAgencies({ kind: 'failed', message: failureMessage(error) });
    }
  }, [rootPublicKey]);

  useEffect(() => {
    void loadAgencyList();
  }, [loadAgencyList]);

  // Wipe any prepared case (it holds the case signing key) when this flow goes away.
  useEffect(
    () => () => {
      submitter.current?.dispose();
      submitter.current = null;
    },
    [],
  );

  const trustedChosen = agencies.kind === 'ready' ? agencies.agencies.filter((a) => a.trusted !== null && chosen.has(a.agencyId)) : [];

  const toggle = (agencyId: string, checked: boolean): void => {
    const next = new Set(chosen);
    if (checked) next.add(agencyId);
    else next.delete(agencyId);
    setChosen(next);
    setChooseError(null);
  };

  const continueToWrite = (): void => {
    if (trustedChosen.length === 0) {
      setChooseError('Choose at least one agency.');
      return;
    }
    setStep('write');
  };

  const change = (field: TipField, value: string): void => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (errors[field] !== undefined) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const send = async (): Promise<void> => {
    if (progress !== null) return;
    const found = checkTip(draft);
    setErrors(found);
    if (hasErrors(found)) {
      const first = (Object.keys(found) as TipField[])[0];
      if (first !== undefined) document.getElementById(`tip-${first}`)?.focus();
      return;
    }
    const files = evidence.toSend();
    if (files === null) {
      setProblem({ message: 'Wait a moment: your files are still being checked for hidden details. Then press Encrypt and send again.', retry: false, locked: false });
      setFocusProblem({});
      return;
    }
    setProblem(null);
    setProgress(STEP_TEXT.checking);
    try {
      const services = await loadServices();
      submitter.current ??= new services.TipSubmitter(rootPublicKey);
      const result = await submitter.current.submit(
        tipContent(draft),
        trustedChosen.map((agency) => agency.agencyId),
        (submitStep) => setProgress(STEP_TEXT[submitStep]),
        { keepKeys: files.length > 0 },
      );
      setSent({ ...result, keys: null });
      setDraft(EMPTY_TIP);
      setMissingFiles([]);
      if (files.length > 0 && result.keys !== null) {
        setPendingFiles({ keys: result.keys, files });
        setStep('files');
      } else {
        setStep('code');
      }
    } catch (error) {
      const mayHaveArrived = error instanceof SubmitFailure && error.outcome === 'unknown';
      setProblem({
        message: mayHaveArrived
          ? `${failureMessage(error)} Your report is kept exactly as it was until then.`
          : failureMessage(error),
        retry: !(error instanceof SubmitFailure) || error.retryable,
        locked: mayHaveArrived,
      });
      setFocusProblem({});
    } finally {
      setProgress(null);
    }
  };

  const copy = async (): Promise<void> => {
    if (sent === null) return;
    const outcome = await copyText(sent.words.join(' '), wordsRef.current);
    setCopyNote(
      outcome === 'copied'
        ? 'Copied. Once it is on paper, copy something else so the code does not stay on the clipboard.'
        : 'The code is selected: copy it with your keyboard or the menu.',
    );
  };

  switch (step) {
    case 'agencies':
      return (
        <ChooseAgencies
          state={agencies}
          chosen={chosen}
          error={chooseError}
          onToggle={toggle}
          onContinue={continueToWrite}
          onRetry={() => void loadAgencyList()}
          onBack={onCancel}
        />
      );
    case 'write':
      return (
        <WriteTip
          draft={draft}
          errors={errors}
          agencyNames={trustedChosen.map((agency) => agency.name)}
          progress={progress}
          problem={problem}
          onChange={change}
          onSend={() => void send()}
          onBack={() => {
            setProblem(null);
            setStep('agencies');
            void loadAgencyList();
          }}
          evidence={
            <EvidencePicker
              id="tip-files"
              label="Evidence files (optional)"
              limitsText={evidence.limitsText}
              files={evidence.files}
              refusals={evidence.refusals}
              disabled={progress !== null || problem?.locked === true}
              onChoose={evidence.choose}
              onRemove={evidence.remove}
              onKeepOriginal={evidence.keepOriginal}
            />
          }
        />
      );
    case 'files':
      return pendingFiles === null ? null : (
        <SendFilesStep
          keys={pendingFiles.keys}
          files={pendingFiles.files}
          rootPublicKey={rootPublicKey}
          onFinished={(missing) => {
            setPendingFiles(null);
            evidence.clear();
            setMissingFiles(missing);
            setStep('code');
          }}
        />
      );
    case 'code':
      return sent === null ? null : (
        <ShowCaseCode
          words={sent.words}
          hasReceipt={sent.receipt !== null}
          confirmed={confirmed}
          copyNote={copyNote}
          wordsRef={wordsRef}
          onCopy={() => void copy()}
          onPrint={() => window.print()}
          onSaveReceipt={() => {
            if (sent.receipt !== null) saveReceipt(sent.receipt);
          }}
          onConfirmedChange={setConfirmed}
          missingFiles={missingFiles}
          onContinue={() => {
            // The words leave memory with this screen.
            setSent(null);
            setCopyNote(null);
            setStep('done');
          }}
        />
      );
    case 'done':
      return <ReportSent onOpenCase={onOpenCase} />;
  }
}
