// A labelled drop-down list (countries, currencies, platforms) with an optional hint and error.
import { useTranslation } from 'react-i18next';
import { described } from './described-by';
import { LabelledField } from './FieldParts';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
}

export function SelectField({ id, label, hint, value, options, onChange, error, disabled = false }: SelectFieldProps) {
  const { t } = useTranslation('intake');
  const { hintId, errorId, aria } = described(id, hint !== undefined, error);
  return (
    <LabelledField id={id} label={label} hintId={hintId} hint={hint} errorId={errorId} error={error}>
      <select id={id} name={id} value={value} disabled={disabled} {...aria} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('form.notChosen')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
