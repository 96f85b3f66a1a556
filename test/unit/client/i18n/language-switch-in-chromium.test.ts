// The language picker in the real apps, built by Vite as they ship, in Chromium: switching
// changes the words without a reload and without losing what was typed; Arabic turns the page
// right to left and mirrors the layout; the choice lives only in the page's own URL (no
// storage, no cookie, nothing sent anywhere but this origin), and a reload keeps it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../helpers/chromium';
import { serveDirectory, type StaticServer } from '../../../helpers/static-server';
import { PROJECT_DIR, readLocale } from './locale-files';

/** Any well-formed root key: the landing page then offers reporting (nothing here is verified). */
const ROOT_KEY = 'A'.repeat(43);

let outDir: string;
let server: StaticServer;
let browser: Browser;

function text(language: string, namespace: string, key: string): string {
  const value = readLocale(language).get(namespace)?.get(key);
  if (value === undefined) throw new Error(`${language}/${namespace}: no ${key}`);
  return value;
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'thicket-i18n-'));
  const previous = process.env.ROOT_PUBLIC_KEY;
  process.env.ROOT_PUBLIC_KEY = ROOT_KEY;
  try {
    await build({ configFile: join(PROJECT_DIR, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.ROOT_PUBLIC_KEY;
    else process.env.ROOT_PUBLIC_KEY = previous;
  }
  server = await serveDirectory(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh page that records every request it makes. */
async function openPage(path: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}${path}`);
  return { page, requests };
}

async function leavesNoTrace(page: Page): Promise<void> {
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
}

describe('the whistleblower page in Chromium', () => {
  it('switches to Arabic without a reload, keeps what was typed, and mirrors the page', async () => {
    const { page, requests } = await openPage('/');
    await page.getByRole('heading', { level: 1, name: text('en', 'whistleblower', 'landing.title') }).waitFor();
    await page.getByRole('button', { name: 'I have a case code' }).click();
    const code = page.locator('#case-code');
    await expect(page.getByLabel('Case code').count()).resolves.toBe(1);
    await code.fill('rocket window canal');
    const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: text('ar', 'whistleblower', 'open.title') }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(new URL(page.url()).search).toBe('?lang=ar');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
    // What was typed is still there, under the Arabic label.
    await expect(page.getByLabel(text('ar', 'whistleblower', 'open.codeLabel')).inputValue()).resolves.toBe('rocket window canal');
    await expect(page.getByLabel('Language', { exact: true }).inputValue()).resolves.toBe('ar');
    expect(await page.title()).toBe(text('ar', 'whistleblower', 'site.title'));

    // Right to left: the site name sits at the right, the picker at the left; the form follows.
    const brand = await page.locator('.site-name').boundingBox();
    const picker = await page.locator('.language-picker').boundingBox();
    expect(brand !== null && picker !== null && brand.x > picker.x).toBe(true);
    const label = await page.locator('label[for="case-code"]').boundingBox();
    const field = await code.boundingBox();
    expect(label !== null && field !== null && label.x + label.width > field.x + field.width - 2).toBe(true);

    await page.getByLabel('Language', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: text('en', 'whistleblower', 'open.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(new URL(page.url()).search).toBe('');
    await expect(code.inputValue()).resolves.toBe('rocket window canal');

    await leavesNoTrace(page);
    expect(requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
    await page.context().close();
  });

  it('starts in the language of its URL, and a reload keeps it', async () => {
    const { page } = await openPage('/?lang=fr');
    await page.getByRole('heading', { level: 1, name: text('fr', 'whistleblower', 'landing.title') }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text('fr', 'whistleblower', 'landing.title') }).waitFor();
    await expect(page.getByLabel('Language', { exact: true }).inputValue()).resolves.toBe('fr');
    await leavesNoTrace(page);
    await page.context().close();
  });

  it('offers the ten languages, each in its own name', async () => {
    const { page } = await openPage('/');
    const options = await page.getByLabel('Language', { exact: true }).locator('option').allTextContents();
    expect(options).toEqual(['English', 'Français', 'Español', '中文', 'Tiếng Việt', 'ไทย', 'Bahasa Indonesia', 'Português', 'Kiswahili', 'العربية']);
    await page.context().close();
  });
});

describe('the prosecutor page in Chromium', () => {
  it('offers English, French, Spanish and Arabic, and switches the page and its title', async () => {
    const { page } = await openPage('/prosecutor/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill('wanjiru');
    const options = await page.getByLabel('Language', { exact: true }).locator('option').allTextContents();
    expect(options).toEqual(['English', 'Français', 'Español', 'العربية']);
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: text('es', 'prosecutor', 'login.title') }).waitFor();
    await expect(page.getByLabel(text('es', 'prosecutor', 'login.username')).inputValue()).resolves.toBe('wanjiru');
    expect(await page.title()).toContain(text('es', 'prosecutor', 'login.title'));
    expect(new URL(page.url()).search).toBe('?lang=es');
    await leavesNoTrace(page);
    await page.context().close();
  });

  it('switches to Arabic: right to left, mirrored, what was typed kept, and back', async () => {
    const { page, requests } = await openPage('/prosecutor/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill('wanjiru');
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: text('ar', 'prosecutor', 'login.title') }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(new URL(page.url()).search).toBe('?lang=ar');
    expect(await page.title()).toContain(text('ar', 'prosecutor', 'app.name'));
    const username = page.getByLabel(text('ar', 'prosecutor', 'login.username'));
    await expect(username.inputValue()).resolves.toBe('wanjiru');

    // Right to left: the app name sits at the right, the picker at the left; the field's label
    // starts at the field's right edge.
    const name = await page.locator('.app-name').boundingBox();
    const picker = await page.locator('.language-picker').boundingBox();
    expect(name !== null && picker !== null && name.x > picker.x).toBe(true);
    const label = await page.getByText(text('ar', 'prosecutor', 'login.username'), { exact: true }).boundingBox();
    const field = await username.boundingBox();
    expect(label !== null && field !== null && label.x + label.width > field.x + field.width - 2).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: text('ar', 'prosecutor', 'login.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByLabel('Language', { exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(new URL(page.url()).search).toBe('');

    await leavesNoTrace(page);
    expect(requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
    await page.context().close();
  });
});
