import type { FormEvent } from 'react';
import type { CaseStatus } from '../../../api/index';
import { STATUS_OPTIONS, STATUS_WORDS, isCaseStatus } from '../services/case-status';
import { Busy } from './Busy';
import { ErrorAlert } from './ErrorAlert';

export interface StatusFormProps {
  readonly current: CaseStatus;
  readonly selected: CaseStatus;
  readonly error: string | null;
  readonly busy: boolean;
  /** Another change to the case is on its way: wait for it. */
  readonly locked: boolean;
  readonly blocked: boolean;
  readonly onSelect: (status: CaseStatus) => void;
  readonly onChange: () => void;
}

export function StatusForm(props: StatusFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onChange();
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      <p id="status-hint" className="field-hint">
        Now: <strong>{STATUS_WORDS[props.current]}</strong>. The whistleblower sees every change, signed by you.
      </p>
      <div className="field field-inline">
        <label htmlFor="case-status">Case status</label>
        <select
          id="case-status"
          name="case-status"
          value={props.selected}
          onChange={(event) => {
            if (isCaseStatus(event.target.value)) props.onSelect(event.target.value);
          }}
          aria-describedby="status-hint"
          disabled={props.blocked || props.busy || props.locked}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button-secondary" disabled={props.blocked || props.busy || props.locked}>
          Change status
        </button>
      </div>
      {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
      {props.busy ? <Busy label="Signing the status change…" /> : null}
    </form>
  );
}
