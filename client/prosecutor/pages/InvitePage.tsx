// Enrollment from an invite link: form → keys made in the worker → recovery key shown once and
// confirmed → public keys registered → the fingerprint to read out.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatDay } from '../../shared/i18n/format';
import { msg, type Message } from '../../shared/i18n/message';
import { useSay } from '../../shared/i18n/use-words';
import { Busy } from '../components/Busy';
import { EnrollForm, type EnrollErrors, type EnrollField, type EnrollValues } from '../components/EnrollForm';
import { ErrorAlert } from '../components/ErrorAlert';
import { RecoveryKeyStep } from '../components/RecoveryKeyStep';
import type { StrengthState } from '../components/StrengthMeter';
import { WaitingPanel } from '../components/WaitingPanel';
import { usePageHeading } from '../hooks/use-page-heading';
import { describeErrorText } from '../services/describe-error';
import {
  InvalidInviteError,
  UsernameTakenError,
  displayNameProblemText,
  fetchInvite,
  makeKeys,
  registerEnrollment,
  usernameProblemText,
  wipeEnrollment,
  type Invite,
  type PendingEnrollment,
} from '../services/enrollment';
import { passphraseProblemText, repeatProblemText, strengthUserInputs, type StrengthScore } from '../services/passphrase-rules';
import { loadStrengthChecker, type StrengthChecker } from '../services/passphrase-strength';
import { matchesLastGroup } from '../services/recovery-check';

type Step =
  | { readonly kind: 'loading' }
  | { readonly kind: 'invalid'; readonly message: Message }
  | { readonly kind: 'form' }
  | { readonly kind: 'deriving' }
  | { readonly kind: 'recovery'; readonly enrollment: PendingEnrollment; readonly registering: boolean }
  | { readonly kind: 'done'; readonly fingerprint: string };

const EMPTY: EnrollValues = { username: '', displayName: '', passphrase: '', repeat: '' };

type RecoveryErrors = { typedGroup?: Message; stored?: Message };
type FieldErrors = Partial<Record<EnrollField, Message>>;

/** A copy of `errors` without `field` (optional properties are absent, never undefined). */
function without<T extends object>(errors: T, field: keyof T): T {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field)) as T;
}

const STRONG = { strong: <strong /> };

/** The form's field problems in words. */
function fieldErrorWords(errors: FieldErrors, say: (message: Message) => string): EnrollErrors {
  const words: Partial<Record<EnrollField, string>> = {};
  for (const [field, message] of Object.entries(errors) as [EnrollField, Message][]) words[field] = say(message);
  return words;
}

export function InvitePage(props: { readonly token: string }) {
  const { t, i18n } = useTranslation('prosecutor');
  const say = useSay();
  const { token } = props;
  const [invite, setInvite] = useState<Invite | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [values, setValues] = useState<EnrollValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [checker, setChecker] = useState<StrengthChecker | null>(null);
  const [checkerFailed, setCheckerFailed] = useState(false);
  const [typedGroup, setTypedGroup] = useState('');
  const [stored, setStored] = useState(false);
  const [recoveryErrors, setRecoveryErrors] = useState<RecoveryErrors>({});
  const [recoveryError, setRecoveryError] = useState<Message | null>(null);
  // The pending enrollment holds login secrets: wipe it if the page goes away before registering.
  const pending = useRef<PendingEnrollment | null>(null);

  const title = step.kind === 'done' ? t('waiting.title') : invite === null ? t('invite.joinAny') : t('invite.join', { agency: invite.agencyName });
  const heading = usePageHeading(title, step.kind);

  useEffect(() => {
    const controller = new AbortController();
    setStep({ kind: 'loading' });
    fetchInvite(token, controller.signal).then(
      (loaded) => {
        setInvite(loaded);
        setStep({ kind: 'form' });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setStep({ kind: 'invalid', message: describeErrorText(error) });
      },
    );
    return () => controller.abort();
  }, [token]);

  useEffect(() => {
    let cancelled = false;
    loadStrengthChecker().then(
      (loaded) => {
        if (!cancelled) setChecker(() => loaded);
      },
      () => {
        if (!cancelled) setCheckerFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () => () => {
      if (pending.current !== null) wipeEnrollment(pending.current);
    },
    [],
  );

  const agencyName = invite?.agencyName ?? '';
  const strength = useMemo((): StrengthState => {
    if (checkerFailed) return { kind: 'failed' };
    if (checker === null) return { kind: 'loading' };
    if (values.passphrase === '') return { kind: 'ready', result: null };
    return { kind: 'ready', result: checker(values.passphrase, strengthUserInputs(values.username, values.displayName, agencyName)) };
  }, [checker, checkerFailed, values.passphrase, values.username, values.displayName, agencyName]);

  const change = (field: EnrollField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => without(previous, field));
  };

  /**
   * The strength score of the passphrase. On a slow link the checker may still be loading when
   * the person presses the button: wait for it instead of refusing.
   */
  const passphraseScore = async (): Promise<StrengthScore | null> => {
    if (strength.kind === 'ready') return strength.result === null ? null : strength.result.score;
    if (values.passphrase === '') return null;
    try {
      const loaded = await loadStrengthChecker();
      return loaded(values.passphrase, strengthUserInputs(values.username, values.displayName, agencyName)).score;
    } catch {
      return null;
    }
  };

  const createKeys = async () => {
    const score = await passphraseScore();
    const found: FieldErrors = {};
    const username = usernameProblemText(values.username);
    const displayName = displayNameProblemText(values.displayName);
    const passphrase = passphraseProblemText(values.passphrase, score);
    const repeat = passphrase === null ? repeatProblemText(values.passphrase, values.repeat) : null;
    if (username !== null) found.username = username;
    if (displayName !== null) found.displayName = displayName;
    if (passphrase !== null) found.passphrase = passphrase;
    if (repeat !== null) found.repeat = repeat;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      const firstField = (['username', 'displayName', 'passphrase', 'repeat'] as const).find((field) => found[field] !== undefined);
      const ids: Record<EnrollField, string> = { username: 'enroll-username', displayName: 'enroll-name', passphrase: 'enroll-passphrase', repeat: 'enroll-repeat' };
      if (firstField !== undefined) document.getElementById(ids[firstField])?.focus();
      return;
    }
    setStep({ kind: 'deriving' });
    try {
      const enrollment = await makeKeys(values.username, values.passphrase);
      pending.current = enrollment;
      // The passphrase is not needed any more: it lives on only inside the wrapped keys.
      setValues((previous) => ({ ...previous, passphrase: '', repeat: '' }));
      setTypedGroup('');
      setStored(false);
      setRecoveryErrors({});
      setRecoveryError(null);
      setStep({ kind: 'recovery', enrollment, registering: false });
    } catch (error) {
      setFormError(describeErrorText(error));
      setStep({ kind: 'form' });
    }
  };

  const confirmAndRegister = async (enrollment: PendingEnrollment) => {
    const found: RecoveryErrors = {};
    if (!matchesLastGroup(typedGroup, enrollment.recoveryKeyText)) {
      found.typedGroup = typedGroup.trim() === '' ? msg('prosecutor:recovery.lastGroupEmpty') : msg('prosecutor:recovery.lastGroupWrong');
    }
    if (!stored) found.stored = msg('prosecutor:recovery.storedMissing');
    setRecoveryErrors(found);
    setRecoveryError(null);
    if (found.typedGroup !== undefined || found.stored !== undefined) {
      document.getElementById(found.typedGroup !== undefined ? 'recovery-last-group' : 'recovery-stored')?.focus();
      return;
    }
    setStep({ kind: 'recovery', enrollment, registering: true });
    try {
      const registered = await registerEnrollment({ token, username: values.username, displayName: values.displayName, enrollment });
      wipeEnrollment(enrollment);
      pending.current = null;
      setStep({ kind: 'done', fingerprint: registered.fingerprint });
    } catch (error) {
      if (error instanceof InvalidInviteError) {
        wipeEnrollment(enrollment);
        pending.current = null;
        // After an earlier attempt whose answer got lost, "used" may mean it went through.
        setStep({ kind: 'invalid', message: recoveryError !== null ? msg('prosecutor:invite.maybeRegistered', { why: error.text }) : error.text });
      } else if (error instanceof UsernameTakenError) {
        wipeEnrollment(enrollment);
        pending.current = null;
        setErrors({ username: error.text });
        setFormError(msg('prosecutor:invite.notRegistered'));
        setStep({ kind: 'form' });
      } else {
        setRecoveryError(msg('prosecutor:invite.tryAgain', { why: describeErrorText(error) }));
        setStep({ kind: 'recovery', enrollment, registering: false });
      }
    }
  };

  if (step.kind === 'loading') return <Busy label={t('invite.checking')} />;
  if (step.kind === 'invalid' || invite === null) {
    return (
      <section className="card">
        <h1 ref={heading} tabIndex={-1}>
          {t('invite.notValid')}
        </h1>
        <ErrorAlert>{step.kind === 'invalid' ? say(step.message) : t('invite.unreadable')}</ErrorAlert>
        <p>{t('invite.askAgain')}</p>
      </section>
    );
  }
  if (step.kind === 'done') {
    return <WaitingPanel heading={heading} role={invite.role} agencyName={invite.agencyName} fingerprint={step.fingerprint} showSignIn />;
  }
  return (
    <>
      <header className="page-intro">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="lead">
          {/* i18n-keys: prosecutor:invite.leadAdmin, prosecutor:invite.leadProsecutor */}
          <Trans
            t={t}
            i18nKey={invite.role === 'admin' ? 'invite.leadAdmin' : 'invite.leadProsecutor'}
            values={{ until: formatDay(invite.expiresOn, i18n.language) }}
            components={STRONG}
          />
        </p>
      </header>
      {step.kind === 'form' ? (
        <EnrollForm
          role={invite.role}
          values={values}
          errors={fieldErrorWords(errors, say)}
          strength={strength}
          formError={formError === null ? null : say(formError)}
          onChange={change}
          onSubmit={() => void createKeys()}
        />
      ) : null}
      {step.kind === 'deriving' ? (
        <section className="card">
          <Busy label={t('login.phases.deriving')} detail={t('invite.derivingDetail')} />
        </section>
      ) : null}
      {step.kind === 'recovery' ? (
        <RecoveryKeyStep
          recoveryKey={step.enrollment.recoveryKeyText}
          username={values.username}
          agencyName={invite.agencyName}
          typedGroup={typedGroup}
          stored={stored}
          errors={{
            ...(recoveryErrors.typedGroup === undefined ? {} : { typedGroup: say(recoveryErrors.typedGroup) }),
            ...(recoveryErrors.stored === undefined ? {} : { stored: say(recoveryErrors.stored) }),
          }}
          formError={recoveryError === null ? null : say(recoveryError)}
          registering={step.registering}
          onTypedGroup={(value) => {
            setTypedGroup(value);
            setRecoveryErrors((previous) => without(previous, 'typedGroup'));
          }}
          onStored={(value) => {
            setStored(value);
            setRecoveryErrors((previous) => without(previous, 'stored'));
          }}
          onPrint={() => window.print()}
          onContinue={() => void confirmAndRegister(step.enrollment)}
        />
      ) : null}
    </>
  );
}
