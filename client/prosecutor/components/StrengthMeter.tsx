import { MIN_PASSPHRASE_LENGTH, STRENGTH_WORDS, passphraseLength } from '../services/passphrase-rules';
import type { StrengthResult } from '../services/passphrase-strength';

export type StrengthState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly result: StrengthResult | null };

/** The strength of the passphrase typed so far, in a bar and in words. `id` describes the field. */
export function StrengthMeter(props: { readonly id: string; readonly passphrase: string; readonly strength: StrengthState }) {
  const { strength, passphrase } = props;
  const length = passphraseLength(passphrase);
  const result = strength.kind === 'ready' ? strength.result : null;
  const score = passphrase === '' || result === null ? 0 : result.score;
  return (
    <div className="strength">
      <meter className="strength-bar" min={0} max={4} low={2} high={3} optimum={4} value={score} aria-hidden="true" />
      <div id={props.id} className="strength-text">
        {strength.kind === 'loading' ? <p>Loading the strength checker…</p> : null}
        {strength.kind === 'failed' ? <p>The strength checker could not load. Check your connection and reload the page.</p> : null}
        {strength.kind === 'ready' && passphrase !== '' && result !== null ? (
          <p>
            Strength: <strong>{STRENGTH_WORDS[result.score]}</strong>.{' '}
            {length < MIN_PASSPHRASE_LENGTH ? `${length} of at least ${MIN_PASSPHRASE_LENGTH} characters.` : null}
          </p>
        ) : null}
        {result !== null && passphrase !== '' && result.warning !== null ? <p>{result.warning}</p> : null}
        {result !== null && passphrase !== '' && result.suggestions.length > 0 ? (
          <ul className="strength-suggestions">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion}>{suggestion}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
