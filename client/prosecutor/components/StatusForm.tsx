import type { FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../api/index';
import { useSay } from '../../shared/i18n/use-words';
import { STATUS_OPTIONS, isCaseStatus, statusText } from '../services/case-status';
import { Busy } from './Busy';
import { ErrorAlert } from './ErrorAlert';

const STRONG = { strong: <strong /> };

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
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onChange();
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="status-heading">
      <h2 id="status-heading">{t('statusForm.title')}</h2>
      <p id="status-hint" className="field-hint">
        <Trans t={t} i18nKey="statusForm.now" values={{ status: say(statusText(props.current)) }} components={STRONG} />
      </p>
      <div className="field field-inline">
        <label htmlFor="case-status">{t('statusForm.label')}</label>
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
          {STATUS_OPTIONS.map((status) => (
            <option key={status} value={status}>
              {say(statusText(status))}
            </option>
          ))}
        </select>
        <button type="submit" className="button-secondary" disabled={props.blocked || props.busy || props.locked}>
          {t('statusForm.submit')}
        </button>
      </div>
      {props.error === null ? null : <ErrorAlert>{props.error}</ErrorAlert>}
      {props.busy ? <Busy label={t('statusForm.signing')} /> : null}
    </form>
  );
}
