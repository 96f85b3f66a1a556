// Keyboard only (issue 5): a whistleblower, with Tab, Shift+Tab, Enter, Space, the arrow keys and
// typing (no click, fill or check; locators only read state), chooses the agency, answers every
// group of the questionnaire (several links, platform, listing number, seller and their page,
// other contacts, code words, species by the combobox's arrows and Enter, what they believe it
// is, what is offered, how many, price and currency, countries and towns, the date, how they
// know, questions, reward), sends it, writes down the case code, comes back with it and sees the
// case. Every Tab stop must show a visible focus indicator. Then the prosecutor (with ordinary
// browser actions) opens the case and finds the typed answers on the tip card.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseCaseCode, ready } from '../../crypto/index';
import { launchChromium } from '../helpers/chromium';
import { buildClient, openDatabaseIn, startInstance, tempDir, type Instance } from './helpers/instance';
import { Keyboard } from './helpers/keyboard';
import { certifyAgency, createAgency, initRoot, invite } from './helpers/operator';
import * as prosecutorPages from './helpers/prosecutor-pages';

const SLOW = { timeout: 120_000 };
const AGENCY = 'Great Lakes Wildlife Prosecutors';
const ADMIN = { username: 'grace.admin', displayName: 'Grace Achieng', passphrase: 'copper willow drifting anchor 52 sage' };
const PROSECUTOR = { username: 'peter.pros', displayName: 'Peter Okello', passphrase: 'marble heron patient lantern 38 dune' };

const TIP = {
  title: 'Pangolin scales in a Telegram channel',
  description: 'A channel posts photos of pangolin scales in sacks every week and asks buyers to write privately.',
  listingUrls: ['https://t.example.invalid/scales/1021', 'https://t.example.invalid/scales/1044', 'https://shop.example.invalid/item/88'],
  listingId: 'LST-55-9012',
  sellerHandle: '@greengold_trader',
  sellerProfileUrl: 'https://t.example.invalid/greengold_trader',
  contactHandles: ['+256 700 000 111', 'wechat: gg_trader_88'],
  codeWords: 'green gold, fish scales',
  quantity: '3 sacks, about 40 kg',
  price: '450',
  sellerCity: 'Kampala',
  goodsCity: 'Mombasa',
};

let dir: { path: string; remove(): Promise<void> };
let instance: Instance;
let browser: Browser;
let prosecutorPage: Page;
let page: Page;
let keys: Keyboard;
let caseCode = '';
const contexts: BrowserContext[] = [];
const browserErrors: string[] = [];
let speciesChosen = '';
let believedChosen = '';

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  contexts.push(context);
  const created = await context.newPage();
  created.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  return created;
}

beforeAll(async () => {
  await ready();
  dir = await tempDir('thicket-keyboard-');
  const root = await initRoot(dir.path);
  await buildClient(join(dir.path, 'client'), root.publicKey);
  const database = await openDatabaseIn(dir.path);
  instance = await startInstance({ dataDir: dir.path, database, rootPublicKey: root.publicKey, clientDir: join(dir.path, 'client') });
  browser = await launchChromium();
  const adminPage = await newPage();
  prosecutorPage = await newPage();
  const agencyId = await createAgency(instance.database.db, { name: AGENCY, countries: ['UG', 'KE'], languages: ['en', 'sw'] });
  const adminInvite = await invite(instance.database.db, { agencyId, role: 'admin', baseUrl: instance.url });
  const adminFingerprint = await prosecutorPages.enroll(adminPage, { inviteLink: adminInvite, ...ADMIN });
  await certifyAgency(instance.database.db, { agencyId, rootKeyFile: root.file, fingerprint: adminFingerprint, rootPublicKey: root.publicKey });
  const prosecutorInvite = await invite(instance.database.db, { agencyId, role: 'prosecutor', baseUrl: instance.url });
  const prosecutorFingerprint = await prosecutorPages.enroll(prosecutorPage, { inviteLink: prosecutorInvite, ...PROSECUTOR });
  await prosecutorPages.signIn(adminPage, instance.url, ADMIN.username, ADMIN.passphrase);
  await prosecutorPages.approve(adminPage, PROSECUTOR.username, PROSECUTOR.displayName, prosecutorFingerprint);
  await prosecutorPages.signIn(prosecutorPage, instance.url, PROSECUTOR.username, PROSECUTOR.passphrase);
  page = await newPage();
  keys = new Keyboard(page);
}, 600_000);

afterAll(async () => {
  if (browserErrors.length > 0) console.log(`browser errors:\n${browserErrors.join('\n')}`);
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await instance?.close();
  await dir?.remove();
});

const value = (selector: string): Promise<string> => page.locator(selector).inputValue();
const checked = (selector: string): Promise<boolean> => page.locator(selector).isChecked();

describe('a whistleblower using only the keyboard', () => {
  it('goes from the landing page to the report form, choosing the agency', async () => {
    await page.goto(`${instance.url}/?lang=en`);
    await page.getByRole('button', { name: 'Make a report' }).waitFor(SLOW);
    await keys.tabTo({ text: 'Make a report' });
    await keys.press('Enter');
    await page.getByLabel(AGENCY).waitFor(SLOW);
    await keys.tabTo('input[type="checkbox"][id^="agency-"]');
    await keys.press('Space');
    expect(await page.getByLabel(AGENCY).isChecked()).toBe(true);
    await keys.tabTo({ text: 'Continue' });
    await keys.press('Enter');
    await page.locator('#tip-description').waitFor(SLOW);
  });

  it('answers every group of the questionnaire', async () => {
    // What happened
    await keys.fill('#tip-title', TIP.title);
    await keys.fill('#tip-description', TIP.description);

    // Where it was offered: the platform by type-ahead, three links (two added with "Add another link"), the listing number
    await keys.chooseInSelect('#tip-platform', 'telegram', 'Telegram');
    await keys.fill('#tip-listingUrls-0', TIP.listingUrls[0] ?? '');
    for (const [index, url] of TIP.listingUrls.slice(1).entries()) {
      await keys.tabTo({ text: 'Add another link' });
      await keys.press('Enter');
      // Focus follows to the new row.
      expect(await keys.isFocused(`#tip-listingUrls-${index + 1}`)).toBe(true);
      await keys.type(url);
    }
    await keys.fill('#tip-listingId', TIP.listingId);

    // Who is selling
    await keys.fill('#tip-sellerHandle', TIP.sellerHandle);
    await keys.fill('#tip-sellerProfileUrl', TIP.sellerProfileUrl);
    await keys.fill('#tip-contactHandles-0', TIP.contactHandles[0] ?? '');
    await keys.tabTo({ text: 'Add another contact' });
    await keys.press('Enter');
    expect(await keys.isFocused('#tip-contactHandles-1')).toBe(true);
    await keys.type(TIP.contactHandles[1] ?? '');
    await keys.fill('#tip-codeWords', TIP.codeWords);

    // What animal or plant: the species by the combobox (type, Down, Enter), what they believe it is
    await keys.fill('#tip-speciesClaimed', 'pango');
    expect(await page.locator('#tip-speciesClaimed').getAttribute('aria-expanded')).toBe('true');
    await keys.press('ArrowDown');
    const active = await page.locator('#tip-speciesClaimed').getAttribute('aria-activedescendant');
    expect(active).not.toBeNull();
    expect(await page.locator(`[id="${active ?? ''}"]`).innerText()).toMatch(/^Pangolin, Manidae/);
    await keys.press('Enter');
    speciesChosen = await value('#tip-speciesClaimed');
    expect(speciesChosen).toBe('Pangolin');
    expect(await page.locator('#tip-speciesClaimed').getAttribute('aria-expanded')).toBe('false');

    await keys.fill('#tip-speciesBelieved', 'ivory');
    await keys.press('ArrowDown');
    await keys.press('ArrowDown');
    await keys.press('ArrowUp');
    await keys.press('Enter');
    believedChosen = await value('#tip-speciesBelieved');
    expect(believedChosen).toMatch(/elephant/i);

    await keys.tabTo('#tip-productTypes-scales');
    await keys.press('Space');
    await keys.tabTo('#tip-productTypes-other');
    await keys.press('Space');
    await keys.fill('#tip-productOther', 'claws');
    expect(await checked('#tip-productTypes-scales')).toBe(true);
    await keys.fill('#tip-quantity', TIP.quantity);
    await keys.fill('#tip-priceAmount', TIP.price);
    await keys.chooseInSelect('#tip-priceCurrency', 'USD', 'US');

    // Where and when
    await keys.chooseInSelect('#tip-sellerCountry', 'UG', 'Uganda');
    await keys.fill('#tip-sellerCity', TIP.sellerCity);
    await keys.chooseInSelect('#tip-goodsCountry', 'KE', 'Kenya');
    await keys.fill('#tip-goodsCity', TIP.goodsCity);
    await keys.tabTo('#tip-seenOn');
    // en-US date field: month, day, year.
    await keys.type('03142025');
    expect(await value('#tip-seenOn')).toBe('2025-03-14');

    // About you: radio groups by arrow keys
    await keys.tabTo('input[name="tip-howKnown"]');
    await keys.pressUntil('ArrowDown', () => checked('#tip-howKnown-buyer'), 10);
    await keys.tabTo('input[name="tip-acceptsQuestions"]');
    await keys.pressUntil('ArrowDown', () => checked('#tip-acceptsQuestions-yes'), 10);
    await keys.tabTo('input[name="tip-rewardInterest"]');
    await keys.pressUntil('ArrowDown', () => checked('#tip-rewardInterest-no'), 10);

    // Shift+Tab goes back through the form: back to the currency, which kept its value.
    await keys.tabTo('#tip-priceCurrency', { back: true });
    expect(await value('#tip-priceCurrency')).toBe('USD');
    expect(await value('#tip-listingUrls-2')).toBe(TIP.listingUrls[2]);
  });

  it('sends the tip and writes down the case code', async () => {
    await keys.tabTo({ text: 'Encrypt and send' });
    await keys.press('Enter');
    const code = page.getByLabel('Your case code');
    await code.waitFor(SLOW);
    caseCode = (await code.innerText()).replace(/\d+[.)]?/g, ' ').replace(/\s+/g, ' ').trim();
    expect(() => parseCaseCode(caseCode)).not.toThrow();
    await keys.tabTo('#code-written');
    await keys.press('Space');
    expect(await checked('#code-written')).toBe(true);
    await keys.tabTo({ text: 'Continue' });
    await keys.press('Enter');
    await page.getByRole('button', { name: 'Open my case' }).waitFor(SLOW);
  });

  it('comes back with the case code and sees the case', async () => {
    await page.goto(`${instance.url}/?lang=en`);
    await page.getByRole('button', { name: 'I have a case code' }).waitFor(SLOW);
    await keys.tabTo({ text: 'I have a case code' });
    await keys.press('Enter');
    await page.locator('#case-code').waitFor(SLOW);
    await keys.fill('#case-code', caseCode);
    await keys.tabTo({ text: 'Open my case' });
    await keys.press('Enter');
    await page.getByText(/^Status: /).waitFor(SLOW);
    await page.getByText(TIP.title).first().waitFor(SLOW);
  });

  it('saw a visible focus indicator at every Tab stop', () => {
    console.log(`keyboard-only: ${keys.stops.length} Tab stops sampled, ${keys.invisibleStops().length} without a visible focus indicator`);
    expect(keys.stops.length).toBeGreaterThan(40);
    expect(keys.invisibleStops()).toEqual([]);
  });
});

describe('the prosecutor', () => {
  it('finds the typed answers on the tip card', async () => {
    await prosecutorPages.openCase(prosecutorPage, instance.url, TIP.title);
    for (const text of [...TIP.listingUrls, TIP.listingId, TIP.sellerHandle, TIP.sellerProfileUrl, ...TIP.contactHandles, TIP.codeWords, TIP.quantity]) {
      await prosecutorPage.getByText(text, { exact: false }).first().waitFor(SLOW);
    }
    const card = await prosecutorPage.locator('main').innerText();
    expect(card).toContain('Telegram');
    expect(card).toContain(speciesChosen);
    expect(card).toMatch(/450/);
    expect(card).toContain('USD');
    expect(card).toContain(TIP.sellerCity);
    expect(card).toContain(TIP.goodsCity);
    expect(card).toMatch(/Uganda/);
    expect(card).toMatch(/Kenya/);
    expect(card).toMatch(/Manidae/);
    // Links are shown as text, never as links.
    expect(await prosecutorPage.getByRole('link', { name: TIP.listingUrls[0] ?? '' }).count()).toBe(0);
  });

  it('logged no page errors', () => {
    expect(browserErrors).toEqual([]);
  });
});
