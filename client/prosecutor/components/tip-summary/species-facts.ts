// A species answer of a tip as the prosecutor reads it: a listed taxon with its scientific name
// and CITES appendix from the hand-written list (client/shared/species), the whistleblower's own
// words, or "not known". A taxon id the list no longer has (an old tip) is shown as itself.
import type { SpeciesAnswer } from '../../../../api/intake';
import { getTaxon, type CitesAppendix, type SpeciesLanguage } from '../../../shared/species/index';

export type SpeciesFacts =
  | {
      readonly kind: 'taxon';
      readonly name: string;
      readonly scientificName: string;
      readonly cites: CitesAppendix | null;
      readonly note: string | null;
    }
  | { readonly kind: 'unlisted-id'; readonly id: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unknown' };

export function speciesFacts(answer: SpeciesAnswer, language: SpeciesLanguage): SpeciesFacts {
  if (answer.taxonId !== undefined) {
    const taxon = getTaxon(answer.taxonId);
    if (taxon === undefined) return { kind: 'unlisted-id', id: answer.taxonId };
    return { kind: 'taxon', name: taxon.names[language][0], scientificName: taxon.scientificName, cites: taxon.cites, note: taxon.note ?? null };
  }
  if (answer.text !== undefined && answer.text !== '') return { kind: 'text', text: answer.text };
  return { kind: 'unknown' };
}
