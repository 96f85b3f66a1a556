import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/i18n/message';
import { JsOnly, NoJsBack, useForm } from '../../shared/no-js/no-js';
import { useSay, useWords } from '../../shared/i18n/use-words';
import type { AgencyOption } from '../services/agencies';
import { countryNames, languageNames } from '../logic/place-names';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export type AgenciesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: Message }
  | { readonly kind: 'ready'; readonly agencies: readonly AgencyOption[]; readonly rootFingerprint: string };

export interface ChooseAgenciesProps {
  readonly state: AgenciesState;
  readonly chosen: ReadonlySet<string>;
  readonly error: string | null;
  readonly onToggle: (agencyId: string, checked: boolean) => void;
  readonly onContinue: () => void;
  readonly onRetry: () => void;
  readonly onBack: () => void;
}

function AgencyItem({ agency, checked, onToggle }: { readonly agency: AgencyOption; readonly checked: boolean; readonly onToggle: ChooseAgenciesProps['onToggle'] }) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  const say = useSay();
  const id = `agency-${agency.agencyId}`;
  const refused = agency.trusted === null;
  return (
    <li className={refused ? 'agency agency-refused' : 'agency'}>
      <input
        type="checkbox"
        id={id}
        name="agency"
        value={agency.agencyId}
        checked={checked && !refused}
        disabled={refused}
        aria-describedby={`${id}-about`}
        onChange={(event) => onToggle(agency.agencyId, event.target.checked)}
      />
      <div>
        <label htmlFor={id} className="agency-name">
          {agency.name}
        </label>
        <p id={`${id}-about`} className="agency-about">
          {agency.countries.length > 0 ? <span>{t('agencies.covers', { countries: countryNames(agency.countries, words) })} </span> : null}
          {agency.languages.length > 0 ? <span>{t('agencies.reads', { languages: languageNames(agency.languages, words) })}</span> : null}
        </p>
        {refused ? (
          <p className="agency-problem" role="alert">
            {t('agencies.refused', { why: agency.problemText === null ? '' : say(agency.problemText) })}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function ChooseAgencies({ state, chosen, error, onToggle, onContinue, onRetry, onBack }: ChooseAgenciesProps) {
  const { t } = useTranslation('whistleblower');
  const say = useSay();
  const form = useForm('agencies', onContinue);
  const usable = state.kind === 'ready' ? state.agencies.filter((agency) => agency.trusted !== null).length : 0;
  return (
    <>
      <ScreenHeading>{t('agencies.title')}</ScreenHeading>
      <p>{t('agencies.intro')}</p>
      {state.kind === 'loading' ? <Progress text={t('agencies.loading')} /> : null}
      {state.kind === 'failed' ? (
        <div className="problem" role="alert">
          <p>{say(state.message)}</p>
          <JsOnly>
            <button type="button" onClick={onRetry}>
              {t('common:actions.tryAgain')}
            </button>
          </JsOnly>
        </div>
      ) : null}
      {state.kind === 'ready' && state.agencies.length === 0 ? <p className="card">{t('agencies.none')}</p> : null}
      {state.kind === 'ready' && state.agencies.length > 0 ? (
        <form {...form.attributes}>
          {form.hidden}
          <fieldset className="agencies" aria-describedby={error === null ? undefined : 'agencies-error'}>
            <legend className="visually-hidden">{t('agencies.legend')}</legend>
            <ul className="agency-list">
              {state.agencies.map((agency) => (
                <AgencyItem key={agency.agencyId} agency={agency} checked={chosen.has(agency.agencyId)} onToggle={onToggle} />
              ))}
            </ul>
          </fieldset>
          {error === null ? null : (
            <p id="agencies-error" className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={usable === 0}>
              {t('common:actions.continue')}
            </button>
            <NoJsBack onBack={onBack} />
          </div>
          <details className="details">
            <summary>{t('agencies.how.title')}</summary>
            <p>{t('agencies.how.text')}</p>
            <p className="fingerprint">{state.rootFingerprint}</p>
            <p>{t('agencies.how.match')}</p>
          </details>
        </form>
      ) : null}
      {state.kind === 'ready' && state.agencies.length > 0 ? null : (
        <div className="actions">
          <NoJsBack onBack={onBack} />
        </div>
      )}
    </>
  );
}
