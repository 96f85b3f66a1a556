// The report form's draft → the tip as encrypted (tip version 2), and the checks before
// encryption, which run the very schema the prosecutor's browser decodes with.
import { describe, expect, it } from 'vitest';
import { INTAKE_LIMITS, tipContentV2 } from '../../../../api/intake';
import {
  EMPTY_TIP,
  applyPatch,
  checkTip,
  clearErrors,
  fieldId,
  hasErrors,
  isBlankDraft,
  tipContent,
  type TipDraft,
} from '../../../../client/whistleblower/logic/tip-draft';

const draft = (patch: Partial<TipDraft>): TipDraft => applyPatch(EMPTY_TIP, patch);

describe('a tip with only a description', () => {
  it('is valid and carries nothing else', () => {
    const only = draft({ description: '  Tortoise shells sold at the market every Sunday.\n' });
    expect(checkTip(only)).toEqual({});
    const content = tipContent(only);
    expect(content).toEqual({ kind: 'tip', version: 2, description: 'Tortoise shells sold at the market every Sunday.' });
    expect(tipContentV2.parse(content)).toEqual(content);
  });

  it('records the page language when it is a language tag, and only then', () => {
    const only = draft({ description: 'x' });
    expect(tipContent(only, 'fr').language).toBe('fr');
    expect(tipContent(only, 'pt-BR').language).toBe('pt-BR');
    expect('language' in tipContent(only, 'not a tag')).toBe(false);
  });
});

describe('an empty draft', () => {
  it('is refused for its missing description, tied to that field', () => {
    const errors = checkTip(EMPTY_TIP);
    expect(errors).toEqual({ description: { kind: 'required' } });
    expect(hasErrors(errors)).toBe(true);
    expect(fieldId('description')).toBe('tip-description');
  });

  it('counts as blank until something is typed or chosen, and not after', () => {
    expect(isBlankDraft(EMPTY_TIP)).toBe(true);
    expect(isBlankDraft(draft({ productTypes: ['ivory'] }))).toBe(false);
    expect(isBlankDraft(draft({ listingUrls: ['', ''] }))).toBe(false);
    expect(isBlankDraft(draft({ speciesClaimed: { text: '', pick: { kind: 'unknown' } } }))).toBe(false);
  });
});

describe('optional answers', () => {
  it('are trimmed; empty ones, empty rows and blank texts are left out', () => {
    const content = tipContent(
      draft({
        description: 'd',
        title: '   ',
        listingUrls: ['', ' https://a.example/1 ', '  ', 'https://a.example/2'],
        contactHandles: ['   '],
        sellerHandle: ' @seller ',
        priceCurrency: 'USD',
        sellerCity: '  ',
        goodsCountry: 'VN',
      }),
    );
    expect(content).toEqual({
      kind: 'tip',
      version: 2,
      description: 'd',
      listingUrls: ['https://a.example/1', 'https://a.example/2'],
      sellerHandle: '@seller',
      goodsPlace: { country: 'VN' },
    });
  });

  it('keep "other" texts only when "other" is chosen', () => {
    const withoutOther = tipContent(draft({ description: 'd', platform: 'telegram', platformOther: 'x', productTypes: ['ivory'], productOther: 'y', howKnown: 'buyer', howKnownOther: 'z' }));
    expect(withoutOther).toEqual({ kind: 'tip', version: 2, description: 'd', platform: 'telegram', productTypes: ['ivory'], howKnown: 'buyer' });
    const withOther = tipContent(draft({ description: 'd', platform: 'other', platformOther: ' Forum ', productTypes: ['other'], productOther: 'y', howKnown: 'other', howKnownOther: 'z' }));
    expect(withOther).toMatchObject({ platform: 'other', platformOther: 'Forum', productTypes: ['other'], productOther: 'y', howKnown: 'other', howKnownOther: 'z' });
  });

  it('record a species as a taxon id, "unknown" or the words typed', () => {
    const content = tipContent(
      draft({
        description: 'd',
        speciesClaimed: { text: 'Sunda pangolin', pick: { kind: 'taxon', id: 'sunda-pangolin' } },
        speciesBelieved: { text: ' 穿山甲 ', pick: null },
      }),
    );
    expect(content.speciesClaimed).toEqual({ taxonId: 'sunda-pangolin' });
    expect(content.speciesBelieved).toEqual({ text: '穿山甲' });
    expect(tipContent(draft({ description: 'd', speciesClaimed: { text: "I don't know", pick: { kind: 'unknown' } } })).speciesClaimed).toEqual({ unknown: true });
    expect('speciesClaimed' in tipContent(draft({ description: 'd', speciesClaimed: { text: '  ', pick: null } }))).toBe(false);
  });

  it('record yes, no, or nothing', () => {
    expect(tipContent(draft({ description: 'd', acceptsQuestions: 'yes', rewardInterest: 'no' }))).toMatchObject({ acceptsQuestions: true, rewardInterest: false });
    const unanswered = tipContent(draft({ description: 'd' }));
    expect('acceptsQuestions' in unanswered || 'rewardInterest' in unanswered).toBe(false);
  });

  it('record the price with its currency, and drop a currency without an amount', () => {
    expect(tipContent(draft({ description: 'd', priceAmount: ' 1 200 ', priceCurrency: 'THB' })).price).toEqual({ amount: '1 200', currency: 'THB' });
    expect(tipContent(draft({ description: 'd', priceAmount: '30' })).price).toEqual({ amount: '30' });
    expect('price' in tipContent(draft({ description: 'd', priceCurrency: 'THB' }))).toBe(false);
  });

  it('fill every field of the schema and pass it', () => {
    const full = draft({
      title: 'Ivory',
      description: 'd',
      platform: 'other',
      platformOther: 'A forum',
      listingUrls: ['https://a.example/1'],
      listingId: '42',
      sellerHandle: '@s',
      sellerProfileUrl: 'https://a.example/u/s',
      contactHandles: ['+000 555'],
      codeWords: 'white gold',
      speciesClaimed: { text: '', pick: { kind: 'taxon', id: 'african-elephant' } },
      speciesBelieved: { text: '', pick: { kind: 'unknown' } },
      productTypes: ['ivory', 'other'],
      productOther: 'carvings',
      quantity: '3',
      priceAmount: '100',
      priceCurrency: 'USD',
      sellerCountry: 'CM',
      sellerCity: 'Douala',
      goodsCountry: 'NG',
      goodsCity: 'Lagos',
      seenOn: '2025-01-31',
      howKnown: 'other',
      howKnownOther: 'a friend',
      acceptsQuestions: 'yes',
      rewardInterest: 'no',
    });
    expect(checkTip(full, 'en')).toEqual({});
    const keys = Object.keys(tipContentV2.parse(tipContent(full, 'en'))).sort();
    expect(keys).toEqual(Object.keys(tipContentV2.shape).sort());
  });
});

describe('checks before encryption', () => {
  it('tie a too-long row to the row the person typed it in, not its place in the tip', () => {
    const long = 'x'.repeat(INTAKE_LIMITS.listingUrl + 1);
    const errors = checkTip(draft({ description: 'd', listingUrls: ['', 'ok', long] }));
    expect(errors).toEqual({ 'listingUrls-2': { kind: 'too_long', max: INTAKE_LIMITS.listingUrl } });
  });

  it('tie nested answers to their own fields, in form order', () => {
    const errors = checkTip(
      draft({
        description: '',
        goodsCity: 'c'.repeat(INTAKE_LIMITS.city + 1),
        priceAmount: '9'.repeat(INTAKE_LIMITS.priceAmount + 1),
        seenOn: '31/01/2025',
        speciesBelieved: { text: 's'.repeat(INTAKE_LIMITS.speciesText + 1), pick: null },
      }),
    );
    expect(Object.keys(errors)).toEqual(['description', 'speciesBelieved', 'priceAmount', 'goodsCity', 'seenOn']);
    expect(errors.seenOn).toEqual({ kind: 'date' });
    expect(errors.goodsCity).toEqual({ kind: 'too_long', max: INTAKE_LIMITS.city });
  });

  it('refuse more rows than the schema takes, on the first row', () => {
    const many = Array.from({ length: INTAKE_LIMITS.contactHandles + 1 }, (_, i) => `handle ${i}`);
    expect(checkTip(draft({ description: 'd', contactHandles: many }))).toEqual({ 'contactHandles-0': { kind: 'too_many', max: INTAKE_LIMITS.contactHandles } });
  });

  it('refuse a country or currency that is not a code, rather than send it', () => {
    expect(checkTip(draft({ description: 'd', sellerCountry: 'Uganda', priceAmount: '1', priceCurrency: 'dollars' }))).toEqual({
      priceCurrency: { kind: 'invalid' },
      sellerCountry: { kind: 'invalid' },
    });
  });

  it('forget the errors of the fields being changed, and only those', () => {
    const errors = checkTip(draft({ description: '', listingUrls: ['x'.repeat(INTAKE_LIMITS.listingUrl + 1)] }));
    expect(Object.keys(errors)).toEqual(['description', 'listingUrls-0']);
    expect(Object.keys(clearErrors(errors, { listingUrls: [''] }))).toEqual(['description']);
    expect(Object.keys(clearErrors(errors, { description: 'now' }))).toEqual(['listingUrls-0']);
  });
});
