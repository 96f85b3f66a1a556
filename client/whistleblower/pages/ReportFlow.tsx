// Making a report: choose agencies → write → (encrypt and send) → write down the case code →
// (send the evidence files, if any) → done. The code comes before the files, so a person whose
// browser dies during a long upload still has it. Holds the state of these screens; the crypto
// runs in services loaded on demand.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseKeys } from '../../../crypto/index';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
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
import { caseCodeLanguageFor } from '../logic/case-code-language';
import { EMPTY_TIP, applyPatch, checkTip, clearErrors, hasErrors, isBlankDraft, tipContent, type TipDraft, type TipDraftPatch, type TipErrors, type TipField } from '../logic/tip-draft';
import type { SubmitStep, SubmittedCase, TipSubmitter } from '../services/crypto-services';
import { SubmitFailure, failureText } from '../services/errors';
import { loadServices, type Services } from '../services/load-services';
import { SendFilesStep } from './SendFilesStep';

type Step = 'agencies' | 'write' | 'code' | 'files' | 'done';

/**
 * The evidence files still to send once the tip is stored and its code written down, and the new
 * case's keys to attach them (in memory only; wiped when the files step ends or the flow goes).
 */
interface PendingFiles {
  readonly keys: CaseKeys;
  readonly files: readonly { readonly id: string; readonly file: FileToSend }[];
}

const STEP_TEXT: Record<SubmitStep, Message> = {
  checking: msg('whistleblower:report.steps.checking'),
  encrypting: msg('whistleblower:report.steps.encrypting'),
  sending: msg('whistleblower:report.steps.sending'),
};

/** A send problem as the page keeps it: words that follow the page language. */
interface Problem extends Omit<SendProblem, 'message'> {
  readonly text: Message;
}

export interface ReportFlowProps {
  readonly rootPublicKey: string;
  readonly onOpenCase: () => void;
  readonly onCancel: () => void;
}

/** Wipes the secret halves of case keys in place. */
function wipeKeys(keys: CaseKeys): void {
  keys.signing.secretKey.fill(0);
  keys.box.secretKey.fill(0);
}

export function ReportFlow({ rootPublicKey, onOpenCase, onCancel }: ReportFlowProps) {
  const { t, i18n } = useTranslation('whistleblower');
  const say = useSay();
  const [step, setStep] = useState<Step>('agencies');
  const [agencies, setAgencies] = useState<AgenciesState>({ kind: 'loading' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [chooseError, setChooseError] = useState<Message | null>(null);
  const [draft, setDraft] = useState<TipDraft>(EMPTY_TIP);
  const [errors, setErrors] = useState<TipErrors>({});
  const [progress, setProgress] = useState<Message | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState<SubmittedCase | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [copyNote, setCopyNote] = useState<Message | null>(null);
  const submitter = useRef<TipSubmitter | null>(null);
  const services = useRef<Services | null>(null);
  const evidence = useEvidence(null);
  const [pendingFiles, setPendingFiles] = useState<PendingFiles | null>(null);
  const pendingKeys = useRef<CaseKeys | null>(null);
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
      (step === 'code' && (!confirmed || pendingFiles !== null)) ||
      (step !== 'code' && step !== 'done' && (!isBlankDraft(draft) || evidence.files.length > 0)),
  );

  const loadAgencyList = useCallback(async () => {
    setAgencies({ kind: 'loading' });
    try {
      const services = await loadServices();
      const list = await services.loadAgencies(rootPublicKey);
      setAgencies({ kind: 'ready', agencies: list, rootFingerprint: services.rootFingerprint(rootPublicKey) });
    } catch (error) {
      setAgencies({ kind: 'failed', message: failureText(error) });
    }
  }, [rootPublicKey]);

  useEffect(() => {
    void loadAgencyList();
  }, [loadAgencyList]);

  // Wipe any prepared case (it holds the case signing key), and the keys kept for files not yet
  // sent, when this flow goes away.
  useEffect(
    () => () => {
      submitter.current?.dispose();
      submitter.current = null;
      if (pendingKeys.current !== null) wipeKeys(pendingKeys.current);
      pendingKeys.current = null;
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
      setChooseError(msg('whistleblower:agencies.chooseOne'));
      return;
    }
    setStep('write');
  };

  const change = (patch: TipDraftPatch): void => {
    setDraft((current) => applyPatch(current, patch));
    setErrors((current) => clearErrors(current, patch));
  };

  const send = async (): Promise<void> => {
    if (progress !== null) return;
    const found = checkTip(draft, i18n.language);
    setErrors(found);
    if (hasErrors(found)) {
      const first = (Object.keys(found) as TipField[])[0];
      if (first !== undefined) document.getElementById(`tip-${first}`)?.focus();
      return;
    }
    const files = evidence.toSend();
    if (files === null) {
      setProblem({ text: msg('whistleblower:report.filesChecking'), retry: false, locked: false });
      setFocusProblem({});
      return;
    }
    setProblem(null);
    setProgress(STEP_TEXT.checking);
    try {
      const loaded = await loadServices();
      services.current = loaded;
      submitter.current ??= new loaded.TipSubmitter(rootPublicKey);
      const result = await submitter.current.submit(
        tipContent(draft, i18n.language),
        trustedChosen.map((agency) => agency.agencyId),
        (submitStep) => setProgress(STEP_TEXT[submitStep]),
        { keepKeys: files.length > 0 },
      );
      setSent({ ...result, keys: null });
      setDraft(EMPTY_TIP);
      setMissingFiles([]);
      // The code first: the files are sent only once it is written down.
      if (files.length > 0 && result.keys !== null) {
        pendingKeys.current = result.keys;
        setPendingFiles({ keys: result.keys, files });
      }
      setStep('code');
    } catch (error) {
      const mayHaveArrived = error instanceof SubmitFailure && error.outcome === 'unknown';
      setProblem({
        text: mayHaveArrived ? msg('whistleblower:report.keptUntilThen', { what: failureText(error) }) : failureText(error),
        retry: !(error instanceof SubmitFailure) || error.retryable,
        locked: mayHaveArrived,
      });
      setFocusProblem({});
    } finally {
      setProgress(null);
    }
  };

  // The new case's code in the page's word list when BIP39 has one (else English); it follows a
  // change of language, and any of its forms opens the case.
  const codeLanguage = caseCodeLanguageFor(i18n.language);
  // A word list not fetched yet (the language changed after sending) shows the English words until
  // it arrives, then the words follow.
  const [listsArrived, setListsArrived] = useState(0);
  useEffect(() => {
    const loaded = services.current;
    if (sent === null || codeLanguage === 'en' || loaded === null) return undefined;
    let live = true;
    loaded.loadCaseCodeList(codeLanguage).then(
      () => {
        if (live) setListsArrived((count) => count + 1);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sent, codeLanguage]);
  const shownWords = useMemo((): readonly string[] | null => {
    if (sent === null) return null;
    if (codeLanguage === 'en' || services.current === null) return sent.words;
    try {
      return services.current.caseCodeIn(sent.words, codeLanguage);
    } catch {
      return sent.words;
    }
    // listsArrived: recompute once a fetched list can spell the code.
  }, [sent, codeLanguage, listsArrived]);

  const copy = async (): Promise<void> => {
    if (shownWords === null) return;
    const outcome = await copyText(shownWords.join(' '), wordsRef.current);
    setCopyNote(outcome === 'copied' ? msg('whistleblower:code.copied') : msg('whistleblower:code.selected'));
  };

  switch (step) {
    case 'agencies':
      return (
        <ChooseAgencies
          state={agencies}
          chosen={chosen}
          error={chooseError === null ? null : say(chooseError)}
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
          progress={progress === null ? null : say(progress)}
          problem={problem === null ? null : { message: say(problem.text), retry: problem.retry, locked: problem.locked }}
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
              label={t('evidence.tipLabel')}
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
            // SendFilesStep has wiped the keys.
            pendingKeys.current = null;
            setPendingFiles(null);
            evidence.clear();
            setMissingFiles(missing);
            setStep('done');
          }}
        />
      );
    case 'code':
      return sent === null || shownWords === null ? null : (
        <ShowCaseCode
          words={shownWords}
          wordsLanguage={shownWords === sent.words ? 'en' : codeLanguage}
          hasReceipt={sent.receipt !== null}
          confirmed={confirmed}
          copyNote={copyNote === null ? null : say(copyNote)}
          wordsRef={wordsRef}
          onCopy={() => void copy()}
          onPrint={() => window.print()}
          onSaveReceipt={() => {
            if (sent.receipt !== null) saveReceipt(sent.receipt);
          }}
          onConfirmedChange={setConfirmed}
          filesWaiting={pendingFiles?.files.length ?? 0}
          onContinue={() => {
            // The words leave memory with this screen.
            setSent(null);
            setCopyNote(null);
            setStep(pendingFiles === null ? 'done' : 'files');
          }}
        />
      );
    case 'done':
      return <ReportSent onOpenCase={onOpenCase} missingFiles={missingFiles} />;
  }
}
