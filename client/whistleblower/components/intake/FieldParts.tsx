// The hint and error lines every intake control shows under its label, and the labelled frame
// of a single control (label, hint, the control, error).
import type { ReactNode } from 'react';

export function Hint({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <p id={id} className="field-hint">
      {text}
    </p>
  );
}

export function ErrorLine({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  );
}

/** One control under its label, with its hint and error (ids from described-by.ts). */
export function LabelledField(props: {
  readonly id: string;
  readonly label: string;
  readonly hintId: string;
  readonly hint: string | undefined;
  readonly errorId: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <div className={props.error === undefined ? 'field' : 'field field-invalid'}>
      <div className="field-label">
        <label htmlFor={props.id}>{props.label}</label>
      </div>
      <Hint id={props.hintId} text={props.hint} />
      {props.children}
      <ErrorLine id={props.errorId} text={props.error} />
    </div>
  );
}
