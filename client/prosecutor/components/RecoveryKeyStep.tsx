import type { FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Busy } from './Busy';
import { CheckboxField } from './CheckboxField';
import { ErrorAlert } from './ErrorAlert';
import { TextField } from './TextField';

export interface RecoveryKeyStepProps {
  readonly recoveryKey: string;
  /** Printed with the key, so the paper says whose key it is. */
  readonly username: string;
  readonly agencyName: string;
  readonly typedGroup: string;
  readonly stored: boolean;
  readonly errors: { readonly typedGroup?: string; readonly stored?: string };
  readonly formError: string | null;
  readonly registering: boolean;
  readonly onTypedGroup: (value: string) => void;
  readonly onStored: (value: boolean) => void;
  readonly onPrint: () => void;
  readonly onContinue: () => void;
}

const STRONG = { strong: <strong /> };

/** The recovery key, shown once, and the confirmation that it was stored. */
export function RecoveryKeyStep(props: RecoveryKeyStepProps) {
  const { t } = useTranslation('prosecutor');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onContinue();
  };
  return (
    <>
      <section className="card print-area" aria-labelledby="recovery-heading">
        <h2 id="recovery-heading">{t('recovery.title')}</h2>
        <p className="print-only">
          <Trans t={t} i18nKey="recovery.printTitle" values={{ username: props.username, agency: props.agencyName }} components={STRONG} />
        </p>
        <div className="recovery-key" role="group" aria-label={t('recovery.keyLabel')} translate="no">
          {props.recoveryKey}
        </div>
        <ul className="advice">
          <li>
            <Trans t={t} i18nKey="recovery.once" components={STRONG} />
          </li>
          <li>{t('recovery.offline')}</li>
          <li>{t('recovery.onlyWay')}</li>
          <li>{t('recovery.guard')}</li>
        </ul>
        <button type="button" className="button-secondary no-print" onClick={props.onPrint}>
          {t('recovery.print')}
        </button>
      </section>
      <form className="card no-print" onSubmit={submit} noValidate>
        <h2>{t('recovery.confirmTitle')}</h2>
        <TextField
          id="recovery-last-group"
          label={t('recovery.lastGroup')}
          value={props.typedGroup}
          onChange={props.onTypedGroup}
          error={props.errors.typedGroup ?? null}
          hint={t('recovery.lastGroupHint')}
          maxLength={16}
          disabled={props.registering}
          className="field-short"
        />
        <CheckboxField
          id="recovery-stored"
          label={t('recovery.stored')}
          checked={props.stored}
          onChange={props.onStored}
          error={props.errors.stored ?? null}
          disabled={props.registering}
        />
        {props.formError === null ? null : <ErrorAlert>{props.formError}</ErrorAlert>}
        {props.registering ? <Busy label={t('recovery.registering')} /> : null}
        <button type="submit" className="button-primary" disabled={props.registering}>
          {t('common:actions.continue')}
        </button>
      </form>
    </>
  );
}
