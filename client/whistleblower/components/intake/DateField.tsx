// A labelled date input ('YYYY-MM-DD'), no later than today.
import { described } from './described-by';
import { LabelledField } from './FieldParts';

function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
}

export function DateField({ id, label, hint, value, onChange, error, disabled = false }: DateFieldProps) {
  const { hintId, errorId, aria } = described(id, hint !== undefined, error);
  return (
    <LabelledField id={id} label={label} hintId={hintId} hint={hint} errorId={errorId} error={error}>
      <input id={id} name={id} type="date" max={today()} value={value} disabled={disabled} {...aria} onChange={(event) => onChange(event.target.value)} />
    </LabelledField>
  );
}
