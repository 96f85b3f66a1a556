import type { QueuedUpload } from '../../shared/files/upload-queue';
import { EvidencePicker, type EvidencePickerProps } from './EvidencePicker';
import { Field } from './Field';
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
  const { answer, canAnswer, progress, error, note, maxLength, onChange, onSend, evidence, uploads } = props;
  const busy = progress !== null;
  const withFiles = evidence.files.length > 0;
  return (
    <section className="card" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Answer</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSend();
        }}
      >
        <Field
          id="answer"
          label="Your answer"
          value={answer}
          onChange={onChange}
          multiline
          rows={5}
          maxLength={maxLength}
          disabled={busy || !canAnswer}
          error={error ?? undefined}
          hint={
            canAnswer
              ? withFiles
                ? 'Optional when you attach files: it is sent with them. Encrypted in this browser; only the prosecutors on your case can read it. Do not write your name.'
                : 'Encrypted in this browser; only the prosecutors on your case can read it. Do not write your name.'
              : 'Answering is turned off because this case did not pass its checks.'
          }
        />
        <EvidencePicker id="answer-files" label="Attach files" disabled={busy || !canAnswer} {...evidence} />
        {uploads.length === 0 ? null : <UploadList items={uploads} canRetry onCancel={props.onCancelUpload} onRetry={props.onRetryUpload} />}
        <Progress text={progress ?? note} busy={busy} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy || !canAnswer}>
            Send answer
          </button>
        </div>
      </form>
    </section>
  );
}
