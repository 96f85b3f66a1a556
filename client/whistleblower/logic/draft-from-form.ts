// The report form as a browser without JavaScript posts it (application/x-www-form-urlencoded,
// field names = the form's element ids, logic/tip-draft.ts fieldId) read back into a draft, so the
// server checks and encrypts it with the very code the browser app uses. Pure; anything
// unexpected (an unknown platform, a stray field) is dropped, never trusted.
import { HOW_KNOWN, INTAKE_LIMITS, PLATFORMS, PRODUCT_TYPES, type HowKnown, type Platform, type ProductType } from '../../../api/intake';
import { TAXA } from '../../shared/species/index';
import { EMPTY_TIP, fieldId, type SpeciesDraft, type TipDraft, type YesNo } from './tip-draft';
import { speciesLanguage } from '../components/intake/species-options';

/** Posted fields: every value of every name, in order. */
export type FormFields = Readonly<Record<string, readonly string[]>>;

function one(fields: FormFields, name: string): string {
  return fields[name]?.[0] ?? '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Rows `<base>-0`, `<base>-1`, ... in order, the empty ones left out (at least one row stays). */
function rows(fields: FormFields, base: string, max: number): string[] {
  const found: string[] = [];
  for (let index = 0; index < max; index++) {
    const value = fields[`${base}-${String(index)}`]?.[0];
    if (value !== undefined && value.trim() !== '') found.push(value);
  }
  return found.length === 0 ? [''] : found;
}

function yesNo(value: string): YesNo {
  return value === 'yes' || value === 'no' ? value : '';
}

/**
 * The species box: the name of a listed taxon in the page language (what the browser suggested)
 * becomes that taxon, "I don't know" becomes unknown, anything else is the person's own words.
 */
export function speciesFromText(text: string, pageLanguage: string, unknownLabel: string): SpeciesDraft {
  const trimmed = text.trim();
  if (trimmed === '') return { text: '', pick: null };
  if (trimmed === unknownLabel) return { text: trimmed, pick: { kind: 'unknown' } };
  const language = speciesLanguage(pageLanguage);
  const lower = trimmed.toLocaleLowerCase();
  const taxon = TAXA.find((candidate) => candidate.names[language].some((name) => name.toLocaleLowerCase() === lower));
  return taxon === undefined ? { text, pick: null } : { text: trimmed, pick: { kind: 'taxon', id: taxon.id } };
}

/** The draft a posted report form holds (checkTip then says what is wrong with it, as in the app). */
export function draftFromForm(fields: FormFields, pageLanguage: string, unknownSpeciesLabel: string): TipDraft {
  const text = (field: Parameters<typeof fieldId>[0]): string => one(fields, fieldId(field));
  const products = new Set(fields[fieldId('productTypes')] ?? []);
  // Without JavaScript the "other" boxes are always on the page: words typed in one mean "Other".
  const other = (field: 'platformOther' | 'productOther' | 'howKnownOther'): boolean => text(field).trim() !== '';
  if (other('productOther')) products.add('other');
  const platform = oneOf<Platform>(PLATFORMS, text('platform'));
  const howKnown = oneOf<HowKnown>(HOW_KNOWN, text('howKnown'));
  return {
    ...EMPTY_TIP,
    title: text('title'),
    description: text('description'),
    platform: platform === '' && other('platformOther') ? 'other' : platform,
    platformOther: text('platformOther'),
    listingUrls: rows(fields, 'tip-listingUrls', INTAKE_LIMITS.listingUrls),
    listingId: text('listingId'),
    sellerHandle: text('sellerHandle'),
    sellerProfileUrl: text('sellerProfileUrl'),
    contactHandles: rows(fields, 'tip-contactHandles', INTAKE_LIMITS.contactHandles),
    codeWords: text('codeWords'),
    speciesClaimed: speciesFromText(text('speciesClaimed'), pageLanguage, unknownSpeciesLabel),
    speciesBelieved: speciesFromText(text('speciesBelieved'), pageLanguage, unknownSpeciesLabel),
    productTypes: PRODUCT_TYPES.filter((value): value is ProductType => products.has(value)),
    productOther: text('productOther'),
    quantity: text('quantity'),
    priceAmount: text('priceAmount'),
    priceCurrency: text('priceCurrency'),
    sellerCountry: text('sellerCountry'),
    sellerCity: text('sellerCity'),
    goodsCountry: text('goodsCountry'),
    goodsCity: text('goodsCity'),
    seenOn: text('seenOn'),
    howKnown: howKnown === '' && other('howKnownOther') ? 'other' : howKnown,
    howKnownOther: text('howKnownOther'),
    acceptsQuestions: yesNo(text('acceptsQuestions')),
    rewardInterest: yesNo(text('rewardInterest')),
  };
}
