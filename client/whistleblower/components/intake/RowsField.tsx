// Several text boxes for one question (links to listings, contacts), with "Add another" and a
// "Remove" button on each extra row. Focus follows: to the new row when one is added, to the row
// before when one is removed. Row i has the id `<id>-<i>`.
import { useEffect, useRef } from 'react';
import { useNoJs } from '../../../shared/no-js/no-js';
import { described } from './described-by';
import { ErrorLine, Hint } from './FieldParts';

export interface RowsFieldProps {
  readonly id: string;
  /** The label of the first row, and of each further row (1-based number). */
  readonly label: string;
  readonly rowLabel: (number: number) => string;
  readonly hint?: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly addLabel: string;
  readonly removeLabel: (number: number) => string;
  readonly removeText: string;
  /** Shown instead of the add button when no more rows may be added. */
  readonly fullText: string;
  readonly maxRows: number;
  readonly maxLength: number;
  readonly errors: (index: number) => string | undefined;
  readonly disabled?: boolean;
}

/** How many rows a page without JavaScript offers (or all of them when fewer are allowed). */
export const NO_JS_ROWS = 3;

export function RowsField(props: RowsFieldProps) {
  const { id, onChange, maxRows, disabled = false } = props;
  // Without JavaScript no row can be added: a few empty ones wait to be filled in.
  const noJs = useNoJs() !== null;
  const values = noJs ? [...props.values, ...Array<string>(Math.max(0, Math.min(maxRows, NO_JS_ROWS) - props.values.length)).fill('')] : props.values;
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const row = focusRow.current;
    if (row === null) return;
    focusRow.current = null;
    const input = document.getElementById(`${id}-${row}`);
    if (input !== null) input.focus();
    else addButton.current?.focus();
  });

  const set = (index: number, value: string): void => onChange(values.map((v, i) => (i === index ? value : v)));
  const add = (): void => {
    focusRow.current = values.length;
    onChange([...values, '']);
  };
  const remove = (index: number): void => {
    focusRow.current = index - 1;
    onChange(values.filter((_, i) => i !== index));
  };

  return (
    <div className="rows-field">
      {values.map((value, index) => {
        const rowId = `${id}-${index}`;
        const error = props.errors(index);
        const hint = index === 0 ? props.hint : undefined;
        const { hintId, errorId, aria } = described(rowId, hint !== undefined, error);
        return (
          <div key={index} className={error === undefined ? 'field' : 'field field-invalid'}>
            <div className="field-label">
              <label htmlFor={rowId}>{index === 0 ? props.label : props.rowLabel(index + 1)}</label>
            </div>
            <Hint id={hintId} text={hint} />
            <div className="row-input">
              <input
                id={rowId}
                name={rowId}
                type="text"
                value={value}
                maxLength={props.maxLength}
                disabled={disabled}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="none"
                autoCorrect="off"
                {...aria}
                onChange={(event) => set(index, event.target.value)}
              />
              {index === 0 || noJs ? null : (
                <button type="button" className="button-small row-remove" aria-label={props.removeLabel(index + 1)} disabled={disabled} onClick={() => remove(index)}>
                  {props.removeText}
                </button>
              )}
            </div>
            <ErrorLine id={errorId} text={error} />
          </div>
        );
      })}
      {noJs ? null : values.length < maxRows ? (
        <button type="button" ref={addButton} className="button-small row-add" disabled={disabled} onClick={add}>
          {props.addLabel}
        </button>
      ) : (
        <p className="note">{props.fullText}</p>
      )}
    </div>
  );
}
