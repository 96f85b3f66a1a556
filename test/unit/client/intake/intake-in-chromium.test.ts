// The questionnaire in real Chromium, bundled by Vite and driven by keyboard only: the species
// picker follows the ARIA 1.2 combobox pattern (arrows, Enter, Escape, typed text kept), rows are
// added and removed with focus following, a tip with only a description goes through, errors are
// announced and tied to their fields, and axe-core finds no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type HarnessPage } from './harness-page';

let harness: HarnessPage;
let page: Page;

beforeAll(async () => {
  harness = await openHarness(new URL('./browser-harness.tsx', import.meta.url), ['base.css', 'whistleblower.css']);
  page = harness.page;
});

afterAll(async () => {
  await harness?.close();
});

async function fresh(): Promise<void> {
  await page.goto(harness.url);
  await page.getByLabel('What did you see?').waitFor();
}

const sent = async (): Promise<unknown> => {
  const text = await page.locator('#sent').innerText();
  return text === '' ? null : JSON.parse(text);
};

/** Tab from the current focus until `selector` has it (keyboard only), at most `limit` presses. */
async function tabTo(selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the species picker, by keyboard', () => {
  it('suggests as you type, moves with the arrows, chooses with Enter', async () => {
    await fresh();
    await page.locator('body').focus();
    await tabTo('#tip-speciesClaimed');
    const box = page.getByRole('combobox', { name: 'Species', exact: true });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('pango');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(3);
    expect(await options.first().innerText()).toMatch(/^Pangolin, Manidae, CITES Appendix I/);
    expect(await options.last().innerText()).toBe("I don't know");
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /matches in the list/ }).count()).toBe(1);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    expect(await second.getAttribute('aria-selected')).toBe('true');
    const chosen = (await second.innerText()).split(',')[0] ?? '';
    await page.keyboard.press('Enter');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe(chosen);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tip-speciesClaimed');
    // Enter chose; it did not send the form.
    expect(await sent()).toBeNull();
  });

  it('keeps typed words when nothing is picked, and Escape closes the list without changing them', async () => {
    await fresh();
    const box = page.getByRole('combobox', { name: 'What you think it really is' });
    await box.focus();
    await page.keyboard.type('big green bird');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('big green bird');
    await page.getByLabel('What did you see?').fill('Birds in crates.');
    await page.getByRole('button', { name: 'Encrypt and send' }).press('Enter');
    await expect.poll(sent).toEqual({ kind: 'tip', version: 2, language: 'en', description: 'Birds in crates.', speciesBelieved: { text: 'big green bird' } });
  });

  it('offers "I don\'t know" last, by Up from a closed list', async () => {
    await fresh();
    const box = page.getByRole('combobox', { name: 'Species', exact: true });
    await box.focus();
    await page.keyboard.type('zzzz');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toBe("I don't know");
    await page.getByLabel('What did you see?').fill('x');
    await page.keyboard.press('Tab');
    await tabTo('button.button-primary');
    await page.keyboard.press('Enter');
    await expect.poll(sent).toMatchObject({ speciesClaimed: { unknown: true } });
  });

  it('finds a taxon typed in Chinese', async () => {
    await fresh();
    const box = page.getByRole('combobox', { name: 'Species', exact: true });
    await box.focus();
    await page.keyboard.insertText('象牙');
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
    expect(await first.innerText()).toMatch(/elephant.*CITES Appendix I.*found by: 象牙/i);
  });
});

describe('the whole form, by keyboard', () => {
  it('refuses an empty tip with an announced summary tied to the field, then sends one with only a description', async () => {
    await fresh();
    await page.getByRole('button', { name: 'Encrypt and send' }).press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'One answer needs a change before sending' });
    await summary.waitFor();
    const description = page.getByLabel('What did you see?');
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    expect(await description.getAttribute('aria-describedby')).toContain('tip-description-error');
    await summary.getByRole('button').press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tip-description');
    await page.keyboard.type('Parrots sold at the bus station.');
    expect(await description.getAttribute('aria-invalid')).toBe('false');
    await page.getByRole('button', { name: 'Encrypt and send' }).press('Enter');
    await expect.poll(sent).toEqual({ kind: 'tip', version: 2, language: 'en', description: 'Parrots sold at the bus station.' });
  });

  it('adds and removes link rows with focus following, and fills every kind of control', async () => {
    await fresh();
    await page.getByLabel('What did you see?').fill('Ivory bangles.');
    await page.getByLabel('Platform or app').selectOption({ label: 'Other' });
    await page.getByLabel('Name of the other website or app').fill('A forum');
    await page.getByLabel('Link to the listing').fill('https://a.example/1');
    await page.getByRole('button', { name: 'Add another link' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('tip-listingUrls-1');
    await page.keyboard.type('https://a.example/2');
    await page.getByRole('button', { name: 'Add another link' }).press('Enter');
    await page.keyboard.type('https://a.example/3');
    await page.getByRole('button', { name: 'Remove link 2' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('tip-listingUrls-0');
    await page.getByLabel('Ivory').press('Space');
    await page.getByLabel('Something else').press('Space');
    await page.getByLabel('What else is offered?').fill('carvings');
    await page.getByLabel('Price', { exact: true }).fill('450');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Cameroon' });
    await page.getByLabel('When did you see it?').fill('2025-03-14');
    await page.getByRole('group', { name: 'May the prosecutors ask you questions?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Encrypt and send' }).press('Enter');
    await expect.poll(sent).toEqual({
      kind: 'tip',
      version: 2,
      language: 'en',
      description: 'Ivory bangles.',
      platform: 'other',
      platformOther: 'A forum',
      listingUrls: ['https://a.example/1', 'https://a.example/3'],
      productTypes: ['ivory', 'other'],
      productOther: 'carvings',
      price: { amount: '450', currency: 'EUR' },
      sellerPlace: { country: 'CM' },
      seenOn: '2025-03-14',
      acceptsQuestions: true,
    });
  });

  it('has no serious or critical axe-core violations, with the species list open and errors shown', async () => {
    await fresh();
    await page.getByRole('button', { name: 'Encrypt and send' }).press('Enter');
    await page.getByRole('alert').first().waitFor();
    await page.getByRole('combobox', { name: 'Species', exact: true }).focus();
    await page.keyboard.type('tort');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (process.env.INTAKE_SCREENSHOT) await page.screenshot({ path: process.env.INTAKE_SCREENSHOT, fullPage: true });
  });

  it('logged no page errors', () => {
    expect(harness.errors).toEqual([]);
  });
});
