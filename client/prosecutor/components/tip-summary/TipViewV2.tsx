// A tip from the wildlife intake (version 2): the summary card, what the whistleblower saw in
// their own words, then every answer they gave, grouped.
import { useTranslation } from 'react-i18next';
import type { TipContentV2 } from '../../../../api/intake';
import { speciesLanguage } from '../../../whistleblower/components/intake/species-options';
import { FactList } from './FactList';
import { SummaryCard } from './SummaryCard';
import { tipFacts } from './tip-facts';

export function TipViewV2({ tip, evidence }: { readonly tip: TipContentV2; readonly evidence: string }) {
  const { t, i18n } = useTranslation('intake');
  const facts = tipFacts(tip, { t, language: i18n.language, speciesLanguage: speciesLanguage(i18n.language) });
  return (
    <>
      {tip.title === undefined ? null : <p className="tip-title">{tip.title}</p>}
      <SummaryCard summary={facts.summary} evidence={evidence} />
      <section className="tip-section" aria-labelledby="tip-description-heading">
        <h3 id="tip-description-heading">{t('view.labels.description')}</h3>
        <p className="message-text">{tip.description}</p>
      </section>
      {facts.sections.map((section) => (
        <FactList key={section.id} section={section} />
      ))}
    </>
  );
}
