// A group of radio buttons (one answer) or checkboxes (several) under a legend, with an
// optional hint and error. The fieldset carries the group's id so an error can bring focus to it.
import type { ReactNode } from 'react';
import { described } from './described-by';
import { ErrorLine, Hint } from './FieldParts';
import type { SelectOption } from './SelectField';

interface BaseProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly SelectOption[];
  readonly error?: string | undefined;
  readonly disabled?: boolean;
  /** Shown under the options (the "other" text box). */
  readonly children?: ReactNode;
}

export interface RadioGroupProps extends BaseProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export interface CheckboxGroupProps extends BaseProps {
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}

/** Each option's input id: the group's id and the value ('' is the "no answer" option). */
function optionId(groupId: string, value: string): string {
  return `${groupId}-${value === '' ? 'none' : value}`;
}

function Group(props: BaseProps & { readonly inputs: ReactNode }) {
  const { id, legend, hint, error } = props;
  const { hintId, errorId, aria } = described(id, hint !== undefined, error);
  return (
    <fieldset id={id} tabIndex={-1} className={error === undefined ? 'choice-group' : 'choice-group choice-group-invalid'} {...aria}>
      <legend className="field-label">{legend}</legend>
      <Hint id={hintId} text={hint} />
      <div className="choices">{props.inputs}</div>
      {props.children}
      <ErrorLine id={errorId} text={error} />
    </fieldset>
  );
}

export function RadioGroup(props: RadioGroupProps) {
  const { id, options, value, onChange, disabled = false } = props;
  return (
    <Group
      {...props}
      inputs={options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={optionId(id, option.value)}
            name={id}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={optionId(id, option.value)}>{option.label}</label>
        </div>
      ))}
    />
  );
}

export function CheckboxGroup(props: CheckboxGroupProps) {
  const { id, options, values, onChange, disabled = false } = props;
  return (
    <Group
      {...props}
      inputs={options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="checkbox"
            id={optionId(id, option.value)}
            name={id}
            value={option.value}
            checked={values.includes(option.value)}
            disabled={disabled}
            onChange={(event) =>
              onChange(event.target.checked ? options.map((o) => o.value).filter((v) => v === option.value || values.includes(v)) : values.filter((v) => v !== option.value))
            }
          />
          <label htmlFor={optionId(id, option.value)}>{option.label}</label>
        </div>
      ))}
    />
  );
}
