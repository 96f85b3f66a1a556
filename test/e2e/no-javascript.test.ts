// Tor Browser "Safest" turns JavaScript off. The pages must not be blank there: the built client,
// served by the real app to Chromium with JavaScript disabled, says so in every whistleblower
// language, links each language to the pages without JavaScript (/nojs/, in that language), and
// says how to get the stronger protection ("Safer"); the prosecutor page says it needs JavaScript,
// in its languages; no serious accessibility finding.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSECUTOR_LANGUAGES, WHISTLEBLOWER_LANGUAGES } from '../../client/shared/i18n/languages';
import { toBase64Url } from '../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../crypto/prosecutor-keys';
import { launchChromium } from '../helpers/chromium';
import { buildClient, openDatabaseIn, startInstance, tempDir, type Instance } from './helpers/instance';

let dir: { path: string; remove(): Promise<void> };
let instance: Instance;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  await readySumo();
  dir = await tempDir('thicket-e2e-no-js-');
  const rootPublicKey = toBase64Url(generateProsecutorKeys().signing.publicKey);
  await buildClient(join(dir.path, 'client'), rootPublicKey);
  const database = await openDatabaseIn(dir.path);
  instance = await startInstance({ dataDir: dir.path, database, rootPublicKey, clientDir: join(dir.path, 'client') });
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await instance?.close();
  await dir?.remove();
});

/**
 * axe needs JavaScript, so it runs in a second page with JavaScript on that gets the same HTML with
 * its script removed and its <noscript> content unwrapped: the markup a browser without
 * JavaScript shows.
 */
async function seriousFindings(path: string): Promise<string[]> {
  const withScripts = await browser.newContext();
  const page: Page = await withScripts.newPage();
  await page.route(`${instance.url}${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b[^>]*>\s*<\/script>/g, '')
      .replace(/<noscript>/g, '')
      .replace(/<\/noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${instance.url}${path}`);
  expect(await page.locator('main').count()).toBe(1);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  for (const violation of results.violations) {
    process.stdout.write(`axe (no JavaScript) ${violation.impact ?? 'unknown'} ${violation.id}: ${String(violation.nodes.length)} node(s)\n`);
  }
  await withScripts.close();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('with JavaScript off (Tor Browser "Safest")', () => {
  it('the whistleblower page links, in each of its languages, to the pages without JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(`${instance.url}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'JavaScript is off' }).isVisible()).toBe(true);
    const notes = page.locator('.noscript-note');
    const languages = await notes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(languages).toEqual([...WHISTLEBLOWER_LANGUAGES]);
    for (const language of WHISTLEBLOWER_LANGUAGES) {
      const note = page.locator(`.noscript-note[lang="${language}"]`);
      expect(await note.isVisible()).toBe(true);
      expect(await note.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      // Every note names the level to choose: Tor Browser's own word for "Safer" in that language.
      expect((await note.innerText()).length).toBeGreaterThan(120);
      // One link, to the pages without JavaScript in the note's language (English has no ?lang=),
      // its text in that language too: it takes its lang from the note.
      const links = note.locator('a');
      expect(await links.count()).toBe(1);
      expect(await links.getAttribute('href')).toBe(language === 'en' ? '/nojs/' : `/nojs/?lang=${language}`);
      expect(await links.evaluate((link) => link.closest('[lang]')?.getAttribute('lang'))).toBe(language);
      expect((await links.innerText()).trim()).not.toBe('');
    }
    // Each link says where it goes in its own words: no two alike.
    const linkTexts = await page.locator('.noscript-note a').allInnerTexts();
    expect(new Set(linkTexts).size).toBe(WHISTLEBLOWER_LANGUAGES.length);
    // (Playwright's text selectors skip <noscript>: read the text itself.)
    const english = await page.locator('.noscript-note[lang="en"]').innerText();
    expect(english).toContain('Continue without JavaScript');
    expect(english).toContain('the server encrypts your report when it arrives');
    expect(english).toContain('choose “Safer” in Tor Browser’s security level');
    expect(english).toContain('then reload this page');
    expect(await seriousFindings('/')).toEqual([]);
    await page.close();
  });

  it('the prosecutor page says it needs JavaScript, in the prosecutor languages', async () => {
    const page = await context.newPage();
    await page.goto(`${instance.url}/prosecutor/`);
    const notes = page.locator('main p[lang]');
    await expect.poll(() => notes.first().isVisible()).toBe(true);
    expect(await notes.first().innerText()).toContain('The prosecutor app needs JavaScript');
    const languages = await notes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(languages).toEqual([...PROSECUTOR_LANGUAGES]);
    expect(await seriousFindings('/prosecutor/')).toEqual([]);
    await page.close();
  });
});
