import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../../../api/index';
import { MIN_PASSPHRASE_LENGTH } from '../services/passphrase-rules';
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
  const { t } = useTranslation('prosecutor');
  const { values, errors } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('enroll.account')}</h2>
      <TextField
        id="enroll-username"
        label={t('enroll.username')}
        value={values.username}
        onChange={(value) => props.onChange('username', value)}
        error={errors.username ?? null}
        hint={t('enroll.usernameHint')}
        autoComplete="username"
        maxLength={64}
      />
      <TextField
        id="enroll-name"
        label={t('enroll.name')}
        value={values.displayName}
        onChange={(value) => props.onChange('displayName', value)}
        error={errors.displayName ?? null}
        hint={props.role === 'admin' ? t('enroll.nameHintAdmin') : t('enroll.nameHint')}
        autoComplete="name"
        maxLength={100}
      />
      <h2>{t('enroll.passphraseTitle')}</h2>
      <p>{t('enroll.passphraseIntro', { min: MIN_PASSPHRASE_LENGTH })}</p>
      <TextField
        id="enroll-passphrase"
        label={t('enroll.passphrase')}
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
        label={t('enroll.repeat')}
        type="password"
        value={values.repeat}
        onChange={(value) => props.onChange('repeat', value)}
        error={errors.repeat ?? null}
        autoComplete="new-password"
        maxLength={1024}
      />
      {props.formError === null ? null : <ErrorAlert>{props.formError}</ErrorAlert>}
      <button type="submit" className="button-primary">
        {t('enroll.submit')}
      </button>
    </form>
  );
}
