import type { AgencyOption } from '../services/agencies';
import { countryNames, languageNames } from '../logic/place-names';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export type AgenciesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
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
  const id = `agency-${agency.agencyId}`;
  const refused = agency.trusted === null;
  return (
    <li className={refused ? 'agency agency-refused' : 'agency'}>
      <input
        type="checkbox"
        id={id}
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
          {agency.countries.length > 0 ? <span>Covers: {countryNames(agency.countries)}. </span> : null}
          {agency.languages.length > 0 ? <span>Reads: {languageNames(agency.languages)}.</span> : null}
        </p>
        {refused ? (
          <p className="agency-problem" role="alert">
            Reports cannot be sent here: {agency.problem}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function ChooseAgencies({ state, chosen, error, onToggle, onContinue, onRetry, onBack }: ChooseAgenciesProps) {
  const usable = state.kind === 'ready' ? state.agencies.filter((agency) => agency.trusted !== null).length : 0;
  return (
    <>
      <ScreenHeading>Who should receive your report?</ScreenHeading>
      <p>
        Choose the agencies that can act where the seller or the goods are. Only their prosecutors will be able to read
        your report. You can choose more than one.
      </p>
      {state.kind === 'loading' ? <Progress text="Loading the agencies and checking their keys…" /> : null}
      {state.kind === 'failed' ? (
        <div className="problem" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : null}
      {state.kind === 'ready' && state.agencies.length === 0 ? (
        <p className="card">No agency can receive reports yet. Please come back later.</p>
      ) : null}
      {state.kind === 'ready' && state.agencies.length > 0 ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onContinue();
          }}
        >
          <fieldset className="agencies" aria-describedby={error === null ? undefined : 'agencies-error'}>
            <legend className="visually-hidden">Agencies</legend>
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
              Continue
            </button>
            <button type="button" onClick={onBack}>
              Back
            </button>
          </div>
          <details className="details">
            <summary>How this page checks the agencies</summary>
            <p>
              Every agency&apos;s keys are signed by this tip line&apos;s root key, and every prosecutor&apos;s keys by
              their agency. This page checks those signatures before it encrypts anything, and refuses agencies that
              fail. The root key built into this page has the fingerprint:
            </p>
            <p className="fingerprint">{state.rootFingerprint}</p>
            <p>It should match the fingerprint the tip line publishes.</p>
          </details>
        </form>
      ) : null}
      {state.kind === 'ready' && state.agencies.length > 0 ? null : (
        <div className="actions">
          <button type="button" onClick={onBack}>
            Back
          </button>
        </div>
      )}
    </>
  );
}
