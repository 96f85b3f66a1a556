// The prosecutor's tip card in real Chromium: links from the tip are text, never links; "Open…"
// asks first in a modal dialog whose safe choice has the focus; only "Open anyway" is a link, to a
// new tab with no referrer and no opener; "Copy as text" and "Copy link" fall back to selected
// text where the clipboard is refused; axe-core finds no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type HarnessPage } from './harness-page';

let harness: HarnessPage;
let page: Page;

beforeAll(async () => {
  harness = await openHarness(new URL('./tip-card-harness.tsx', import.meta.url), ['base.css', 'prosecutor.css']);
  page = harness.page;
  await page.goto(harness.url);
  await page.getByRole('heading', { name: 'The tip' }).waitFor();
});

afterAll(async () => {
  await harness?.close();
});

const focusedText = (p: Page): Promise<string> => p.evaluate(() => document.activeElement?.textContent ?? '');

describe('links from a tip', () => {
  it('are text only: the page has no link at all', async () => {
    expect(await page.getByRole('link').count()).toBe(0);
    await page.getByText('https://market.example.invalid/item/9876', { exact: true }).waitFor();
  });

  it('open only after a warning, with Cancel focused, and Escape or Cancel leaves nothing opened', async () => {
    await page.getByRole('button', { name: 'Open…' }).first().press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Open this link?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('can tip off the seller');
    expect(await focusedText(page)).toBe('Cancel');
    const link = dialog.getByRole('link', { name: 'Open anyway' });
    expect(await link.getAttribute('href')).toBe('https://market.example.invalid/item/9876');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(await link.getAttribute('referrerpolicy')).toBe('no-referrer');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('link').count()).toBe(0);

    await page.getByRole('button', { name: 'Open…' }).first().press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('link').count()).toBe(0);
  });

  it('are never offered for opening when they are not web addresses', async () => {
    expect(await page.getByRole('button', { name: 'Open…' }).count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(4);
  });

  it('opening anyway opens a new tab that cannot reach back to this page', async () => {
    await page.route('https://market.example.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>listing</p>' }));
    await page.getByRole('button', { name: 'Open…' }).first().press('Enter');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Open anyway' }).click()]);
    await popup.waitForLoadState();
    expect(await popup.evaluate(() => [window.opener === null, document.referrer])).toEqual([true, '']);
    await popup.close();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('copying', () => {
  it('copies a link, or selects it when the clipboard is refused', async () => {
    await page.getByRole('button', { name: 'Copy link' }).first().click();
    const status = page.getByRole('status').filter({ hasText: /Link copied\.|The link is selected/ }).first();
    await status.waitFor();
    if ((await status.innerText()).startsWith('The link is selected')) {
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('https://market.example.invalid/item/9876');
    }
  });

  it('copies the whole tip as text, or shows it selected to copy by hand', async () => {
    await page.getByRole('button', { name: 'Copy as text' }).click();
    const copied = page.getByText('Copied: the whole tip is on the clipboard as plain text.');
    const byHand = page.getByLabel('This browser did not allow copying', { exact: false });
    await copied.or(byHand).first().waitFor();
    if (await byHand.isVisible()) {
      const text = await byHand.inputValue();
      expect(text).toContain('Tip: Ivory bangles and a live grey parrot');
      expect(text).toContain('  - javascript:alert(1)');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tip-as-text');
    }
  });
});

describe('the card', () => {
  it('has no serious or critical axe-core violations, with the dialog open too', async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const serious = async (): Promise<string[]> =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Open…' }).first().press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await serious()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('logged no page errors', () => {
    expect(harness.errors).toEqual([]);
  });
});
