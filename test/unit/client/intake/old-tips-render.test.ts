// Old tips keep rendering when the questionnaire changes: stored plaintext tips of every version
// (test/fixtures/tips) go through the prosecutor's decode path (tipContent.parse, the schema
// readThread uses) and are rendered by the prosecutor's tip view with react-dom/server.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { tipContent, type TipContent } from '../../../../api/content';
import { TipView } from '../../../../client/prosecutor/components/TipView';
import { openableUrl } from '../../../../client/prosecutor/components/tip-summary/link-target';
import { tipAsText } from '../../../../client/prosecutor/components/tip-summary/tip-as-text';
import { tipTitle } from '../../../../client/prosecutor/components/tip-summary/tip-title';
import { englishI18n, withI18n } from './i18n';

function fixture(name: string): TipContent {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../../../fixtures/tips/${name}`, import.meta.url), 'utf8'));
  return tipContent.parse(raw);
}

let i18next: i18n;
beforeAll(async () => {
  i18next = await englishI18n();
});

const render = (tip: TipContent, fileCount?: number): string => renderToStaticMarkup(withI18n(i18next, createElement(TipView, { tip, fileCount })));

/** Visible text, tags dropped and entities decoded, for plain assertions. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

describe('a version 1 tip (the first form)', () => {
  const tip = fixture('tip-v1.json');

  it('still decodes as version 1 beside the newer versions', () => {
    expect(tip.version).toBe(1);
  });

  it('renders every answer, the link as text only', () => {
    const html = render(tip);
    const text = textOf(html);
    for (const value of ['Pangolin scales in a chat group', 'A seller posts photos', 'WhatsApp', 'https://example.invalid/listing/123', 'Pangolin', 'Uganda']) {
      expect(text).toContain(value);
    }
    expect(text).toContain('Listing address (not a link: copy it into a safe browser)');
    expect(html).not.toMatch(/<a\b/);
    expect(html.match(/https:\/\/example\.invalid\/listing\/123/g)).toHaveLength(1);
    expect(text).toContain('Copy link');
    expect(text).toContain('Copy as text');
  });
});

describe('a version 2 tip (the wildlife intake)', () => {
  const tip = fixture('tip-v2-full.json');
  const html = (): string => render(tip, 2);

  it('shows the summary card: what, where, who, when, evidence', () => {
    const text = textOf(html());
    expect(text).toMatch(/Summary What Ivory, Live animals; as claimed: “mammoth ivory” \(the whistleblower's own words\); believed to be: African elephant \(Loxodonta africana\), CITES Appendix I\/II; 12 bangles, 1 parrot; 450 EUR \(Euro\)/);
    expect(text).toContain('Where Other: Local classifieds board; seller in Cameroon, Douala; goods in Nigeria');
    expect(text).toContain('Who @old_stock_trader; 2 other contacts');
    expect(text).toContain('When seen on March 14, 2025');
    expect(text).toContain('Evidence 2 files sent by the whistleblower');
  });

  it('shows the species with its scientific name and CITES appendix from the species list', () => {
    const markup = html();
    expect(markup).toContain('<i lang="la" class="scientific-name">Loxodonta africana</i>');
    expect(textOf(markup)).toContain('Appendix I except Botswana, Namibia, South Africa and Zimbabwe');
  });

  it('shows every link once, as text, never as a link, and offers opening only web addresses', () => {
    const markup = html();
    expect(markup).not.toMatch(/<a\b/);
    expect(markup).not.toMatch(/href=/);
    for (const url of tip.version === 2 ? [...(tip.listingUrls ?? []), tip.sellerProfileUrl ?? ''] : []) {
      expect(markup.split(url.replace(/&/g, '&amp;')).length - 1, url).toBe(1);
    }
    expect((markup.match(/>Copy link</g) ?? []).length).toBe(4);
    // Two http(s) links open after a warning; the bare host and javascript: are copy-only.
    expect((markup.match(/>Open…</g) ?? []).length).toBe(2);
    expect((markup.match(/Not a web address: it can only be copied\./g) ?? []).length).toBe(2);
  });

  it('shows the whistleblower\'s answers about themselves', () => {
    const text = textOf(html());
    expect(text).toContain('How they know I was in contact with the seller');
    expect(text).toContain('Accepts questions Yes');
    expect(text).toContain('Interested in a reward No');
    expect(text).toContain('Language of the form French');
  });

  it('copies as plain text with every answer and every link', () => {
    const text = tipAsText(tip, { t: i18next.getFixedT('en', 'intake'), language: 'en', speciesLanguage: 'en' }, 2);
    expect(text.startsWith('Tip: Ivory bangles and a live grey parrot\n')).toBe(true);
    expect(text).toContain('What they saw:\nThe seller offers carved bangles');
    expect(text).toContain('Listing addresses (not links: copy them into a safe browser):\n  - https://market.example.invalid/item/9876\n  - market.example.invalid/item/9877\n  - javascript:alert(1)\n');
    expect(text).toContain("Seller's page: https://market.example.invalid/u/old_stock_trader\n");
    expect(text).toContain('Species, as the whistleblower believes it is: African elephant (Loxodonta africana), CITES Appendix I/II\n');
    expect(text).toContain('Evidence: 2 files sent by the whistleblower');
    expect(text).not.toMatch(/<|&amp;/);
  });
});

describe('a version 2 tip with only a description', () => {
  const tip = fixture('tip-v2-minimal.json');

  it('renders, says plainly what was not said, and takes its title from its first words', () => {
    const text = textOf(render(tip));
    expect(text).toContain('Someone in my village sells tortoise shells');
    expect(text).toContain('What Not said Where Not said Who Not said When Not said Evidence Any files are in the messages below');
    expect(tipTitle(tip)).toBe('Someone in my village sells tortoise shells to…');
  });
});

describe('links', () => {
  it('are offered for opening only as http(s) addresses without credentials', () => {
    expect(openableUrl('https://example.invalid/a?b=1')).toBe('https://example.invalid/a?b=1');
    expect(openableUrl(' http://example.invalid ')).toBe('http://example.invalid/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'example.invalid/x', 'https://user:pw@example.invalid/', 'tg://resolve?domain=x']) {
      expect(openableUrl(bad), bad).toBeNull();
    }
  });
});
