// A species answer in the tip: common name, scientific name and CITES appendix from the species
// list, or the whistleblower's own words, or "not known".
import { useTranslation } from 'react-i18next';
import type { SpeciesFacts } from './species-facts';

export function SpeciesValue({ facts }: { readonly facts: SpeciesFacts }) {
  const { t } = useTranslation('intake');
  switch (facts.kind) {
    case 'taxon':
      return (
        <>
          {facts.name} (
          <i lang="la" className="scientific-name">
            {facts.scientificName}
          </i>
          ), <strong>{facts.cites === null ? t('view.notInCites') : t('view.citesAppendix', { appendix: facts.cites })}</strong>
          {facts.note === null ? null : <span className="small species-note"> {facts.note}</span>}
        </>
      );
    case 'unlisted-id':
      return <>{t('view.unlistedTaxon', { id: facts.id })}</>;
    case 'text':
      return <>{t('view.ownWords', { text: facts.text })}</>;
    case 'unknown':
      return <>{t('view.speciesUnknown')}</>;
  }
}
