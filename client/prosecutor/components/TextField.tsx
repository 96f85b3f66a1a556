import type { ChangeEvent, ReactNode } from 'react';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly error?: string | null;
  /** Help shown under the label, read with the field. */
  readonly hint?: ReactNode;
  /** Ids of more elements that describe the field (a strength meter). */
  readonly describedBy?: readonly string[];
  readonly autoComplete?: string;
  readonly disabled?: boolean;
  readonly maxLength?: number;
  readonly className?: string;
}

/** A labelled input; its error is announced and tied to it with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const error = props.error ?? null;
  const describedBy = [...(props.hint === undefined ? [] : [hintId]), ...(props.describedBy ?? []), ...(error === null ? [] : [errorId])];
  return (
    <div className={`field${props.className === undefined ? '' : ` ${props.className}`}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint === undefined ? null : (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(event.target.value)}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={describedBy.length === 0 ? undefined : describedBy.join(' ')}
        autoComplete={props.autoComplete ?? 'off'}
        dir="auto"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        disabled={props.disabled}
        maxLength={props.maxLength}
      />
      {error === null ? null : (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
