import { Field } from './Field';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export interface EnterCaseCodeProps {
  readonly code: string;
  /** A problem with the code itself, shown on the field. */
  readonly codeError: string | null;
  /** Any other failure (network, server). */
  readonly problem: string | null;
  readonly progress: string | null;
  readonly onChange: (code: string) => void;
  readonly onOpen: () => void;
  readonly onBack: () => void;
}

export function EnterCaseCode({ code, codeError, problem, progress, onChange, onOpen, onBack }: EnterCaseCodeProps) {
  const busy = progress !== null;
  return (
    <>
      <ScreenHeading>Open your case</ScreenHeading>
      <p>Type the case code you were given when you sent your report. It never leaves this browser.</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onOpen();
        }}
      >
        <Field
          id="case-code"
          label="Case code"
          value={code}
          onChange={onChange}
          multiline
          rows={3}
          verbatim
          disabled={busy}
          error={codeError ?? undefined}
          hint="The 12 words, in order. Capitals, spaces, numbers and line breaks do not matter."
        />
        <Progress text={progress} />
        {problem === null ? null : (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            Open my case
          </button>
          <button type="button" onClick={onBack} disabled={busy}>
            Back
          </button>
        </div>
      </form>
    </>
  );
}
