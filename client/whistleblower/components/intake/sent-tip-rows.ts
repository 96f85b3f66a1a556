// A sent intake tip (version 2) as the whistleblower sees it again on their case page: each
// answer under the question it answered, in the page language. Links stay plain text.
import type { SpeciesAnswer, TipContentV2 } from '../../../../api/intake';
import { describeChoice, type SpeciesChoice } from '../../../shared/species/index';
import { howKnownLabels, platformLabels, productTypeLabels, type IntakeT } from './choice-labels';
import { dayText } from './day-text';
import { contactHandleLabel, fieldLabels, listingUrlLabel } from './field-labels';
import { nameOf } from './region-names';
import { speciesLanguage } from './species-options';

export interface SentRow {
  readonly label: string;
  readonly value: string;
}

function speciesValue(answer: SpeciesAnswer | undefined, t: IntakeT, language: string): string | undefined {
  if (answer === undefined) return undefined;
  if (answer.unknown === true) return t('species.unknown');
  const choice: SpeciesChoice | null =
    answer.taxonId !== undefined ? { kind: 'taxon', id: answer.taxonId } : answer.text !== undefined ? { kind: 'free-text', text: answer.text } : null;
  return choice === null ? undefined : describeChoice(choice, speciesLanguage(language));
}

function yesNo(value: boolean | undefined, t: IntakeT): string | undefined {
  return value === undefined ? undefined : value ? t('form.yes') : t('form.no');
}

/** Every answer given, in form order; the title and description are left to the caller. */
export function sentTipRows(tip: TipContentV2, t: IntakeT, language: string): SentRow[] {
  const labels = fieldLabels(t);
  const country = (code: string | undefined): string | undefined => (code === undefined ? undefined : nameOf(code, language, 'region'));
  const rows: [string, string | undefined][] = [
    [labels.platform, tip.platform === undefined ? undefined : platformLabels(t)[tip.platform]],
    [labels.platformOther, tip.platformOther],
    ...(tip.listingUrls ?? []).map((url, index): [string, string] => [listingUrlLabel(t, index + 1), url]),
    [labels.listingId, tip.listingId],
    [labels.sellerHandle, tip.sellerHandle],
    [labels.sellerProfileUrl, tip.sellerProfileUrl],
    ...(tip.contactHandles ?? []).map((handle, index): [string, string] => [contactHandleLabel(t, index + 1), handle]),
    [labels.codeWords, tip.codeWords],
    [labels.speciesClaimed, speciesValue(tip.speciesClaimed, t, language)],
    [labels.speciesBelieved, speciesValue(tip.speciesBelieved, t, language)],
    [labels.productTypes, tip.productTypes?.map((p) => productTypeLabels(t)[p]).join(', ')],
    [labels.productOther, tip.productOther],
    [labels.quantity, tip.quantity],
    [labels.priceAmount, tip.price === undefined ? undefined : [tip.price.amount, tip.price.currency].filter((x) => x !== undefined).join(' ')],
    [labels.sellerCountry, country(tip.sellerPlace?.country)],
    [labels.sellerCity, tip.sellerPlace?.city],
    [labels.goodsCountry, country(tip.goodsPlace?.country)],
    [labels.goodsCity, tip.goodsPlace?.city],
    [labels.seenOn, tip.seenOn === undefined ? undefined : dayText(tip.seenOn, language)],
    [labels.howKnown, tip.howKnown === undefined ? undefined : howKnownLabels(t)[tip.howKnown]],
    [labels.howKnownOther, tip.howKnownOther],
    [labels.acceptsQuestions, yesNo(tip.acceptsQuestions, t)],
    [labels.rewardInterest, yesNo(tip.rewardInterest, t)],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '').map(([label, value]) => ({ label, value }));
}
