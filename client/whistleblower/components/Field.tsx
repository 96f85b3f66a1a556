// A labelled text field with an optional hint and an error tied to it (aria-describedby).
import { useTranslation } from 'react-i18next';

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly maxLength?: number;
  readonly disabled?: boolean;
  /** For words that must not be "corrected" or remembered (case codes). */
  readonly verbatim?: boolean;
}

export function Field(props: FieldProps) {
  const { t } = useTranslation('common');
  const { id, label, value, onChange, hint, error, required = false, multiline = false, disabled = false, verbatim = false } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter((x) => x !== null).join(' ');
  const common = {
    id,
    name: id,
    value,
    disabled,
    autoComplete: 'off',
    // Typed text runs in the direction of its own words (Arabic in an English page, a link in an Arabic one).
    dir: 'auto',
    spellCheck: !verbatim,
    'aria-required': required,
    'aria-invalid': error !== undefined,
    ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    ...(props.maxLength === undefined ? {} : { maxLength: props.maxLength }),
    ...(verbatim ? { autoCapitalize: 'none', autoCorrect: 'off' } : {}),
  };
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? <span className="field-tag">{t('field.required')}</span> : null}
      </div>
      {hint === undefined ? null : (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 6} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {error === undefined ? null : (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
