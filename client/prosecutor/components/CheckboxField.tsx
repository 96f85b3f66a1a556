export interface CheckboxFieldProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string | null;
  readonly disabled?: boolean;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const errorId = `${props.id}-error`;
  const error = props.error ?? null;
  return (
    <div className="field field-checkbox">
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? undefined : errorId}
        disabled={props.disabled}
      />
      <label htmlFor={props.id}>{props.label}</label>
      {error === null ? null : (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
