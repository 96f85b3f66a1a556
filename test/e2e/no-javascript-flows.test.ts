// The whistleblower side without JavaScript (Tor Browser "Safest"), end to end: the pages under
// /nojs/ are made by the server from the app's own components, and the server encrypts on arrival.
// A whistleblower in Chromium with JavaScript disabled reports, writes down the code, comes back
// and answers; a prosecutor (JavaScript on) sees the case flagged "Sent without JavaScript" and
// replies; the browser app opens the same case with the same code. Then: a mistyped code and an
// incomplete form are refused with their reasons, nothing readable is at rest or in the log, the
// language picker works without a script, and axe finds nothing serious on the pages.
// Evidence files without JavaScript: a report posted with a photo carrying GPS and a 2 MB file
// (multipart, beyond the urlencoded body limit), an answer with a PDF carrying an author, and
// 17 MiB of files refused (413) with nothing sent; the prosecutor gets the files cleaned and
// byte-identical, and no file content, name or metadata is kept readable at rest.
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
import { NO_JS_BODY_LIMIT } from '../../server/plugins/no-js';
import { NO_JS_FILE_LIMITS } from '../../api/no-js';
import { captureLog, type CapturedLog } from '../helpers/app';
import { launchChromium } from '../helpers/chromium';
import { dumpTables, foundInText, needle, searchFolder, type Needle } from './helpers/at-rest';
import { AXE_TAGS } from './helpers/axe-audit';
import { JPEG_SECRETS, PDF_SECRETS, jpegWithGps, latitudeRationalBytes, pdfTextForms, pdfWithAuthor, plainJpegFrom } from './helpers/evidence-fixtures';
import { decryptAndSave, previewImage } from './helpers/evidence-pages';
import { buildClient, openDatabaseIn, tempDir } from './helpers/instance';
import { readJpegMetadata, readPdfMetadata } from './helpers/metadata-readers';
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

/** The report with files, its answer with a file, and the form refused for too many bytes. */
const FILES_TIP = {
  title: `Pangolin scales weighed at a roadside stall nojs-files-title-canary-${stamp}`,
  description: `Two sacks, photo and chat export attached. nojs-files-description-canary-${stamp}`,
  note: `Here is the seller's ledger. nojs-files-note-canary-${stamp}`,
  refusedTitle: `Too many bytes of files nojs-files-refused-canary-${stamp}`,
  refusedDescription: `Seventeen mebibytes of photos. nojs-files-refused-description-${stamp}`,
};
const JPEG_NAME = 'roadside-stall-nojs.jpg';
const TEXT_NAME = 'seller-chat-export-nojs.txt';
const PDF_NAME = 'seller-ledger-nojs.pdf';
const REFUSED_NAMES = ['refused-video-part-1.bin', 'refused-video-part-2.bin'] as const;
const TEXT_CANARY = `NOJS-TEXT-FILE-CANARY-${stamp}:`;
const PDF_CANARY = `nojs-pdf-page-canary-${stamp}`;
const REFUSED_CANARY = `NOJS-REFUSED-FILE-CANARY-${stamp}:`;
const FILES_TOO_LARGE = `Nothing was sent: attach at most ${String(NO_JS_FILE_LIMITS.maxFiles)} files, 16 MB in all. Choose fewer or smaller files (you need to choose them again), or allow JavaScript to send large files.`;
/** Made in beforeAll of the files describe: a JPEG with GPS and camera details, a 2 MiB text file, a PDF with an author. */
const fixtures: { jpeg: Uint8Array; text: Buffer; textSha256: string; pdf: Uint8Array } = { jpeg: new Uint8Array(0), text: Buffer.alloc(0), textSha256: '', pdf: new Uint8Array(0) };
/** The code of the case with files (the whistleblower answers it with a file). */
let filesCode = '';

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

describe('evidence files without JavaScript', () => {
  let downloads: { path: string; remove(): Promise<void> };

  beforeAll(async () => {
    downloads = await tempDir('thicket-e2e-nojs-downloads-');
    const page = await staffPage();
    fixtures.jpeg = jpegWithGps(await plainJpegFrom(page));
    await page.close();
    // 2 MiB of text: the canary, then random bytes as base64 lines (nothing to compress or clean).
    const size = 2 * 1024 * 1024;
    const body = (randomBytes(size).toString('base64').match(/.{1,76}/g) ?? []).join('\n');
    fixtures.text = Buffer.from(`${TEXT_CANARY}\n${body}`.slice(0, size), 'utf8');
    fixtures.textSha256 = createHash('sha256').update(fixtures.text).digest('hex');
    fixtures.pdf = await pdfWithAuthor(PDF_CANARY);
  }, 120_000);

  afterAll(async () => {
    await downloads?.remove();
  });

  it('makes fixtures that carry what must be removed, and a text file over the urlencoded body limit', async () => {
    const exif = await readJpegMetadata(fixtures.jpeg);
    expect(exif.latitude).toBeCloseTo(-(3 + 21 / 60 + 17.52 / 3600), 4);
    expect(exif.make).toBe(JPEG_SECRETS.make);
    expect(Buffer.from(fixtures.jpeg).includes(latitudeRationalBytes())).toBe(true);
    expect(await readPdfMetadata(fixtures.pdf)).toMatchObject({ author: PDF_SECRETS.author, title: PDF_SECRETS.title });
    expect(fixtures.text.length).toBe(2 * 1024 * 1024);
    expect(fixtures.text.length).toBeGreaterThan(NO_JS_BODY_LIMIT);
    expect(fixtures.text.subarray(0, TEXT_CANARY.length).toString('utf8')).toBe(TEXT_CANARY);
  });

  it('sends a report with a photo and a 2 MB file from the form: the prosecutor gets the photo without GPS and the file byte-identical', async () => {
    const { page, scripts } = await noJsPage();
    const write = await page.goto(`${server.url}/nojs/write?agency=${agencyId}`);
    expect(write?.status()).toBe(200);
    await page.getByLabel('Title', { exact: true }).fill(FILES_TIP.title);
    await page.getByLabel('What did you see?', { exact: true }).fill(FILES_TIP.description);
    await page.getByLabel('Evidence files (optional)', { exact: true }).setInputFiles([
      { name: JPEG_NAME, mimeType: 'image/jpeg', buffer: Buffer.from(fixtures.jpeg) },
      { name: TEXT_NAME, mimeType: 'text/plain', buffer: fixtures.text },
    ]);
    const sent = await submit(page, 'Encrypt and send', 'POST', '/nojs/write');
    expect(sent.request().headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.status()).toBe(200);
    expect(sent.headers()['cache-control']).toContain('no-store');
    mark('report with two files (about 2 MB) encrypted and sent by the server');

    const words = page.getByRole('list', { name: 'Your case code' }).getByRole('listitem');
    const shown = (await words.allInnerTexts()).map((word) => word.trim());
    expect(shown).toHaveLength(12);
    filesCode = shown.join(' ');
    expect(() => parseCaseCode(filesCode)).not.toThrow();
    // Every file arrived: no "These files did not arrive" on the code page.
    expect(await page.getByText('did not arrive').count()).toBe(0);
    await expectNoScript(page, 'case code after a report with files');
    expect(scripts).toEqual([]);
    await page.close();

    await prosecutorPages.openCase(prosecutorPage, server.url, FILES_TIP.title);
    await prosecutorPage.getByText(FILES_TIP.description).waitFor(SLOW);
    const jpegItem = prosecutorPage.locator('li.file').filter({ hasText: JPEG_NAME });
    const textItem = prosecutorPage.locator('li.file').filter({ hasText: TEXT_NAME });
    expect(await jpegItem.count()).toBe(1);
    expect(await textItem.count()).toBe(1);
    // The manifest the server signed says what it did: the photo's hidden details were removed.
    expect(await jpegItem.locator('.file-metadata').innerText()).toMatch(/^Hidden details removed before sending/);
    expect(await textItem.locator('.file-metadata').innerText()).toBe('This file was not checked for hidden details.');

    const jpeg = await readFile(await decryptAndSave(prosecutorPage, JPEG_NAME, downloads.path, 120_000));
    expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const exif = await readJpegMetadata(jpeg);
    expect(exif.latitude, `GPS left in the JPEG (tags: ${exif.tags.join(', ')})`).toBeUndefined();
    expect(exif.longitude).toBeUndefined();
    expect(exif.tags.filter((name) => name.startsWith('GPS'))).toEqual([]);
    expect(exif.make).toBeUndefined();
    expect(exif.serial).toBeUndefined();
    expect(jpeg.includes(latitudeRationalBytes()), 'GPS latitude rationals').toBe(false);
    for (const secret of [JPEG_SECRETS.make, JPEG_SECRETS.model, JPEG_SECRETS.bodySerial]) expect(jpeg.includes(secret), secret).toBe(false);
    // The same picture.
    expect(await previewImage(prosecutorPage, JPEG_NAME)).toEqual({ width: 96, height: 64 });

    const text = await readFile(await decryptAndSave(prosecutorPage, TEXT_NAME, downloads.path, 120_000));
    expect(text.length).toBe(fixtures.text.length);
    expect(createHash('sha256').update(text).digest('hex')).toBe(fixtures.textSha256);
    mark('prosecutor decrypted both files: photo without GPS, text file identical');
  }, 300_000);

  it('lets the whistleblower answer with a PDF without JavaScript: the prosecutor gets the note and the PDF without its author', async () => {
    expect(filesCode.split(' ')).toHaveLength(12);
    const { page, scripts } = await noJsPage();
    await page.goto(`${server.url}/nojs/return`);
    await page.getByLabel('Case code').fill(filesCode);
    const opened = await submit(page, 'Open my case', 'POST', '/nojs/case');
    expect(opened.status()).toBe(200);
    // The tip's files are in the thread (saving them needs JavaScript).
    await page.getByText(JPEG_NAME, { exact: true }).first().waitFor();
    await page.getByText(TEXT_NAME, { exact: true }).first().waitFor();

    await page.getByLabel('Your answer').fill(FILES_TIP.note);
    await page.getByLabel('Attach files', { exact: true }).setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: Buffer.from(fixtures.pdf) });
    const answered = await submit(page, 'Send answer', 'POST', '/nojs/case');
    expect(answered.request().headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(answered.status()).toBe(200);
    await page.getByText('Your files were sent.').waitFor();
    await page.getByText(PDF_NAME, { exact: true }).first().waitFor();
    await page.getByText(FILES_TIP.note).first().waitFor();
    expect(await page.getByLabel('Your answer').inputValue()).toBe('');
    await expectNoScript(page, 'case after sending a file');
    expect(scripts).toEqual([]);
    await page.close();
    mark('whistleblower answered with a PDF without JavaScript');

    await prosecutorPages.openCase(prosecutorPage, server.url, FILES_TIP.title);
    await prosecutorPage.getByText(FILES_TIP.note).first().waitFor(SLOW);
    const pdfItem = prosecutorPage.locator('li.file').filter({ hasText: PDF_NAME });
    expect(await pdfItem.count()).toBe(1);
    expect(await pdfItem.locator('.file-metadata').innerText()).toMatch(/^Hidden details removed before sending/);
    const pdf = await readFile(await decryptAndSave(prosecutorPage, PDF_NAME, downloads.path, 120_000));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = await readPdfMetadata(pdf);
    expect(info.author).toBeUndefined();
    expect(info.title).toBeUndefined();
    expect(info.pages).toBe(1);
    const raw = pdf.toString('latin1');
    for (const form of [...pdfTextForms(PDF_SECRETS.author), ...pdfTextForms(PDF_SECRETS.title)]) expect(raw, 'author or title in the raw PDF').not.toContain(form);
    // The same document: its page text survived.
    expect(raw).toContain(PDF_CANARY);
    expect(await prosecutorPage.getByRole('alert').filter({ hasText: 'has been altered' }).count()).toBe(0);
    mark('prosecutor read the note and decrypted the PDF without its author');
  }, 300_000);

  it('refuses 17 MiB of files on the report form (413): nothing sent, the limits said, the typed text kept', async () => {
    const { page } = await noJsPage();
    await page.goto(`${server.url}/nojs/write?agency=${agencyId}`);
    const count = async (): Promise<string> => String((await database.db.selectFrom('cases').select(database.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const casesBefore = await count();
    const part = (mib: number): Buffer => {
      const bytes = Buffer.alloc(mib * 1024 * 1024);
      bytes.write(REFUSED_CANARY, 0, 'utf8');
      return bytes;
    };
    await page.getByLabel('Title', { exact: true }).fill(FILES_TIP.refusedTitle);
    await page.getByLabel('What did you see?', { exact: true }).fill(FILES_TIP.refusedDescription);
    await page.getByLabel('Evidence files (optional)', { exact: true }).setInputFiles([
      { name: REFUSED_NAMES[0], mimeType: 'application/octet-stream', buffer: part(9) },
      { name: REFUSED_NAMES[1], mimeType: 'application/octet-stream', buffer: part(8) },
    ]);
    const response = await submit(page, 'Encrypt and send', 'POST', '/nojs/write');
    expect(response.status()).toBe(413);
    await page.getByText(FILES_TOO_LARGE).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(FILES_TIP.refusedTitle);
    expect(await page.getByLabel('What did you see?', { exact: true }).inputValue()).toBe(FILES_TIP.refusedDescription);
    expect(await page.getByRole('list', { name: 'Your case code' }).count()).toBe(0);
    expect(await count()).toBe(casesBefore);
    await expectNoScript(page, 'write form, files too large');
    await page.close();
    mark('17 MiB of files refused with nothing sent');
  }, 300_000);
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
    // The evidence files: content, metadata, names, and the words typed with them.
    const fileNeedles: Needle[] = [
      needle('text file canary', TEXT_CANARY),
      needle('text file first 64 bytes', fixtures.text.subarray(0, 64)),
      needle('text file bytes at 1 MiB', fixtures.text.subarray(1024 * 1024, 1024 * 1024 + 64)),
      needle('JPEG GPS latitude', latitudeRationalBytes()),
      needle('camera make', JPEG_SECRETS.make),
      needle('camera serial', JPEG_SECRETS.bodySerial),
      needle('JPEG first 64 bytes', Buffer.from(fixtures.jpeg.subarray(0, 64))),
      ...pdfTextForms(PDF_SECRETS.author).map((form) => needle('PDF author', form)),
      ...pdfTextForms(PDF_SECRETS.title).map((form) => needle('PDF title', form)),
      needle('PDF page canary', PDF_CANARY),
      needle('refused file canary', REFUSED_CANARY),
    ];
    // The search can find them: each is in the files as they were chosen (a PDF text in one of its spellings).
    const chosen = Buffer.concat([Buffer.from(fixtures.jpeg), fixtures.text, Buffer.from(fixtures.pdf), Buffer.from(REFUSED_CANARY)]);
    const foundInChosen = new Set(fileNeedles.filter((item) => chosen.includes(item.bytes)).map((item) => item.label));
    expect(fileNeedles.map((item) => item.label).filter((label) => !foundInChosen.has(label))).toEqual([]);
    needles.push(...fileNeedles);
    for (const name of [JPEG_NAME, TEXT_NAME, PDF_NAME, ...REFUSED_NAMES]) needles.push(needle(`file name ${name}`, name));
    for (const [label, text] of Object.entries(FILES_TIP)) needles.push(needle(`files tip ${label}`, text));

    const { text, tables } = await dumpTables(database.db);
    expect(tables).toContain('case_messages');
    // The case is there, encrypted: the flag is set, and the messages are stored.
    const flagged = await database.db.selectFrom('cases').select(['encrypted_on_server']).where('id', '=', keys.caseId).executeTakeFirstOrThrow();
    expect(flagged.encrypted_on_server).toBe(true);
    const messages = await database.db.selectFrom('case_messages').select('seq').where('case_id', '=', keys.caseId).execute();
    expect(messages.map((row) => row.seq).sort()).toEqual([0, 1, 2]);
    // The case with files is flagged too: the server encrypted its tip, files and answer.
    const filesCase = deriveCaseKeys(parseCaseCode(filesCode).entropy).caseId;
    const filesFlag = await database.db.selectFrom('cases').select(['encrypted_on_server']).where('id', '=', filesCase).executeTakeFirstOrThrow();
    expect(filesFlag.encrypted_on_server).toBe(true);
    expect(foundInText(text, needles), 'database tables').toEqual([]);

    // The data folder holds the embedded database (PGlite) and the files folder; with PostgreSQL only the latter.
    const folder = await searchFolder(dir.path, needles);
    if (!process.env.DATABASE_URL) expect(folder.bytes).toBeGreaterThan(1_000_000);
    expect(folder.hits, 'data folder').toEqual([]);
    const files = await searchFolder(server.filesDir, needles);
    // The encrypted uploads are there (the 2 MiB text file at least), and hold nothing readable.
    expect(files.bytes).toBeGreaterThan(fixtures.text.length);
    expect(files.hits, 'files folder').toEqual([]);

    const log = server.log.text();
    expect(log).toContain('/nojs/case');
    expect(foundInText(log, needles), 'server log').toEqual([]);
    mark('nothing readable at rest');
  });

  it('has no serious or critical axe finding on the pages a browser without JavaScript got', async () => {
    for (const wanted of ['landing', 'landing (Arabic)', 'agencies', 'write form', 'write form with errors', 'case code', 'sent', 'enter code', 'code with a bad checksum', 'case', 'case after answering', 'case code after a report with files', 'case after sending a file', 'write form, files too large']) {
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
