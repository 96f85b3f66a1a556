// Sign-in. The passphrase stays in this browser: the worker derives the login secret and, after
// the server accepts it, unwraps the keys.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { TextField } from '../components/TextField';
import { usePageHeading } from '../hooks/use-page-heading';
import type { EndReason } from '../session';
import { describeErrorText } from '../services/describe-error';
import { usernameProblem } from '../services/enrollment';
import { signIn, type SignInPhase } from '../services/sign-in';

export function LoginPage(props: { readonly endReason: EndReason | null }) {
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const heading = usePageHeading(t('login.title'), 'login');
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: Message; passphrase?: Message }>({});
  const [error, setError] = useState<Message | null>(null);
  const [phase, setPhase] = useState<SignInPhase | 'starting' | null>(null);
  // Why the last session ended is worth saying until the person tries again.
  const [attempted, setAttempted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase !== null) return;
    setAttempted(true);
    const found: { username?: Message; passphrase?: Message } = {};
    const name = username.trim().toLowerCase();
    const nameProblem = name === '' ? msg('prosecutor:login.usernameEmpty') : usernameProblem(name) === null ? null : msg('prosecutor:login.usernameInvalid');
    if (nameProblem !== null) found.username = nameProblem;
    if (passphrase === '') found.passphrase = msg('prosecutor:login.passphraseEmpty');
    setFieldErrors(found);
    setError(null);
    if (found.username !== undefined || found.passphrase !== undefined) {
      document.getElementById(found.username !== undefined ? 'login-username' : 'login-passphrase')?.focus();
      return;
    }
    setPhase('starting');
    try {
      await signIn(name, passphrase, setPhase);
      // The session store re-renders the app onto the member's page; this form is gone.
    } catch (caught) {
      setPhase(null);
      setPassphrase('');
      setError(describeErrorText(caught));
      document.getElementById('login-passphrase')?.focus();
    }
  };

  const busy = phase !== null;
  return (
    <section className="card narrow">
      <h1 ref={heading} tabIndex={-1}>
        {t('login.title')}
      </h1>
      {props.endReason === 'expired' && !attempted ? <Notice>{t('login.expired')}</Notice> : null}
      {props.endReason === 'signed_out' && !attempted ? <Notice>{t('login.signedOut')}</Notice> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="login-username"
          label={t('login.username')}
          value={username}
          onChange={setUsername}
          error={fieldErrors.username === undefined ? null : say(fieldErrors.username)}
          autoComplete="username"
          disabled={busy}
          maxLength={64}
        />
        <TextField
          id="login-passphrase"
          label={t('login.passphrase')}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={fieldErrors.passphrase === undefined ? null : say(fieldErrors.passphrase)}
          autoComplete="current-password"
          disabled={busy}
          maxLength={1024}
        />
        {error === null ? null : <ErrorAlert>{say(error)}</ErrorAlert>}
        {busy ? <Busy label={phase === 'signing_in' ? t('login.phases.signingIn') : t('login.phases.deriving')} /> : null}
        <button type="submit" className="button-primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="small">{t('login.memoryOnly')}</p>
    </section>
  );
}
