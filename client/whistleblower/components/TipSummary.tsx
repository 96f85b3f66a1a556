// The report as sent, on the whistleblower's case page: every answer under the question it
// answered, whichever version of the form sent it. Links are plain text: nothing here is clickable.
import { useTranslation } from 'react-i18next';
import type { TipContent } from '../../../api/index';
import { dayText } from './intake/day-text';
import { fieldLabels, listingUrlLabel } from './intake/field-labels';
import { sentTipRows, type SentRow } from './intake/sent-tip-rows';

export function TipSummary({ tip, createdOn }: { readonly tip: TipContent; readonly createdOn: string }) {
  const { t, i18n } = useTranslation('intake');
  const labels = fieldLabels(t);
  const rows: SentRow[] =
    tip.version === 2
      ? sentTipRows(tip, t, i18n.language)
      : [
          { label: labels.platform, value: tip.platform ?? '' },
          { label: listingUrlLabel(t, 1), value: tip.listingUrl ?? '' },
          { label: labels.speciesClaimed, value: tip.species ?? '' },
          { label: labels.sellerCountry, value: tip.country ?? '' },
        ].filter((row) => row.value !== '');
  return (
    <section className="card" aria-labelledby="tip-heading">
      <h2 id="tip-heading">{t('sent.heading')}</h2>
      <p className="meta">{t('sent.sentOn', { day: dayText(createdOn, i18n.language) })}</p>
      {tip.title === undefined ? null : <h3 className="tip-title">{tip.title}</h3>}
      <p className="message-text">{tip.description}</p>
      <dl className="tip-details">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd className="verbatim">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
