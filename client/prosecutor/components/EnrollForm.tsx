import type { FormEvent } from 'react';
import type { MemberRole } from '../../../api/index';
import { ErrorAlert } from './ErrorAlert';
import { StrengthMeter, type StrengthState } from './StrengthMeter';
import { TextField } from './TextField';

export interface EnrollValues {
  readonly username: string;
  readonly displayName: string;
  readonly passphrase: string;
  readonly repeat: string;
}

export type EnrollField = keyof EnrollValues;
export type EnrollErrors = Partial<Record<EnrollField, string>>;

export interface EnrollFormProps {
  readonly role: MemberRole;
  readonly values: EnrollValues;
  readonly errors: EnrollErrors;
  readonly strength: StrengthState;
  readonly formError: string | null;
  readonly onChange: (field: EnrollField, value: string) => void;
  readonly onSubmit: () => void;
}

export function EnrollForm(props: EnrollFormProps) {
  const { values, errors } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>Your account</h2>
      <TextField
        id="enroll-username"
        label="Username"
        value={values.username}
        onChange={(value) => props.onChange('username', value)}
        error={errors.username ?? null}
        hint="You sign in with it. Lower-case letters, digits, dot, dash or underscore. It cannot be changed later."
        autoComplete="username"
        maxLength={64}
      />
      <TextField
        id="enroll-name"
        label="Your name"
        value={values.displayName}
        onChange={(value) => props.onChange('displayName', value)}
        error={errors.displayName ?? null}
        hint={props.role === 'admin' ? 'As the operator of this tip line knows you.' : 'As your agency administrator knows you: they check it before approving you.'}
        autoComplete="name"
        maxLength={100}
      />
      <h2>Your passphrase</h2>
      <p>
        It unlocks your keys, and your keys open the tips. The server never sees it. Use several unrelated words, at least 12
        characters. If you forget it, only your recovery key (shown next) gets you back in.
      </p>
      <TextField
        id="enroll-passphrase"
        label="Passphrase"
        type="password"
        value={values.passphrase}
        onChange={(value) => props.onChange('passphrase', value)}
        error={errors.passphrase ?? null}
        describedBy={['enroll-strength']}
        autoComplete="new-password"
        maxLength={1024}
      />
      <StrengthMeter id="enroll-strength" passphrase={values.passphrase} strength={props.strength} />
      <TextField
        id="enroll-repeat"
        label="Repeat passphrase"
        type="password"
        value={values.repeat}
        onChange={(value) => props.onChange('repeat', value)}
        error={errors.repeat ?? null}
        autoComplete="new-password"
        maxLength={1024}
      />
      {props.formError === null ? null : <ErrorAlert>{props.formError}</ErrorAlert>}
      <button type="submit" className="button-primary">
        Create my keys
      </button>
    </form>
  );
}
