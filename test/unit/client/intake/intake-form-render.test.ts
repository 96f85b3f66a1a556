// The questionnaire rendered in Node (react-dom/server), in English: every string resolves, every
// control has a label, errors are tied to their fields, and the accessible names the e2e page
// flows use stay exactly what they were, each naming one control.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { IntakeFields } from '../../../../client/whistleblower/components/intake/IntakeFields';
import { EMPTY_TIP, applyPatch, checkTip, type TipDraft, type TipErrors } from '../../../../client/whistleblower/logic/tip-draft';
import { COUNTRY_CODES } from '../../../../client/whistleblower/components/intake/countries';
import { englishI18n, withI18n } from './i18n';

let i18next: i18n;
beforeAll(async () => {
  i18next = await englishI18n();
});

function render(draft: TipDraft, errors: TipErrors = {}): string {
  return renderToStaticMarkup(withI18n(i18next, createElement(IntakeFields, { draft, errors, disabled: false, onChange: () => undefined })));
}

const decode = (text: string): string => text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** What a label-based locator can match: <label> texts and aria-label values. */
function labelTexts(html: string): string[] {
  const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) => decode((m[1] ?? '').replace(/<[^>]+>/g, '')));
  const ariaLabels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  return [...labels, ...ariaLabels];
}

// A draft with every optional part showing: "other" boxes, extra rows.
const everythingOpen = applyPatch(EMPTY_TIP, {
  platform: 'other',
  listingUrls: ['a', 'b'],
  contactHandles: ['c', 'd'],
  productTypes: ['other'],
  howKnown: 'other',
});

describe('accessible names used by the e2e page flows', () => {
  it('each name exactly one control, and no other label contains the names matched loosely', () => {
    const labels = labelTexts(render(everythingOpen));
    for (const name of ['Title', 'What did you see?', 'Platform or app', 'Link to the listing', 'Species', 'Country']) {
      expect(labels.filter((label) => label === name), name).toHaveLength(1);
    }
    // test/e2e/helpers/evidence-pages.ts finds these by substring, as Playwright's getByLabel does by default.
    for (const name of ['Title', 'What did you see?', 'Platform or app']) {
      expect(labels.filter((label) => label.toLowerCase().includes(name.toLowerCase())), name).toHaveLength(1);
    }
  });

  it('give the right control: the platform is a list, "Species" the as-claimed picker, "Country" the seller\'s', () => {
    const html = render(EMPTY_TIP);
    expect(html).toContain('<label for="tip-platform">Platform or app</label>');
    expect(html).toMatch(/<select id="tip-platform"/);
    expect(html).toContain('<label for="tip-listingUrls-0">Link to the listing</label>');
    expect(html).toContain('<label for="tip-speciesClaimed">Species</label>');
    expect(html).toMatch(/<input id="tip-speciesClaimed"[^>]*role="combobox"/);
    expect(html).toContain('<label for="tip-sellerCountry">Country</label>');
  });
});

describe('the form', () => {
  it('labels every control', () => {
    const html = render(everythingOpen);
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
  });

  it('marks only the description as required', () => {
    const html = render(EMPTY_TIP);
    expect(html.match(/aria-required="true"/g)).toHaveLength(1);
    expect(html).toMatch(/<textarea id="tip-description"[^>]*aria-required="true"/);
  });

  it('offers every ISO country, named in the page language, and readable platform names with "Other" last', () => {
    const html = render(EMPTY_TIP);
    const sellerCountry = /<select id="tip-sellerCountry"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect(sellerCountry.match(/<option /g)).toHaveLength(COUNTRY_CODES.length + 1);
    expect(sellerCountry).toContain('<option value="UG">Uganda</option>');
    const platforms = /<select id="tip-platform"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect(platforms).toContain('<option value="whatsapp">WhatsApp</option>');
    expect(platforms).toMatch(/<option value="other">Other<\/option>$/);
  });

  it('ties each error to its field and lists it in a summary that is announced', () => {
    const draft = applyPatch(EMPTY_TIP, { seenOn: 'yesterday' });
    const html = render(draft, checkTip(draft));
    expect(html).toMatch(/<div class="problem error-summary" role="alert"[^>]*><p id="intake-error-summary">2 answers need a change before sending:<\/p>/);
    expect(html).toContain('What did you see?: Describe what you saw.');
    expect(html).toContain('When did you see it?: Give the date as year, month and day');
    expect(html).toMatch(/<textarea id="tip-description"[^>]*aria-invalid="true"[^>]*aria-describedby="tip-description-hint tip-description-error"/);
    expect(html).toMatch(/<input id="tip-seenOn"[^>]*type="date"[^>]*aria-describedby="tip-seenOn-hint tip-seenOn-error" aria-invalid="true"/);
    expect(html).toContain('<p id="tip-seenOn-error" class="field-error" role="alert">');
  });

  it('renders in Arabic with names from the browser\'s own data, where no translation file exists yet', async () => {
    await i18next.changeLanguage('ar');
    try {
      const html = render(EMPTY_TIP);
      expect(html).toContain('<option value="UG">أوغندا</option>');
      expect(html).toContain('<label for="tip-title">Title</label>');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
