// The report form without JavaScript (client/whistleblower/logic/draft-from-form.ts): the
// questionnaire rendered as the server renders it (inside NoJsProvider), its controls collected as
// a browser submits them, read back into the very draft it showed. Every field of TipDraft is
// filled, so a field whose control is unnamed, misnamed or not read back breaks the round trip.
// Then the reading rules one by one, and what the questionnaire looks like without JavaScript.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { NoJsProvider, type NoJsSetting } from '../../../../client/shared/no-js/no-js';
import { TAXA } from '../../../../client/shared/species/index';
import { IntakeFields } from '../../../../client/whistleblower/components/intake/IntakeFields';
import { NO_JS_ROWS } from '../../../../client/whistleblower/components/intake/RowsField';
import { draftFromForm, speciesFromText, type FormFields } from '../../../../client/whistleblower/logic/draft-from-form';
import { EMPTY_TIP, applyPatch, checkTip, type TipDraft } from '../../../../client/whistleblower/logic/tip-draft';
import { englishI18n, withI18n } from '../intake/i18n';
import { attributesOf, submittedControls } from './form-controls';

/** The attributes of every <input> in the markup. */
function inputs(html: string): Map<string, string>[] {
  return [...html.matchAll(/<input\b([^>]*)>/g)].map((match) => attributesOf(match[1] ?? ''));
}

/** The ids of the inputs named as they are identified (what a row, an "other" box posts as). */
function namedInputIds(html: string): string[] {
  return inputs(html).flatMap((input) => (input.get('name') !== undefined && input.get('name') === input.get('id') ? [input.get('id') ?? ''] : []));
}

let i18next: i18n;
let unknownLabel: string;
beforeAll(async () => {
  i18next = await englishI18n();
  unknownLabel = i18next.t('intake:species.unknown');
});

const SETTING: NoJsSetting = { forms: {}, links: { start: '/nojs/', report: '/nojs/report', return: '/nojs/return' } };

function taxonByEnglishName(name: string): { readonly id: string; readonly name: string } {
  const taxon = TAXA.find((candidate) => candidate.names.en.includes(name));
  if (taxon === undefined) throw new Error(`no taxon named ${name}`);
  return { id: taxon.id, name };
}

const SUNDA = taxonByEnglishName('Sunda pangolin');

function renderNoJs(draft: TipDraft): string {
  return renderToStaticMarkup(
    withI18n(i18next, createElement(NoJsProvider, { setting: SETTING, children: createElement(IntakeFields, { draft, errors: {}, disabled: false, onChange: () => undefined }) })),
  );
}

function renderJs(draft: TipDraft): string {
  return renderToStaticMarkup(withI18n(i18next, createElement(IntakeFields, { draft, errors: {}, disabled: false, onChange: () => undefined })));
}

// Every field of TipDraft filled in (text with characters HTML must escape, and non-Latin text).
const FULL: TipDraft = {
  title: 'Ivory & "horn" <bangles> at the market',
  description: "Two bangles and a carved horn offered openly; the seller said it's 'old stock'. 象牙",
  platform: 'other',
  platformOther: 'A local buy & sell board',
  listingUrls: ['https://example.org/listing/1?a=1&b=2', 'https://example.org/listing/2'],
  listingId: 'LST-4471',
  sellerHandle: '@ivory_trader',
  sellerProfileUrl: 'https://example.org/u/ivory_trader',
  contactHandles: ['+254 700 000 000', 'telegram: @trader2'],
  codeWords: 'white gold, plastic',
  speciesClaimed: { text: SUNDA.name, pick: { kind: 'taxon', id: SUNDA.id } },
  speciesBelieved: { text: 'some kind of river turtle', pick: null },
  productTypes: ['ivory', 'horn', 'other'],
  productOther: 'carved figurines',
  quantity: 'about 12 pieces',
  priceAmount: '1500',
  priceCurrency: 'KES',
  sellerCountry: 'KE',
  sellerCity: 'Mombasa',
  goodsCountry: 'TZ',
  goodsCity: 'Dar es Salaam',
  seenOn: '2025-03-14',
  howKnown: 'other',
  howKnownOther: 'A friend showed me the post',
  acceptsQuestions: 'yes',
  rewardInterest: 'no',
};

describe('the questionnaire without JavaScript, posted and read back', () => {
  it('the full draft really fills every field and is a tip that can be sent', () => {
    for (const [field, value] of Object.entries(FULL)) expect(JSON.stringify(value), field).not.toBe(JSON.stringify(EMPTY_TIP[field as keyof TipDraft]));
    expect(Object.keys(FULL).sort()).toEqual(Object.keys(EMPTY_TIP).sort());
    expect(checkTip(FULL, 'en')).toEqual({});
  });

  it('gives back exactly the draft it showed: every field is named and read', () => {
    const posted = submittedControls(renderNoJs(FULL));
    expect(draftFromForm(posted, 'en', unknownLabel)).toEqual(FULL);
  });

  it('posts only names the reader knows (no stray control) and every value once', () => {
    const posted = submittedControls(renderNoJs(FULL));
    for (const [name, values] of Object.entries(posted)) {
      expect(name, name).toMatch(/^tip-/);
      if (name !== 'tip-productTypes') expect(values, name).toHaveLength(1);
    }
    expect(posted['tip-productTypes']).toEqual(['ivory', 'horn', 'other']);
    expect(posted['tip-speciesClaimed']).toEqual([SUNDA.name]);
  });

  it('reads back "I don\'t know" and an empty form as they were', () => {
    const unknown = applyPatch(EMPTY_TIP, { speciesClaimed: { text: unknownLabel, pick: { kind: 'unknown' } }, description: 'Seen.' });
    expect(draftFromForm(submittedControls(renderNoJs(unknown)), 'en', unknownLabel)).toEqual(unknown);
    expect(draftFromForm(submittedControls(renderNoJs(EMPTY_TIP)), 'en', unknownLabel)).toEqual(EMPTY_TIP);
  });

  it('fails when a field is missing from the post (the round trip can catch a lost field)', () => {
    const posted = submittedControls(renderNoJs(FULL));
    const { ['tip-goodsCity']: _dropped, ...rest } = posted;
    expect(draftFromForm(rest, 'en', unknownLabel)).not.toEqual(FULL);
  });
});

describe('speciesFromText', () => {
  it('turns a listed name in the page language into that taxon, whatever its case and spaces', () => {
    expect(speciesFromText('Sunda pangolin', 'en', unknownLabel)).toEqual({ text: 'Sunda pangolin', pick: { kind: 'taxon', id: SUNDA.id } });
    expect(speciesFromText('  sUNDA PANGOLIN ', 'en', unknownLabel)).toEqual({ text: 'sUNDA PANGOLIN', pick: { kind: 'taxon', id: SUNDA.id } });
    // Any of the taxon's names in that language, not only the first (the one the list shows).
    expect(speciesFromText('Malayan pangolin', 'en', unknownLabel).pick).toEqual({ kind: 'taxon', id: SUNDA.id });
  });

  it('matches names in the page language only', () => {
    const taxon = TAXA.find((candidate) => candidate.id === SUNDA.id);
    const french = taxon?.names.fr[0] ?? '';
    expect(french).not.toBe('');
    expect(speciesFromText(french, 'fr', unknownLabel).pick).toEqual({ kind: 'taxon', id: SUNDA.id });
    expect(speciesFromText(french, 'en', unknownLabel)).toEqual({ text: french, pick: null });
  });

  it('turns the "I don\'t know" label into unknown', () => {
    expect(speciesFromText(unknownLabel, 'en', unknownLabel)).toEqual({ text: unknownLabel, pick: { kind: 'unknown' } });
    expect(speciesFromText(` ${unknownLabel} `, 'en', unknownLabel).pick).toEqual({ kind: 'unknown' });
  });

  it("keeps anything else as the person's own words, and nothing as empty", () => {
    expect(speciesFromText('a big grey parrot', 'en', unknownLabel)).toEqual({ text: 'a big grey parrot', pick: null });
    expect(speciesFromText('Sunda pangolin scales', 'en', unknownLabel).pick).toBeNull();
    expect(speciesFromText('', 'en', unknownLabel)).toEqual({ text: '', pick: null });
    expect(speciesFromText('   ', 'en', unknownLabel)).toEqual({ text: '', pick: null });
  });
});

describe('draftFromForm', () => {
  const read = (fields: FormFields): TipDraft => draftFromForm(fields, 'en', unknownLabel);

  it('takes words in an "other" box as choosing Other, without the choice being made', () => {
    const draft = read({
      'tip-description': ['x'],
      'tip-platformOther': ['a forum'],
      'tip-productTypes': ['ivory'],
      'tip-productOther': ['beads'],
      'tip-howKnownOther': ['overheard'],
    });
    expect(draft.platform).toBe('other');
    expect(draft.platformOther).toBe('a forum');
    expect(draft.productTypes).toEqual(['ivory', 'other']);
    expect(draft.productOther).toBe('beads');
    expect(draft.howKnown).toBe('other');
    expect(draft.howKnownOther).toBe('overheard');
  });

  it('keeps a real choice over an "other" box, and ignores blank "other" boxes', () => {
    const draft = read({ 'tip-platform': ['telegram'], 'tip-platformOther': ['a forum'], 'tip-howKnown': ['buyer'], 'tip-howKnownOther': ['  '], 'tip-productOther': [' '] });
    expect(draft.platform).toBe('telegram');
    expect(draft.howKnown).toBe('buyer');
    expect(draft.productTypes).toEqual([]);
  });

  it('drops values that are not on the lists', () => {
    const draft = read({
      'tip-platform': ['myspace'],
      'tip-howKnown': ['psychic'],
      'tip-productTypes': ['ivory', 'plutonium', 'ivory'],
      'tip-acceptsQuestions': ['maybe'],
      'tip-rewardInterest': ['YES'],
      'tip-stray': ['anything'],
    });
    expect(draft.platform).toBe('');
    expect(draft.howKnown).toBe('');
    expect(draft.productTypes).toEqual(['ivory']);
    expect(draft.acceptsQuestions).toBe('');
    expect(draft.rewardInterest).toBe('');
    expect(Object.keys(draft).sort()).toEqual(Object.keys(EMPTY_TIP).sort());
  });

  it('compacts rows, leaving the blank ones out (at least one row stays)', () => {
    const draft = read({ 'tip-listingUrls-0': [''], 'tip-listingUrls-1': ['https://a.example/'], 'tip-listingUrls-2': ['  '], 'tip-listingUrls-3': ['https://b.example/'] });
    expect(draft.listingUrls).toEqual(['https://a.example/', 'https://b.example/']);
    expect(read({ 'tip-contactHandles-0': [' '], 'tip-contactHandles-1': [''] }).contactHandles).toEqual(['']);
    expect(read({}).contactHandles).toEqual(['']);
  });

  it('ignores rows past the limit', () => {
    const fields: Record<string, string[]> = {};
    for (let index = 0; index < INTAKE_LIMITS.listingUrls + 5; index++) fields[`tip-listingUrls-${String(index)}`] = [`https://e.example/${String(index)}`];
    const urls = read(fields).listingUrls;
    expect(urls).toHaveLength(INTAKE_LIMITS.listingUrls);
    expect(urls.at(-1)).toBe(`https://e.example/${String(INTAKE_LIMITS.listingUrls - 1)}`);
  });

  it('takes the first value of a repeated single field', () => {
    expect(read({ 'tip-title': ['first', 'second'] }).title).toBe('first');
  });
});

describe('the questionnaire rendered without JavaScript', () => {
  it('offers three rows for links and contacts, and no Add or Remove button', () => {
    const html = renderNoJs(EMPTY_TIP);
    const named = namedInputIds(html);
    for (const base of ['tip-listingUrls', 'tip-contactHandles']) {
      expect(named.filter((id) => id.startsWith(`${base}-`)), base).toEqual([0, 1, 2].map((row) => `${base}-${String(row)}`));
    }
    expect(NO_JS_ROWS).toBe(3);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('row-add');
    expect(html).not.toContain('row-remove');
  });

  it('keeps more filled rows than three, and still no buttons', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const html = renderNoJs(applyPatch(EMPTY_TIP, { listingUrls: five }));
    expect(namedInputIds(html).filter((id) => id.startsWith('tip-listingUrls-'))).toHaveLength(5);
    expect(html).not.toContain('<button');
  });

  it('has the "other" boxes whatever is chosen', () => {
    const named = namedInputIds(renderNoJs(EMPTY_TIP));
    for (const id of ['tip-platformOther', 'tip-productOther', 'tip-howKnownOther']) expect(named, id).toContain(id);
    // With JavaScript they come only with "Other" chosen.
    const js = namedInputIds(renderJs(EMPTY_TIP));
    for (const id of ['tip-platformOther', 'tip-productOther', 'tip-howKnownOther']) expect(js, id).not.toContain(id);
    expect(namedInputIds(renderJs(applyPatch(EMPTY_TIP, { platform: 'other' })))).toContain('tip-platformOther');
  });

  it('asks the species in a plain text box with a list of names (no combobox)', () => {
    const html = renderNoJs(FULL);
    expect(html).not.toContain('role="combobox"');
    expect(html).not.toContain('role="listbox"');
    for (const id of ['tip-speciesClaimed', 'tip-speciesBelieved']) {
      const input = inputs(html).find((attributes) => attributes.get('id') === id);
      expect(input?.get('name'), id).toBe(id);
      expect(input?.get('type'), id).toBe('text');
      expect(input?.get('list'), id).toBe(`${id}-names`);
      expect(input?.has('role'), id).toBe(false);
      const list = new RegExp(`<datalist id="${id}-names">([\\s\\S]*?)</datalist>`).exec(html)?.[1] ?? '';
      expect(list).toContain(`<option value="${unknownLabel.replace(/'/g, '&#x27;')}">`);
      expect(list).toContain(`<option value="${SUNDA.name}">`);
      expect([...list.matchAll(/<option /g)]).toHaveLength(TAXA.length + 1);
    }
    // The browser app's picker is a combobox: the difference is the provider's.
    expect(renderJs(FULL)).toContain('role="combobox"');
  });
});
