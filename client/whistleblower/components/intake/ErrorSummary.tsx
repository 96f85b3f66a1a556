// Above the questionnaire after a failed check: what needs a change, each line a button that
// brings focus to the field (no link, so the page's address never changes). Without JavaScript,
// where a button could do nothing, each line is a link to the field instead.
import { useTranslation } from 'react-i18next';
import { useNoJs } from '../../../shared/no-js/no-js';
import { fieldId, type FieldError, type TipErrors, type TipField } from '../../logic/tip-draft';
import { errorText } from './field-errors';
import { labelOf } from './field-labels';

export function ErrorSummary({ errors }: { readonly errors: TipErrors }) {
  const { t } = useTranslation('intake');
  const noJs = useNoJs() !== null;
  const entries = Object.entries(errors) as [TipField, FieldError][];
  if (entries.length === 0) return null;
  return (
    <div className="problem error-summary" role="alert" aria-labelledby="intake-error-summary">
      <p id="intake-error-summary">{t('errors.summary', { count: entries.length })}</p>
      <ul>
        {entries.map(([field, error]) => (
          <li key={field}>
            {noJs ? (
              <a href={`#${fieldId(field)}`}>
                {labelOf(t, field)}: {errorText(t, field, error)}
              </a>
            ) : (
              <button type="button" className="link-button" onClick={() => document.getElementById(fieldId(field))?.focus()}>
                {labelOf(t, field)}: {errorText(t, field, error)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
