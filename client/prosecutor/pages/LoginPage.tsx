// Sign-in. The passphrase stays in this browser: the worker derives the login secret and, after
// the server accepts it, unwraps the keys.
import { useState, type FormEvent } from 'react';
import { Busy } from '../components/Busy';
import { ErrorAlert } from '../components/ErrorAlert';
import { Notice } from '../components/Notice';
import { TextField } from '../components/TextField';
import { usePageHeading } from '../hooks/use-page-heading';
import type { EndReason } from '../session';
import { describeError } from '../services/describe-error';
import { usernameProblem } from '../services/enrollment';
import { signIn, type SignInPhase } from '../services/sign-in';

const PHASE_WORDS: Record<SignInPhase, string> = {
  deriving: 'Deriving keys from your passphrase…',
  signing_in: 'Signing in and unlocking your keys…',
};

export function LoginPage(props: { readonly endReason: EndReason | null }) {
  const heading = usePageHeading('Sign in');
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; passphrase?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<SignInPhase | 'starting' | null>(null);
  // Why the last session ended is worth saying until the person tries again.
  const [attempted, setAttempted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase !== null) return;
    setAttempted(true);
    const found: { username?: string; passphrase?: string } = {};
    const name = username.trim().toLowerCase();
    const nameProblem = name === '' ? 'Type your username.' : usernameProblem(name) === null ? null : 'This is not a valid username: check how you typed it.';
    if (nameProblem !== null) found.username = nameProblem;
    if (passphrase === '') found.passphrase = 'Type your passphrase.';
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
      setError(describeError(caught));
      document.getElementById('login-passphrase')?.focus();
    }
  };

  const busy = phase !== null;
  return (
    <section className="card narrow">
      <h1 ref={heading} tabIndex={-1}>
        Sign in
      </h1>
      {props.endReason === 'expired' && !attempted ? <Notice>Your session ended and your keys were cleared from this page. Sign in again.</Notice> : null}
      {props.endReason === 'signed_out' && !attempted ? <Notice>You are signed out. Your keys were cleared from this page.</Notice> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="login-username"
          label="Username"
          value={username}
          onChange={setUsername}
          error={fieldErrors.username ?? null}
          autoComplete="username"
          disabled={busy}
          maxLength={64}
        />
        <TextField
          id="login-passphrase"
          label="Passphrase"
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={fieldErrors.passphrase ?? null}
          autoComplete="current-password"
          disabled={busy}
          maxLength={1024}
        />
        {error === null ? null : <ErrorAlert>{error}</ErrorAlert>}
        {busy ? <Busy label={phase === 'signing_in' ? PHASE_WORDS.signing_in : PHASE_WORDS.deriving} /> : null}
        <button type="submit" className="button-primary" disabled={busy}>
          Sign in
        </button>
      </form>
      <p className="small">
        Your keys stay in this tab&apos;s memory only. Reloading or closing the tab signs you out. New here? Open the invitation
        link your agency sent you.
      </p>
    </section>
  );
}
