// The label of every intake field, in the page language: used by the fields themselves and by
// the error summary, so both always say the same thing.
import type { IntakeT } from './choice-labels';
import type { TipDraft, TipField } from '../../logic/tip-draft';

type SingleField = Exclude<keyof TipDraft, 'listingUrls' | 'contactHandles'>;

export function fieldLabels(t: IntakeT): Readonly<Record<SingleField, string>> {
  return {
    title: t('fields.title.label'),
    description: t('fields.description.label'),
    platform: t('fields.platform.label'),
    platformOther: t('fields.platformOther.label'),
    listingId: t('fields.listingId.label'),
    sellerHandle: t('fields.sellerHandle.label'),
    sellerProfileUrl: t('fields.sellerProfileUrl.label'),
    codeWords: t('fields.codeWords.label'),
    speciesClaimed: t('fields.speciesClaimed.label'),
    speciesBelieved: t('fields.speciesBelieved.label'),
    productTypes: t('fields.productTypes.label'),
    productOther: t('fields.productOther.label'),
    quantity: t('fields.quantity.label'),
    priceAmount: t('fields.priceAmount.label'),
    priceCurrency: t('fields.priceCurrency.label'),
    sellerCountry: t('fields.sellerCountry.label'),
    sellerCity: t('fields.sellerCity.label'),
    goodsCountry: t('fields.goodsCountry.label'),
    goodsCity: t('fields.goodsCity.label'),
    seenOn: t('fields.seenOn.label'),
    howKnown: t('fields.howKnown.label'),
    howKnownOther: t('fields.howKnownOther.label'),
    acceptsQuestions: t('fields.acceptsQuestions.label'),
    rewardInterest: t('fields.rewardInterest.label'),
  };
}

/** Rows: the first has the field's own label, the others a numbered one. */
export function listingUrlLabel(t: IntakeT, number: number): string {
  return number === 1 ? t('fields.listingUrls.label') : t('fields.listingUrls.rowLabel', { number });
}

export function contactHandleLabel(t: IntakeT, number: number): string {
  return number === 1 ? t('fields.contactHandles.label') : t('fields.contactHandles.rowLabel', { number });
}

export function labelOf(t: IntakeT, field: TipField): string {
  const row = /^(listingUrls|contactHandles)-(\d+)$/.exec(field);
  if (row !== null) {
    const number = Number(row[2]) + 1;
    return row[1] === 'listingUrls' ? listingUrlLabel(t, number) : contactHandleLabel(t, number);
  }
  return fieldLabels(t)[field as SingleField];
}
