// An intake tip (version 2) as the prosecutor reads it: a short summary (what, where, who, when)
// and every answer under a labelled heading, in the prosecutor's language. Pure: the card and
// "Copy as text" are both drawn from this, so they never disagree.
import type { TFunction } from 'i18next';
import type { Place, TipContentV2 } from '../../../../api/intake';
import type { SpeciesLanguage } from '../../../shared/species/index';
// The intake's fixed choices are worded once, for the form and for both apps' views of a tip.
import { howKnownLabels, platformLabels, productTypeLabels } from '../../../whistleblower/components/intake/choice-labels';
import { dayText } from '../../../whistleblower/components/intake/day-text';
import { nameOf } from '../../../whistleblower/components/intake/region-names';
import { speciesFacts, type SpeciesFacts } from './species-facts';

export type IntakeT = TFunction<'intake'>;

export type FactValue =
  | { readonly kind: 'text'; readonly text: string }
  /** A link from the tip: shown as text, never fetched, opened only after a warning. */
  | { readonly kind: 'link'; readonly url: string }
  | { readonly kind: 'species'; readonly facts: SpeciesFacts };

export interface Fact {
  readonly label: string;
  readonly values: readonly FactValue[];
}

export interface FactSection {
  readonly id: string;
  readonly heading: string;
  readonly facts: readonly Fact[];
}

export interface TipSummaryLines {
  readonly what: string | null;
  readonly where: string | null;
  readonly who: string | null;
  readonly when: string | null;
}

export interface TipFacts {
  readonly summary: TipSummaryLines;
  readonly sections: readonly FactSection[];
}

export interface FactContext {
  readonly t: IntakeT;
  /** The prosecutor's page language. */
  readonly language: string;
  readonly speciesLanguage: SpeciesLanguage;
}

/** "Vietnam, Hanoi" from a place's country code and town. */
function placeText(place: Place | undefined, language: string): string | null {
  if (place === undefined) return null;
  const parts = [place.country === undefined ? null : nameOf(place.country, language, 'region'), place.city ?? null];
  const text = parts.filter((part) => part !== null && part !== '').join(', ');
  return text === '' ? null : text;
}

export function speciesText(facts: SpeciesFacts, t: IntakeT): string {
  switch (facts.kind) {
    case 'taxon': {
      const cites = facts.cites === null ? t('view.notInCites') : t('view.citesAppendix', { appendix: facts.cites });
      return `${facts.name} (${facts.scientificName}), ${cites}`;
    }
    case 'unlisted-id':
      return t('view.unlistedTaxon', { id: facts.id });
    case 'text':
      return t('view.ownWords', { text: facts.text });
    case 'unknown':
      return t('view.speciesUnknown');
  }
}

function priceText(tip: TipContentV2, language: string): string | null {
  if (tip.price === undefined) return null;
  const { amount, currency } = tip.price;
  if (currency === undefined) return amount;
  const name = nameOf(currency, language, 'currency');
  return name === currency ? `${amount} ${currency}` : `${amount} ${currency} (${name})`;
}

function platformText(tip: TipContentV2, t: IntakeT): string | null {
  if (tip.platform === undefined) return null;
  const name = platformLabels(t)[tip.platform];
  return tip.platform === 'other' && tip.platformOther !== undefined ? `${name}: ${tip.platformOther}` : name;
}

function yesNo(value: boolean | undefined, t: IntakeT): string | null {
  if (value === undefined) return null;
  return value ? t('view.yes') : t('view.no');
}

function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const text = (value: string | null | undefined): FactValue[] => (value === null || value === undefined || value === '' ? [] : [{ kind: 'text', text: value }]);
const joined = (parts: readonly (string | null | undefined)[], separator = '; '): string | null => {
  const kept = parts.filter((part): part is string => part !== null && part !== undefined && part !== '');
  return kept.length === 0 ? null : kept.join(separator);
};

/** Facts with no values are left out: a tip shows only what was answered. */
function section(id: string, heading: string, facts: readonly Fact[]): FactSection | null {
  const answered = facts.filter((fact) => fact.values.length > 0);
  return answered.length === 0 ? null : { id, heading, facts: answered };
}

export function tipFacts(tip: TipContentV2, context: FactContext): TipFacts {
  const { t, language, speciesLanguage } = context;
  const products = tip.productTypes === undefined ? null : joined(tip.productTypes.map((p) => productTypeLabels(t)[p]), ', ');
  const claimed = tip.speciesClaimed === undefined ? null : speciesFacts(tip.speciesClaimed, speciesLanguage);
  const believed = tip.speciesBelieved === undefined ? null : speciesFacts(tip.speciesBelieved, speciesLanguage);
  const price = priceText(tip, language);
  const platform = platformText(tip, t);
  const sellerPlace = placeText(tip.sellerPlace, language);
  const goodsPlace = placeText(tip.goodsPlace, language);
  const seenOn = tip.seenOn === undefined ? null : dayText(tip.seenOn, language);
  const howKnown =
    tip.howKnown === undefined ? null : tip.howKnown === 'other' && tip.howKnownOther !== undefined ? `${howKnownLabels(t).other}: ${tip.howKnownOther}` : howKnownLabels(t)[tip.howKnown];

  const summary: TipSummaryLines = {
    what: joined([
      products,
      claimed === null ? null : t('view.summary.claimed', { species: speciesText(claimed, t) }),
      believed === null ? null : t('view.summary.believed', { species: speciesText(believed, t) }),
      tip.quantity,
      price,
    ]),
    where: joined([
      platform,
      sellerPlace === null ? null : t('view.summary.sellerIn', { place: sellerPlace }),
      goodsPlace === null ? null : t('view.summary.goodsIn', { place: goodsPlace }),
    ]),
    who: joined([
      tip.sellerHandle,
      tip.contactHandles === undefined ? null : t('view.summary.contacts', { count: tip.contactHandles.length }),
    ]),
    when: seenOn === null ? null : t('view.summary.seenOn', { day: seenOn }),
  };

  const sections = [
    section('offer', t('view.sections.offer'), [
      { label: t('view.labels.speciesClaimed'), values: claimed === null ? [] : [{ kind: 'species', facts: claimed }] },
      { label: t('view.labels.speciesBelieved'), values: believed === null ? [] : [{ kind: 'species', facts: believed }] },
      { label: t('view.labels.productTypes'), values: text(products) },
      { label: t('view.labels.productOther'), values: text(tip.productOther) },
      { label: t('view.labels.quantity'), values: text(tip.quantity) },
      { label: t('view.labels.price'), values: text(price) },
      { label: t('view.labels.codeWords'), values: text(tip.codeWords) },
    ]),
    section('online', t('view.sections.online'), [
      { label: t('view.labels.platform'), values: text(platform) },
      { label: t('view.labels.listingUrls'), values: (tip.listingUrls ?? []).map((url) => ({ kind: 'link', url })) },
      { label: t('view.labels.listingId'), values: text(tip.listingId) },
    ]),
    section('seller', t('view.sections.seller'), [
      { label: t('view.labels.sellerHandle'), values: text(tip.sellerHandle) },
      { label: t('view.labels.sellerProfileUrl'), values: tip.sellerProfileUrl === undefined ? [] : [{ kind: 'link', url: tip.sellerProfileUrl }] },
      { label: t('view.labels.contactHandles'), values: (tip.contactHandles ?? []).flatMap((handle) => text(handle)) },
    ]),
    section('places', t('view.sections.places'), [
      { label: t('view.labels.sellerPlace'), values: text(sellerPlace) },
      { label: t('view.labels.goodsPlace'), values: text(goodsPlace) },
      { label: t('view.labels.seenOn'), values: text(seenOn) },
    ]),
    section('source', t('view.sections.source'), [
      { label: t('view.labels.howKnown'), values: text(howKnown) },
      { label: t('view.labels.acceptsQuestions'), values: text(yesNo(tip.acceptsQuestions, t)) },
      { label: t('view.labels.rewardInterest'), values: text(yesNo(tip.rewardInterest, t)) },
      { label: t('view.labels.language'), values: text(tip.language === undefined ? null : languageName(tip.language, language)) },
    ]),
  ].filter((s): s is FactSection => s !== null);

  return { summary, sections };
}
