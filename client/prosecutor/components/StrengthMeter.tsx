import { Trans, useTranslation } from 'react-i18next';
import { useSay } from '../../shared/i18n/use-words';
import { MIN_PASSPHRASE_LENGTH, STRENGTH_TEXTS, passphraseLength } from '../services/passphrase-rules';
import type { StrengthResult } from '../services/passphrase-strength';

const STRONG = { strong: <strong /> };

export type StrengthState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly result: StrengthResult | null };

/** The strength of the passphrase typed so far, in a bar and in words. `id` describes the field. */
export function StrengthMeter(props: { readonly id: string; readonly passphrase: string; readonly strength: StrengthState }) {
  const { t } = useTranslation('prosecutor');
  const say = useSay();
  const { strength, passphrase } = props;
  const length = passphraseLength(passphrase);
  const result = strength.kind === 'ready' ? strength.result : null;
  const score = passphrase === '' || result === null ? 0 : result.score;
  return (
    <div className="strength">
      <meter className="strength-bar" min={0} max={4} low={2} high={3} optimum={4} value={score} aria-hidden="true" />
      <div id={props.id} className="strength-text">
        {strength.kind === 'loading' ? <p>{t('strength.loading')}</p> : null}
        {strength.kind === 'failed' ? <p>{t('strength.failed')}</p> : null}
        {strength.kind === 'ready' && passphrase !== '' && result !== null ? (
          <p>
            <Trans t={t} i18nKey="strength.score" values={{ score: say(STRENGTH_TEXTS[result.score]) }} components={STRONG} />{' '}
            {length < MIN_PASSPHRASE_LENGTH ? t('strength.length', { length, min: MIN_PASSPHRASE_LENGTH }) : null}
          </p>
        ) : null}
        {result !== null && passphrase !== '' && result.warningText !== null ? <p>{say(result.warningText)}</p> : null}
        {result !== null && passphrase !== '' && result.suggestionTexts.length > 0 ? (
          <ul className="strength-suggestions">
            {result.suggestionTexts.map((suggestion, index) => (
              <li key={index}>{say(suggestion)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
