// What the species picker offers for what the person typed: matching taxa from the hand-written
// list (in the page language, found by a name in any language), then always "I don't know".
// Pure; the typed text itself is kept as free text whenever nothing is picked.
import { SPECIES_LANGUAGES, getTaxon, searchTaxa, type CitesAppendix, type SpeciesLanguage } from '../../../shared/species/index';
import type { SpeciesDraft, SpeciesPick } from '../../logic/tip-draft';

export const MAX_SUGGESTIONS = 8;

export type SpeciesOption =
  | {
      readonly kind: 'taxon';
      readonly id: string;
      /** Common name in the page language. */
      readonly name: string;
      readonly scientificName: string;
      readonly cites: CitesAppendix | null;
      /** What the typing matched, when it is not the name shown (another language, a product). */
      readonly matched: string | null;
    }
  | { readonly kind: 'unknown' };

export const UNKNOWN_OPTION: SpeciesOption = Object.freeze({ kind: 'unknown' });

/** The species list's language for a page language (English when it has none). */
export function speciesLanguage(language: string): SpeciesLanguage {
  // Defensive: a page whose i18n has not started yet has no language at all.
  const base = (typeof language === 'string' ? language : '').toLowerCase().split('-')[0] ?? '';
  return (SPECIES_LANGUAGES as readonly string[]).includes(base) ? (base as SpeciesLanguage) : 'en';
}

export function speciesOptions(query: string, language: SpeciesLanguage, limit: number = MAX_SUGGESTIONS): SpeciesOption[] {
  const taxa = searchTaxa(query, language, limit).map(
    (match): SpeciesOption => ({
      kind: 'taxon',
      id: match.taxon.id,
      name: match.name,
      scientificName: match.taxon.scientificName,
      cites: match.taxon.cites,
      matched: match.matchedKind === 'scientific' || match.matched === match.name ? null : match.matched,
    }),
  );
  return [...taxa, UNKNOWN_OPTION];
}

export function pickOf(option: SpeciesOption): SpeciesPick {
  return option.kind === 'taxon' ? { kind: 'taxon', id: option.id } : { kind: 'unknown' };
}

/**
 * What the text box shows: a picked taxon's name in the page language (so it follows a change of
 * language), `unknownLabel` for "I don't know", else the person's own words.
 */
export function shownText(draft: SpeciesDraft, language: SpeciesLanguage, unknownLabel: string): string {
  if (draft.pick === null) return draft.text;
  if (draft.pick.kind === 'unknown') return unknownLabel;
  const taxon = getTaxon(draft.pick.id);
  return taxon === undefined ? draft.text : taxon.names[language][0];
}

/** Typing drops any pick: the words are the person's own again. */
export function typed(text: string): SpeciesDraft {
  return { text, pick: null };
}

export function picked(option: SpeciesOption, language: SpeciesLanguage, unknownLabel: string): SpeciesDraft {
  const pick = pickOf(option);
  return { pick, text: shownText({ text: '', pick }, language, unknownLabel) };
}
