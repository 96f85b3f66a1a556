import { useTranslation } from 'react-i18next';
import { NoJsBack, useForm, useNoJs } from '../../shared/no-js/no-js';
import { Field } from './Field';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export interface EnterCaseCodeProps {
  readonly code: string;
  /** A problem with the code itself, shown on the field. */
  readonly codeError: string | null;
  /** Any other failure (network, server). */
  readonly problem: string | null;
  readonly progress: string | null;
  readonly onChange: (code: string) => void;
  readonly onOpen: () => void;
  readonly onBack: () => void;
}

export function EnterCaseCode({ code, codeError, problem, progress, onChange, onOpen, onBack }: EnterCaseCodeProps) {
  const { t } = useTranslation('whistleblower');
  const busy = progress !== null;
  const form = useForm('open', onOpen);
  return (
    <>
      <ScreenHeading>{t('open.title')}</ScreenHeading>
      <p>{useNoJs() === null ? t('open.intro') : t('nojs.openIntro')}</p>
      <form {...form.attributes}>
        {form.hidden}
        <Field
          id="case-code"
          label={t('open.codeLabel')}
          value={code}
          onChange={onChange}
          multiline
          rows={3}
          verbatim
          disabled={busy}
          error={codeError ?? undefined}
          hint={t('open.codeHint')}
        />
        <Progress text={progress} />
        {problem === null ? null : (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('open.submit')}
          </button>
          <NoJsBack onBack={onBack} disabled={busy} />
        </div>
      </form>
    </>
  );
}
