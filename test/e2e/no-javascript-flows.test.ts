// The whistleblower side without JavaScript (Tor Browser "Safest"), end to end: the pages under
// /nojs/ are made by the server from the app's own components, and the server encrypts on arrival.
// A whistleblower in Chromium with JavaScript disabled reports, writes down the code, comes back
// and answers; a prosecutor (JavaScript on) sees the case flagged "Sent without JavaScript" and
// replies; the browser app opens the same case with the same code. Then: a mistyped code and an
// incomplete form are refused with their reasons, nothing readable is at rest or in the log, the
// language picker works without a script, and axe finds nothing serious on the pages.
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadChecksumError, deriveCaseKeys, parseCaseCode, ready, toBase64Url } from '../../crypto/index';
import { buildApp, type App } from '../../server/app';
import { DEFAULT_CASE_QUOTA_BYTES, DEFAULT_MAX_FILE_BYTES } from '../../server/config';
import type { DatabaseHandle } from '../../server/db/create-database';
import { captureLog, type CapturedLog } from '../helpers/app';
import { launchChromium } from '../helpers/chromium';
import { dumpTables, foundInText, needle, searchFolder, type Needle } from './helpers/at-rest';
import { AXE_TAGS } from './helpers/axe-audit';
import { buildClient, openDatabaseIn, tempDir } from './helpers/instance';
import { certifyAgency, createAgency, initRoot, invite } from './helpers/operator';
import * as prosecutorPages from './helpers/prosecutor-pages';
import * as whistleblowerPages from './helpers/whistleblower-pages';

const SLOW = { timeout: 120_000 };
const AGENCY = 'Rift Valley Wildlife Crime Unit';
const ADMIN = { username: 'wanjiru.admin', displayName: 'Wanjiru Kamau', passphrase: 'heron copper gently lantern 52 basalt' };
const PROSECUTOR = { username: 'otieno.pros', displayName: 'Otieno Ouma', passphrase: 'acacia meteor patient violin 19 delta' };
const NOTICE = 'JavaScript is off: the server encrypts for you';

const stamp = Date.now().toString(36);
const TIP = {
  title: `Ivory bangles sold from a market stall nojs-title-canary-${stamp}`,
  description: `The seller weighs the bangles on camera every Friday. nojs-description-canary-${stamp}`,
  listingUrl: `https://example.invalid/listing/nojs-${stamp}`,
  species: `striped tree climber nojs-species-canary-${stamp}`,
  question: `How many bangles, and what price? nojs-question-canary-${stamp}`,
  answer: `Forty bangles, two hundred dollars each. nojs-answer-canary-${stamp}`,
  /** Typed into a form that is refused (no description): must never be stored or logged. */
  refusedTitle: `Refused form title nojs-refused-canary-${stamp}`,
};

interface Server {
  readonly url: string;
  readonly app: App;
  readonly log: CapturedLog;
  readonly filesDir: string;
}

let dir: { path: string; remove(): Promise<void> };
let database: DatabaseHandle;
let server: Server;
let browser: Browser;
let noJs: BrowserContext;
const staffContexts: BrowserContext[] = [];
let prosecutorPage: Page;
let agencyId = '';
/** The case code as shown on the code page: 12 words, spaces between. */
let code = '';
/** The markup the browser without JavaScript was given, per screen, for axe. */
const screens = new Map<string, string>();
const timings: string[] = [];
const started = performance.now();
const mark = (what: string): void => {
  timings.push(`${(Math.round(performance.now() - started) / 1000).toFixed(1).padStart(7)} s  ${what}`);
};

/** Like helpers/instance.ts startInstance, with the files folder inside the data folder (searched at rest). */
async function startServer(clientDir: string, rootPublicKey: string): Promise<Server> {
  const log = captureLog();
  const filesDir = join(dir.path, 'files');
  const app = buildApp(
    { logLevel: 'debug', clientDir, rootPublicKey, files: { dir: filesDir, maxFileBytes: DEFAULT_MAX_FILE_BYTES, caseQuotaBytes: DEFAULT_CASE_QUOTA_BYTES } },
    { db: database.db, dbKind: database.kind, logStream: log.stream },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${String(port)}`, app, log, filesDir };
}

async function staffPage(): Promise<Page> {
  const context = await browser.newContext();
  staffContexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  await ready();
  dir = await tempDir('thicket-e2e-nojs-flows-');
  const root = await initRoot(dir.path);
  await buildClient(join(dir.path, 'client'), root.publicKey);
  mark('client built');
  database = await openDatabaseIn(dir.path);
  server = await startServer(join(dir.path, 'client'), root.publicKey);
  browser = await launchChromium();
  noJs = await browser.newContext({ javaScriptEnabled: false });

  agencyId = await createAgency(database.db, { name: AGENCY, countries: ['KE', 'UG'], languages: ['en', 'sw'] });
  const adminPage = await staffPage();
  const adminInvite = await invite(database.db, { agencyId, role: 'admin', baseUrl: server.url });
  const adminFingerprint = await prosecutorPages.enroll(adminPage, { inviteLink: adminInvite, ...ADMIN });
  await certifyAgency(database.db, { agencyId, rootKeyFile: root.file, fingerprint: adminFingerprint, rootPublicKey: root.publicKey });
  prosecutorPage = await staffPage();
  const prosecutorInvite = await invite(database.db, { agencyId, role: 'prosecutor', baseUrl: server.url });
  const prosecutorFingerprint = await prosecutorPages.enroll(prosecutorPage, { inviteLink: prosecutorInvite, ...PROSECUTOR });
  await prosecutorPages.signIn(adminPage, server.url, ADMIN.username, ADMIN.passphrase);
  await prosecutorPages.approve(adminPage, PROSECUTOR.username, PROSECUTOR.displayName, prosecutorFingerprint);
  await prosecutorPages.signIn(prosecutorPage, server.url, PROSECUTOR.username, PROSECUTOR.passphrase);
  mark('agency set up, prosecutor signed in');
}, 600_000);

afterAll(async () => {
  console.log(`no-JavaScript flows timings (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}):\n${timings.join('\n')}`);
  for (const context of staffContexts) await context.close().catch(() => undefined);
  await noJs?.close();
  await browser?.close();
  await server?.app.close();
  await database?.close();
  await dir?.remove();
});

/** A page of the browser without JavaScript that records every script it is asked to fetch. */
async function noJsPage(): Promise<{ page: Page; scripts: string[] }> {
  const page = await noJs.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(?:$|\?)/.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  return { page, scripts };
}

/** Presses the button that submits a form and returns the response of the page it loads. */
async function submit(page: Page, button: string, method: 'GET' | 'POST', path: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === method && new URL(candidate.url()).pathname === path && candidate.request().isNavigationRequest(), SLOW),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** What the server sent holds no script: no element, no handler attribute, no javascript: link. */
async function expectNoScript(page: Page, what: string): Promise<void> {
  expect(await page.locator('script').count(), `${what}: <script> elements`).toBe(0);
  const html = await page.content();
  expect(html, `${what}: event handler attributes`).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html.toLowerCase(), `${what}: javascript: URLs`).not.toContain('javascript:');
  // The app's own style sheets (the page looks the same), and nothing else to load.
  expect(await page.locator('link[rel="stylesheet"]').count(), `${what}: style sheets`).toBeGreaterThan(0);
  expect(await page.getByRole('region', { name: NOTICE }).isVisible(), `${what}: the no-JavaScript notice`).toBe(true);
  screens.set(what, html);
}

describe('a report without JavaScript, answered by a prosecutor with JavaScript', () => {
  it('the browser context really runs no script (control)', async () => {
    const page = await noJs.newPage();
    await page.setContent('<html><head><title>before</title></head><body><script>document.title = "ran"</script></body></html>');
    expect(await page.title()).toBe('before');
    await page.close();
  });

  it('makes a report from the landing page to the "sent" page, with the code shown once', async () => {
    const { page, scripts } = await noJsPage();
    const landing = await page.goto(`${server.url}/nojs/`);
    expect(landing?.status()).toBe(200);
    await expectNoScript(page, 'landing');
    await page.getByRole('link', { name: 'Make a report' }).click();
    await page.waitForURL(`${server.url}/nojs/report`);
    await expectNoScript(page, 'agencies');

    await page.getByLabel(AGENCY).check();
    const write = await submit(page, 'Continue', 'GET', '/nojs/write');
    expect(write.status()).toBe(200);
    expect(new URL(page.url()).searchParams.getAll('agency')).toEqual([agencyId]);
    await expectNoScript(page, 'write form');

    await page.getByLabel('Title', { exact: true }).fill(TIP.title);
    await page.getByLabel('What did you see?', { exact: true }).fill(TIP.description);
    await page.getByLabel('Platform or app', { exact: true }).selectOption({ label: 'WhatsApp' });
    await page.getByLabel('Link to the listing', { exact: true }).fill(TIP.listingUrl);
    // Without JavaScript the species box is a text box with the browser's own suggestions (a datalist).
    await page.getByRole('combobox', { name: 'Species', exact: true }).fill(TIP.species);
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Uganda' });
    await page.getByRole('group', { name: 'May the prosecutors ask you questions?' }).getByLabel('Yes', { exact: true }).check();
    const sent = await submit(page, 'Encrypt and send', 'POST', '/nojs/write');
    expect(sent.status()).toBe(200);
    // The page with the code must not be kept by any cache, nor its address carry anything.
    expect(sent.headers()['cache-control']).toContain('no-store');
    expect(new URL(page.url()).search).toBe('');
    mark('tip encrypted and sent by the server');

    const words = page.getByRole('list', { name: 'Your case code' }).getByRole('listitem');
    const shown = (await words.allInnerTexts()).map((word) => word.trim());
    expect(shown).toHaveLength(12);
    code = shown.join(' ');
    expect(() => parseCaseCode(code)).not.toThrow();
    await page.getByText('This page shows your code only once.').waitFor();
    await expectNoScript(page, 'case code');

    // The box is required by the browser itself: Continue without the tick stays on this page.
    const confirm = page.getByLabel('I have written down my case code');
    expect(await confirm.getAttribute('required')).not.toBeNull();
    await confirm.check();
    const done = await submit(page, 'Continue', 'GET', '/nojs/sent');
    expect(done.status()).toBe(200);
    await page.getByRole('heading', { name: 'Thank you. Your report was sent' }).waitFor();
    // The code went nowhere with the "written down" form: it has no field but the box.
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['written']);
    await expectNoScript(page, 'sent');
    expect(scripts, 'scripts asked for by the browser without JavaScript').toEqual([]);
    await page.close();
  });

  it('shows the prosecutor the case flagged "Sent without JavaScript", decrypted in the browser', async () => {
    await prosecutorPage.goto(`${server.url}/prosecutor/#/inbox`);
    await prosecutorPage.getByRole('button', { name: 'Refresh' }).click(SLOW);
    const row = prosecutorPage.getByRole('row').filter({ has: prosecutorPage.getByRole('link', { name: TIP.title }) });
    await row.waitFor(SLOW);
    expect(await row.innerText()).toContain('Sent without JavaScript');

    await prosecutorPages.openCase(prosecutorPage, server.url, TIP.title);
    await prosecutorPage.getByText(TIP.description).waitFor(SLOW);
    await prosecutorPage.getByText(TIP.listingUrl).first().waitFor();
    await prosecutorPage.getByText(TIP.species).first().waitFor();
    await prosecutorPage.getByText('Uganda').first().waitFor();
    const note = prosecutorPage.getByText('Sent without JavaScript:');
    expect(await note.count()).toBe(1);
    expect(await note.locator('xpath=..').innerText()).toContain('the server encrypted this case');
    expect(await prosecutorPage.getByRole('alert').filter({ hasText: 'has been altered' }).count()).toBe(0);
    await prosecutorPages.reply(prosecutorPage, TIP.question);
    mark('prosecutor read the tip and replied');
  });

  it('lets the whistleblower come back with the code, read the question and answer, still without JavaScript', async () => {
    const { page, scripts } = await noJsPage();
    await page.goto(`${server.url}/nojs/`);
    await page.getByRole('link', { name: 'I have a case code' }).click();
    await page.waitForURL(`${server.url}/nojs/return`);
    await expectNoScript(page, 'enter code');
    await page.getByLabel('Case code').fill(code);
    const opened = await submit(page, 'Open my case', 'POST', '/nojs/case');
    expect(opened.status()).toBe(200);
    expect(opened.headers()['cache-control']).toContain('no-store');
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('heading', { name: 'Your case', exact: true }).waitFor();
    await page.getByText(TIP.question).waitFor();
    await page.getByText(TIP.title).first().waitFor();
    await expectNoScript(page, 'case');

    // Refresh posts the code again (a hidden field) and shows the same case.
    const refreshed = await submit(page, 'Check for new messages', 'POST', '/nojs/case');
    expect(refreshed.status()).toBe(200);
    await page.getByText(TIP.question).waitFor();

    await page.getByLabel('Your answer').fill(TIP.answer);
    const answered = await submit(page, 'Send answer', 'POST', '/nojs/case');
    expect(answered.status()).toBe(200);
    await page.getByText('Your answer was sent.').waitFor();
    await page.getByText(TIP.answer).waitFor();
    expect(await page.getByLabel('Your answer').inputValue()).toBe('');
    await expectNoScript(page, 'case after answering');
    expect(scripts).toEqual([]);
    await page.close();
    mark('whistleblower answered without JavaScript');

    await prosecutorPages.openCase(prosecutorPage, server.url, TIP.title);
    await prosecutorPage.getByText(TIP.answer).waitFor(SLOW);
    expect(await prosecutorPage.getByRole('alert').filter({ hasText: 'has been altered' }).count()).toBe(0);
  });

  it('opens the same case in the browser app (JavaScript on) with the same code, answer included', async () => {
    const page = await staffPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await whistleblowerPages.openCaseWithCode(page, server.url, code);
    await page.getByText(TIP.answer).waitFor(SLOW);
    await page.getByText(TIP.question).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
    mark('browser app opened the case');
  });
});

describe('refusals without JavaScript', () => {
  it('says which word is wrong in a mistyped code (422) and opens no case', async () => {
    const words = code.split(' ');
    const last = words[11] ?? '';
    const index = englishWords.indexOf(last);
    expect(index).toBeGreaterThanOrEqual(0);
    // The last word's lowest bit is a checksum bit: its neighbour keeps the entropy, breaks the checksum.
    const wrongWord = englishWords[index ^ 1] ?? '';
    const wrongChecksum = [...words.slice(0, 11), wrongWord].join(' ');
    expect(() => parseCaseCode(wrongChecksum)).toThrow(BadChecksumError);
    const misspelt = [...words.slice(0, 11), `${last}q`].join(' ');

    const { page } = await noJsPage();
    for (const [typed, expected] of [
      [wrongChecksum, 'These words are not a valid case code: one of the words is wrong or two are swapped.'],
      [misspelt, 'Word 12 is not a case code word.'],
    ] as const) {
      await page.goto(`${server.url}/nojs/return`);
      await page.getByLabel('Case code').fill(typed);
      const response = await submit(page, 'Open my case', 'POST', '/nojs/case');
      expect(response.status()).toBe(422);
      await page.getByText(expected).waitFor();
      expect(await page.getByLabel('Case code').inputValue()).toBe(typed);
      expect(await page.getByRole('heading', { name: 'Your case', exact: true }).count()).toBe(0);
      expect(await page.getByLabel('Your answer').count()).toBe(0);
      expect(await page.getByText(TIP.question).count()).toBe(0);
      await expectNoScript(page, typed === misspelt ? 'code misspelt' : 'code with a bad checksum');
    }
    await page.close();
  });

  it('refuses a report without a description (422), says why and keeps the title typed', async () => {
    const { page } = await noJsPage();
    await page.goto(`${server.url}/nojs/write?agency=${agencyId}`);
    const casesBefore = await database.db.selectFrom('cases').select(database.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    await page.getByLabel('Title', { exact: true }).fill(TIP.refusedTitle);
    const response = await submit(page, 'Encrypt and send', 'POST', '/nojs/write');
    expect(response.status()).toBe(422);
    await page.getByText('Describe what you saw.').first().waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TIP.refusedTitle);
    expect(await page.getByRole('list', { name: 'Your case code' }).count()).toBe(0);
    const casesAfter = await database.db.selectFrom('cases').select(database.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(String(casesAfter.n)).toBe(String(casesBefore.n));
    await expectNoScript(page, 'write form with errors');
    await page.close();
  });
});

describe('languages without JavaScript', () => {
  it('serves French and Arabic pages, and the picker changes the language with a plain form', async () => {
    const { page, scripts } = await noJsPage();
    await page.goto(`${server.url}/nojs/?lang=fr`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByRole('heading', { level: 1, name: 'Signaler le commerce d’espèces sauvages en sécurité' }).waitFor();

    await page.goto(`${server.url}/nojs/?lang=ar`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'أبلغ عن تجارة الحياة البرية بأمان' }).waitFor();
    screens.set('landing (Arabic)', await page.content());

    await page.goto(`${server.url}/nojs/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    const changed = await submit(page, 'Change', 'GET', '/nojs/');
    expect(changed.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: 'Signaler le commerce d’espèces sauvages en sécurité' }).waitFor();
    // The links keep the language.
    expect(await page.locator('a[href^="/nojs/report"]').getAttribute('href')).toBe('/nojs/report?lang=fr');
    expect(scripts).toEqual([]);
    await page.close();
  });
});

describe('after the loop', () => {
  it('keeps nothing readable at rest: no tip, answer, question or code in the tables, files or log', async () => {
    expect(code.split(' ')).toHaveLength(12);
    const { entropy } = parseCaseCode(code);
    const keys = deriveCaseKeys(entropy);
    const needles: Needle[] = [
      needle('title canary', TIP.title),
      needle('description canary', TIP.description),
      needle('listing address', TIP.listingUrl),
      needle('species canary', TIP.species),
      needle('question canary', TIP.question),
      needle('answer canary', TIP.answer),
      needle('refused form title', TIP.refusedTitle),
      needle('case code', code),
      needle('case code without spaces', code.replace(/ /g, '')),
      needle('entropy (base64url)', toBase64Url(entropy)),
      needle('entropy (hex)', Buffer.from(entropy).toString('hex')),
      needle('entropy (raw)', Buffer.from(entropy)),
      needle('case signing secret key', Buffer.from(keys.signing.secretKey)),
      needle('case box secret key', Buffer.from(keys.box.secretKey)),
      needle('case signing secret key (base64url)', toBase64Url(keys.signing.secretKey)),
    ];
    // The canaries' unique parts too, in case only part of a text was kept.
    for (const part of ['title', 'description', 'species', 'question', 'answer', 'refused']) needles.push(needle(`${part} canary tag`, `nojs-${part}-canary-${stamp}`));

    const { text, tables } = await dumpTables(database.db);
    expect(tables).toContain('case_messages');
    // The case is there, encrypted: the flag is set, and the messages are stored.
    const flagged = await database.db.selectFrom('cases').select(['encrypted_on_server']).where('id', '=', keys.caseId).executeTakeFirstOrThrow();
    expect(flagged.encrypted_on_server).toBe(true);
    const messages = await database.db.selectFrom('case_messages').select('seq').where('case_id', '=', keys.caseId).execute();
    expect(messages.map((row) => row.seq).sort()).toEqual([0, 1, 2]);
    expect(foundInText(text, needles), 'database tables').toEqual([]);

    // The data folder holds the embedded database (PGlite) and the files folder; with PostgreSQL only the latter.
    const folder = await searchFolder(dir.path, needles);
    if (!process.env.DATABASE_URL) expect(folder.bytes).toBeGreaterThan(1_000_000);
    expect(folder.hits, 'data folder').toEqual([]);
    const files = await searchFolder(server.filesDir, needles);
    expect(files.hits, 'files folder').toEqual([]);

    const log = server.log.text();
    expect(log).toContain('/nojs/case');
    expect(foundInText(log, needles), 'server log').toEqual([]);
    mark('nothing readable at rest');
  });

  it('has no serious or critical axe finding on the pages a browser without JavaScript got', async () => {
    for (const wanted of ['landing', 'landing (Arabic)', 'agencies', 'write form', 'write form with errors', 'case code', 'sent', 'enter code', 'code with a bad checksum', 'case', 'case after answering']) {
      expect(screens.has(wanted), `screen "${wanted}" captured`).toBe(true);
    }
    // axe needs JavaScript: it runs in a page with JavaScript on that is given the very markup the
    // browser without JavaScript got (which has no script of its own), with the same style sheets.
    const context = await browser.newContext();
    staffContexts.push(context);
    const page = await context.newPage();
    const blocking: string[] = [];
    let index = 0;
    // Probe: the same way of auditing finds a planted image without a text alternative.
    const probeHtml = (screens.get('landing') ?? '').replace('</main>', '<img src="data:,"></main>');
    const probeUrl = `${server.url}/nojs/axe-audit-probe`;
    await page.route(probeUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: probeHtml }));
    await page.goto(probeUrl);
    const probe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(probe.violations.map((violation) => violation.id)).toContain('image-alt');
    for (const [screen, html] of screens) {
      const url = `${server.url}/nojs/axe-audit-${String(index++)}`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url);
      expect(await page.locator('main').count()).toBe(1);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const lines = violations.map((violation) => `  - ${violation.id} (${violation.impact ?? 'unknown'}, ${String(violation.nodes.length)} node(s)): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      console.log(`[axe, no JavaScript] ${screen}: ${violations.length === 0 ? 'no violations' : `\n${lines.join('\n')}`}`);
      for (const violation of violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') blocking.push(`${screen}: ${violation.id} (${violation.impact})`);
      }
    }
    expect(blocking).toEqual([]);
    mark('axe on every screen');
  });
});
