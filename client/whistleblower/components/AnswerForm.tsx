import { Field } from './Field';
import { Progress } from './Progress';

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
}

export function AnswerForm({ answer, canAnswer, progress, error, note, maxLength, onChange, onSend }: AnswerFormProps) {
  const busy = progress !== null;
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
              ? 'Encrypted in this browser; only the prosecutors on your case can read it. Do not write your name.'
              : 'Answering is turned off because this case did not pass its checks.'
          }
        />
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
