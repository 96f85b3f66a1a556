import { useTranslation } from 'react-i18next';
import type { QueuedUpload } from '../../shared/files/upload-queue';
import { JsOnly, NoJsOnly, useForm, useNoJs } from '../../shared/no-js/no-js';
import { EvidencePicker, type EvidencePickerProps } from './EvidencePicker';
import { Field } from './Field';
import { NoJsFileInput } from './NoJsFileInput';
import { Progress } from './Progress';
import { UploadList } from './UploadList';

export interface AnswerFormProps {
  readonly answer: string;
  readonly canAnswer: boolean;
  readonly progress: string | null;
  readonly error: string | null;
  /** After a successful send. */
  readonly note: string | null;
  readonly maxLength: number;
  readonly onChange: (answer: string) => void;
  readonly onSend: () => void;
  /** Files to attach ("Attach files"). */
  readonly evidence: Omit<EvidencePickerProps, 'id' | 'label' | 'disabled'>;
  /** Files on their way, while sending. */
  readonly uploads: readonly QueuedUpload[];
  readonly onCancelUpload: (id: string) => void;
  readonly onRetryUpload: (id: string) => void;
}

export function AnswerForm(props: AnswerFormProps) {
  const { t } = useTranslation('whistleblower');
  const { answer, canAnswer, progress, error, note, maxLength, onChange, onSend, evidence, uploads } = props;
  const busy = progress !== null;
  const withFiles = evidence.files.length > 0;
  const form = useForm('answer', onSend);
  const noJs = useNoJs() !== null;
  return (
    <section className="card" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('answer.title')}</h2>
      <form {...form.attributes}>
        {form.hidden}
        <Field
          id="answer"
          label={t('answer.label')}
          value={answer}
          onChange={onChange}
          multiline
          rows={5}
          maxLength={maxLength}
          disabled={busy || !canAnswer}
          error={error ?? undefined}
          hint={
            canAnswer ? (noJs ? t('nojs.answerHint') : withFiles ? t('answer.hintWithFiles') : t('answer.hint')) : t('answer.turnedOff')
          }
        />
        <JsOnly>
          <EvidencePicker id="answer-files" label={t('evidence.answerLabel')} disabled={busy || !canAnswer} {...evidence} />
        </JsOnly>
        <NoJsOnly>
          <NoJsFileInput id="answer-files" label={t('evidence.answerLabel')} disabled={busy || !canAnswer} />
          <p className="note">{t('nojs.wait')}</p>
        </NoJsOnly>
        {uploads.length === 0 ? null : <UploadList items={uploads} canRetry onCancel={props.onCancelUpload} onRetry={props.onRetryUpload} />}
        <Progress text={progress ?? note} busy={busy} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy || !canAnswer}>
            {t('answer.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
