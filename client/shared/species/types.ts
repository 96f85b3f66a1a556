// Types of the hand-written species list (taxa.ts). See README.md in this folder.

/** The languages of the whistleblower side (DESIGN.md, "The intake"). */
export const SPECIES_LANGUAGES = ['en', 'fr', 'es', 'zh', 'vi', 'th', 'id', 'pt', 'sw', 'ar'] as const;
export type SpeciesLanguage = (typeof SPECIES_LANGUAGES)[number];

export type TaxonRank = 'species' | 'genus' | 'family' | 'order' | 'group';

/**
 * The CITES appendix as published. 'I/II' means split-listed: some species or populations in
 * Appendix I, the others in Appendix II (the note says which). null: not listed.
 */
export type CitesAppendix = 'I' | 'II' | 'III' | 'I/II';
export const CITES_APPENDICES: readonly CitesAppendix[] = ['I', 'II', 'III', 'I/II'];

/** Broad headings for grouping the list in a picker. */
export type TaxonGroup =
  | 'pangolins'
  | 'elephants'
  | 'rhinoceroses'
  | 'cats'
  | 'primates'
  | 'bears'
  | 'other-mammals'
  | 'parrots'
  | 'songbirds'
  | 'other-birds'
  | 'tortoises-turtles'
  | 'snakes-lizards'
  | 'sharks-rays'
  | 'other-fishes'
  | 'marine-invertebrates'
  | 'orchids'
  | 'timber-plants';

/** One or more names; the first is the one shown. */
export type NameList = readonly [string, ...string[]];

export type TaxonNames = Readonly<Record<SpeciesLanguage, NameList>>;

export interface Taxon {
  /** Stable kebab-case id: stored in tips, never renamed. */
  readonly id: string;
  readonly rank: TaxonRank;
  readonly scientificName: string;
  readonly cites: CitesAppendix | null;
  readonly group: TaxonGroup;
  /** Common names in every supported language, most usual first. */
  readonly names: TaxonNames;
  /** Trade products people see in listings (ivory, scales, bile...): search hints only. */
  readonly products?: Readonly<Partial<Record<SpeciesLanguage, readonly string[]>>>;
  /** One line for investigators: what the listing covers, split listings, look-alikes. */
  readonly note?: string;
}
