import type { FormEvent } from 'react';
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

/** The recovery key, shown once, and the confirmation that it was stored. */
export function RecoveryKeyStep(props: RecoveryKeyStepProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onContinue();
  };
  return (
    <>
      <section className="card print-area" aria-labelledby="recovery-heading">
        <h2 id="recovery-heading">Your recovery key</h2>
        <p className="print-only">
          Thicket recovery key of <strong>{props.username}</strong>, {props.agencyName}
        </p>
        <div className="recovery-key" role="group" aria-label="Recovery key" translate="no">
          {props.recoveryKey}
        </div>
        <ul className="advice">
          <li>
            <strong>It is shown only this once.</strong> Print it or copy it by hand onto paper now.
          </li>
          <li>Keep it offline, somewhere safe: not in email, chat, cloud notes or a photo on your phone.</li>
          <li>
            It is the only way back into your account if you forget your passphrase. Nobody else can recover your keys, not even
            the operator of this tip line.
          </li>
          <li>Anyone who has it can read the tips sent to you: guard it like your passphrase.</li>
        </ul>
        <button type="button" className="button-secondary no-print" onClick={props.onPrint}>
          Print the recovery key
        </button>
      </section>
      <form className="card no-print" onSubmit={submit} noValidate>
        <h2>Confirm you have stored it</h2>
        <TextField
          id="recovery-last-group"
          label="Type the last group of your recovery key"
          value={props.typedGroup}
          onChange={props.onTypedGroup}
          error={props.errors.typedGroup ?? null}
          hint="The four characters after the last dash, from your paper copy."
          maxLength={16}
          disabled={props.registering}
          className="field-short"
        />
        <CheckboxField
          id="recovery-stored"
          label="I have stored my recovery key safely"
          checked={props.stored}
          onChange={props.onStored}
          error={props.errors.stored ?? null}
          disabled={props.registering}
        />
        {props.formError === null ? null : <ErrorAlert>{props.formError}</ErrorAlert>}
        {props.registering ? <Busy label="Registering your public keys…" /> : null}
        <button type="submit" className="button-primary" disabled={props.registering}>
          Continue
        </button>
      </form>
    </>
  );
}
