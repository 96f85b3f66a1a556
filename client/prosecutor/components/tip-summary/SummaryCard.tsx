// The tip at a glance: what, where, who, when and evidence, always in that order, each saying
// plainly when the whistleblower did not say.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TipSummaryLines } from './tip-facts';

export function SummaryCard({ summary, evidence }: { readonly summary: TipSummaryLines; readonly evidence: string }) {
  const { t } = useTranslation('intake');
  const rows: [string, string | null][] = [
    [t('view.summary.what'), summary.what],
    [t('view.summary.where'), summary.where],
    [t('view.summary.who'), summary.who],
    [t('view.summary.when'), summary.when],
    [t('view.summary.evidence'), evidence],
  ];
  return (
    <section className="tip-summary" aria-labelledby="tip-summary-heading">
      <h3 id="tip-summary-heading">{t('view.summary.heading')}</h3>
      <dl className="tip-fields">
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd className={value === null ? 'small' : undefined}>{value ?? t('view.notSaid')}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
