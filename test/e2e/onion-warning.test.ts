// The not-onion warning in real Chromium, on the real built client served by the real app. The
// page decides from the host name in its own address bar, so the test reaches the same server
// (on 127.0.0.1) under other names, mapped by Chromium's own resolver (--host-resolver-rules):
// a clearnet name must get the warning on every screen, a .onion name and 127.0.0.1 must not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../crypto/prosecutor-keys';
import { launchChromium } from '../helpers/chromium';
import { auditScreen, summaryTable, type AuditLanguage } from './helpers/axe-audit';
import { buildClient, openDatabaseIn, startInstance, tempDir, type Instance } from './helpers/instance';

const CLEARNET = 'tips.thicket-clearnet.test';
// A real v3 address (made by tor in a private test network).
const ONION = 'ucip3xlwn6xhi4tl4dwqazvdxwdcz75uwhv4frr3543hs6ftbka5bhad.onion';
const WARNING = 'You are not using this site’s onion address.';
const ADVICE = 'For your safety, open Thicket in Tor Browser using the address you were given (it ends in .onion).';

let dir: { path: string; remove(): Promise<void> };
let instance: Instance;
let mapped: Browser;
let plain: Browser;
let port: string;

beforeAll(async () => {
  await readySumo();
  dir = await tempDir('thicket-e2e-onion-warning-');
  const rootPublicKey = toBase64Url(generateProsecutorKeys().signing.publicKey);
  await buildClient(join(dir.path, 'client'), rootPublicKey);
  const database = await openDatabaseIn(dir.path);
  instance = await startInstance({ dataDir: dir.path, database, rootPublicKey, clientDir: join(dir.path, 'client') });
  port = new URL(instance.url).port;
  // The usual test browser, plus the two names mapped to loopback. Nothing else resolves: any
  // other name fails rather than reaching out.
  mapped = await launchChromium({ extraArgs: [`--host-resolver-rules=MAP ${CLEARNET} 127.0.0.1, MAP ${ONION} 127.0.0.1, MAP * ~NOTFOUND`] });
  plain = await launchChromium();
});

afterAll(async () => {
  await Promise.all([mapped?.close(), plain?.close()]);
  await instance?.close();
  await dir?.remove();
});

async function open(browser: Browser, host: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://${host}:${port}/`);
  // The landing page has rendered (and with it the warning, if any).
  await page.getByRole('button', { name: 'Make a report' }).waitFor();
  expect(await page.evaluate(() => window.location.hostname)).toBe(host);
  return page;
}

const warning = (page: Page) => page.getByRole('status').filter({ hasText: WARNING });

describe('the page opened at a name that is not an onion address', () => {
  it('warns, says what to do, links nowhere, on the landing page and after it', async () => {
    const page = await open(mapped, CLEARNET);
    await expect(warning(page).isVisible()).resolves.toBe(true);
    await expect(warning(page).textContent()).resolves.toContain(ADVICE);
    expect(await warning(page).locator('a, [href]').count()).toBe(0);
    await page.getByRole('button', { name: 'Make a report' }).click();
    // The report flow has replaced the landing page.
    await page.getByRole('button', { name: 'Make a report' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(warning(page).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('also warns in French', async () => {
    const context = await mapped.newContext();
    const page = await context.newPage();
    await page.goto(`http://${CLEARNET}:${port}/?lang=fr`);
    await page.getByRole('status').filter({ hasText: 'Vous n’utilisez pas l’adresse onion de ce site.' }).waitFor();
    await context.close();
  });
});

/** The warning's first line in `language`, from the app's own locale file. */
function warningTitle(language: AuditLanguage): string {
  const common: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../../client/locales/${language}/common.json`, import.meta.url)), 'utf8'));
  const onion = typeof common === 'object' && common !== null ? (common as Record<string, unknown>).onion : undefined;
  const title = typeof onion === 'object' && onion !== null ? (onion as Record<string, unknown>).title : undefined;
  if (typeof title !== 'string') throw new Error(`no onion.title in ${language}/common.json`);
  return title;
}

describe('the warning and accessibility', () => {
  it('passes axe-core (no serious or critical violation) with the warning shown, in English and in Arabic', async () => {
    const page = await open(mapped, CLEARNET);
    const results = await auditScreen(page, 'whistleblower: landing, not-onion warning', {
      // The warning is on screen, in the page's language, when axe runs.
      prepare: async (shown, language) => {
        await shown.getByRole('status').filter({ hasText: warningTitle(language) }).waitFor();
      },
    });
    console.log(summaryTable(results));
    expect(results.map((result) => result.language)).toEqual(['en', 'ar']);
    for (const result of results) {
      expect(result.counts, `${result.language}: ${result.note}`).not.toBeNull();
      expect(result.blocking, result.language).toEqual([]);
      expect(result.dir, result.language).toBe(result.language === 'ar' ? 'rtl' : 'ltr');
    }
    await page.context().close();
  });
});

describe('the page opened at an onion address or on this machine', () => {
  it('does not warn on a .onion name', async () => {
    const page = await open(mapped, ONION);
    expect(await warning(page).count()).toBe(0);
    await page.context().close();
  });

  it('does not warn on 127.0.0.1, where the other browser tests run', async () => {
    const page = await open(plain, '127.0.0.1');
    expect(await warning(page).count()).toBe(0);
    await page.context().close();
  });
});
