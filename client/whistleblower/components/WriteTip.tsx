// The report screen: the wildlife intake questionnaire (intake/IntakeFields), the evidence files,
// then "Encrypt and send". The page that holds it keeps the draft, checks it and sends it.
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { JsOnly, NoJsOnly, useForm, useNoJs } from '../../shared/no-js/no-js';
import type { TipDraft, TipDraftPatch, TipErrors } from '../logic/tip-draft';
import { IntakeFields } from './intake/IntakeFields';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export interface SendProblem {
  readonly message: string;
  /** Offer Retry (connection or server trouble); otherwise offer choosing other agencies. */
  readonly retry: boolean;
  /**
   * The send may have arrived (the connection dropped mid-way): the form stays as it was until
   * Retry settles it, so a report can never be stored under a code the person never saw.
   */
  readonly locked: boolean;
}

export interface WriteTipProps {
  readonly draft: TipDraft;
  readonly errors: TipErrors;
  readonly agencyNames: readonly string[];
  /** Progress text while sending, null when idle. */
  readonly progress: string | null;
  readonly problem: SendProblem | null;
  /** A change to some fields of the draft (logic/tip-draft.ts applyPatch, clearErrors). */
  readonly onChange: (patch: TipDraftPatch) => void;
  readonly onSend: () => void;
  readonly onBack: () => void;
  /** The evidence files part of the form (EvidencePicker), shown after the questionnaire. */
  readonly evidence?: ReactNode;
}

export function WriteTip({ draft, errors, agencyNames, progress, problem, onChange, onSend, onBack, evidence }: WriteTipProps) {
  const { t } = useTranslation('intake');
  const busy = progress !== null;
  const locked = busy || problem?.locked === true;
  const form = useForm('write', onSend);
  const noJs = useNoJs() !== null;
  return (
    <>
      <ScreenHeading>{t('write.heading')}</ScreenHeading>
      <p>
        <Trans t={t} i18nKey="write.goesTo" values={{ agencies: agencyNames.join(', ') }} components={{ strong: <strong /> }} />
      </p>
      <div className="warning-note">
        <p>
          <Trans t={t} i18nKey="write.warning" components={{ strong: <strong /> }} />
        </p>
      </div>
      <form {...form.attributes}>
        {form.hidden}
        <IntakeFields draft={draft} errors={errors} disabled={locked} onChange={onChange} />
        {evidence}
        <p className="note">{noJs ? t('whistleblower:nojs.encryptedNote') : t('write.encryptedNote')}</p>
        <Progress text={progress} />
        {problem === null ? null : (
          <div className="problem" role="alert" id="send-problem" tabIndex={-1}>
            <p>{problem.message}</p>
            {problem.retry ? (
              <JsOnly>
                <button type="button" onClick={onSend} disabled={busy}>
                  {t('write.retry')}
                </button>
              </JsOnly>
            ) : null}
          </div>
        )}
        <NoJsOnly>
          <p className="note">{t('whistleblower:nojs.wait')}</p>
        </NoJsOnly>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('write.send')}
          </button>
          <JsOnly>
            <button type="button" onClick={onBack} disabled={locked}>
              {t('write.changeAgencies')}
            </button>
          </JsOnly>
        </div>
      </form>
    </>
  );
}
