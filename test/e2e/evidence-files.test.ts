// Evidence files end to end (issue 4), against the real server run as a child process, as an
// operator runs it. In Chromium a whistleblower attaches a JPEG carrying GPS and camera details, a
// PDF with an author and title, and a large file (THICKET_E2E_LARGE_MB, default 200 MiB); the
// case code is on screen before any upload request is made (a browser that dies during a long
// upload must not cost the person their code); the server is killed (SIGKILL) in the middle of
// the large upload and started again on the same port and data folder, and the upload completes.
// A file the server refuses is listed on the done screen as not arrived. The prosecutor downloads all three: the JPEG
// and PDF come back without their metadata (checked with exifr, pdf-lib and in the raw bytes), the
// large file byte-identical (SHA-256, streamed). The small-file path runs once more with a jitless
// whistleblower browser (Tor Browser "Safer"), with the return flow: the prosecutor replies with
// a file the whistleblower saves, and the whistleblower answers with a photo that arrives cleaned.
// Afterwards the files folder, the database and the log hold no plaintext of the files and none
// of their names; nor did any request URL, JSON body or upload metadata carry them.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encryptedFileSize, parseCaseCode, ready } from '../../crypto/index';
import { createDatabase } from '../../server/db/create-database';
import { migrateToLatest } from '../../server/db/migrate';
import type { Database } from '../../server/db/schema';
import { launchChromium } from '../helpers/chromium';
import { openTestDatabase, type TestDatabase } from '../helpers/database';
import { freePort } from '../helpers/process';
import { dumpTables, foundInText, needle, searchFolder, type Needle } from './helpers/at-rest';
import * as evidencePages from './helpers/evidence-pages';
import {
  JPEG_SECRETS,
  PDF_SECRETS,
  jpegWithGps,
  largeFileMiB,
  latitudeRationalBytes,
  pdfTextForms,
  pdfWithAuthor,
  plainJpegFrom,
  sha256OfFile,
  writeLargeFile,
  type LargeFile,
} from './helpers/evidence-fixtures';
import { buildClient, tempDir } from './helpers/instance';
import { readJpegMetadata, readPdfMetadata } from './helpers/metadata-readers';
import { certifyAgency, createAgency, initRoot, invite } from './helpers/operator';
import * as prosecutorPages from './helpers/prosecutor-pages';
import { serverProcess, type ServerProcess } from './helpers/server-process';
import { openCaseWithCode } from './helpers/whistleblower-pages';

const AGENCY = 'Coastal Wildlife Crime Unit';
const ADMIN = { username: 'neema.admin', displayName: 'Neema Wekesa', passphrase: 'heron compass drizzle 64 basalt ember' };
const PROSECUTOR = { username: 'otieno.pros', displayName: 'Otieno Barasa', passphrase: 'mangrove violet 19 tundra whisk parcel' };
const LARGE_MIB = largeFileMiB();
const POSTGRES = process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== '';

interface Evidence {
  readonly jpeg: { readonly name: string; readonly path: string; readonly bytes: Uint8Array };
  readonly pdf: { readonly name: string; readonly path: string; readonly bytes: Uint8Array; readonly canary: string };
}

interface Tip {
  readonly title: string;
  readonly canary: string;
  code: string;
}

let dir: { path: string; remove(): Promise<void> };
let dataDir: string;
let downloads: string;
let rootPublicKey: string;
let postgres: TestDatabase | undefined;
let server: ServerProcess;
let normal: Browser;
let jitless: Browser;
let adminPage: Page;
let prosecutorPage: Page;
const whistleblowerPages: Page[] = [];
const contexts: BrowserContext[] = [];
const browserErrors: string[] = [];
/** Every request URL, non-PATCH body and Upload-Metadata header the whistleblower browsers sent. */
const requestTexts: string[] = [];
const timings: string[] = [];
const started = Date.now();

let evidence: Evidence;
let jitlessEvidence: Evidence;
let large: LargeFile;
/** The prosecutor's file attached to a reply, and the whistleblower's photo attached to an answer. */
let replyFile: Evidence['pdf'];
let answerPhoto: Evidence['jpeg'];
const LARGE_NAME = 'chat-export-archive-canary.bin';
const LARGE_CANARY = 'THICKET-E2E-LARGE-FILE-CANARY-9f3c1a7e:';
const tip: Tip = { title: 'Live African grey parrots offered in a marketplace group', canary: `tip-canary-${started.toString(36)}-parrot`, code: '' };
const jitlessTip: Tip = { title: 'Ivory bangles sold through a chat channel (safer browser)', canary: `tip-canary-${started.toString(36)}-ivory`, code: '' };
/** Upload id and sizes seen when the server was killed. */
const killed = { id: '', bytesOnDisk: 0, stored: 0, percentShown: null as number | null };

/** Records the tus upload requests (POST, HEAD, PATCH, DELETE on /api/uploads) a page makes. */
function recordUploadRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/uploads')) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

function mark(what: string): void {
  timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s  ${what}`);
}

async function pageIn(browser: Browser, record = false): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
  });
  if (record) {
    page.on('request', (request) => {
      requestTexts.push(request.url());
      const metadata = request.headers()['upload-metadata'];
      // tus metadata values are base64: keep them decoded, so a name in them would be found.
      if (metadata !== undefined) requestTexts.push(metadata, ...metadata.split(',').map((pair) => Buffer.from(pair.trim().split(' ')[1] ?? '', 'base64').toString('utf8')));
      if (request.method() !== 'PATCH') {
        const body = request.postData();
        if (body !== null) requestTexts.push(body);
      }
    });
    whistleblowerPages.push(page);
  }
  return page;
}

/**
 * Runs the operator's tool against the instance's database. On PGlite only one process may open
 * the data folder (README, "Setting up an instance"): the server is stopped while the tool runs.
 */
async function withOperatorDatabase<T>(run: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (postgres !== undefined) return run(postgres.db);
  const wasRunning = server.running();
  if (wasRunning) await server.stop();
  const handle = await createDatabase({ dataDir, databaseUrl: undefined });
  try {
    await migrateToLatest(handle.db);
    return await run(handle.db);
  } finally {
    await handle.close();
    if (wasRunning) await server.start();
  }
}

/** The stored uploads (data files, not tus's .json records) and their sizes. */
async function storedUploads(): Promise<{ id: string; size: number }[]> {
  const folder = join(dataDir, 'files');
  if (!existsSync(folder)) return [];
  const uploads: { id: string; size: number }[] = [];
  for (const name of await readdir(folder)) {
    if (!/^[0-9a-f]{32}$/.test(name)) continue;
    const size = await stat(join(folder, name)).then((info) => info.size, () => -1);
    if (size >= 0) uploads.push({ id: name, size });
  }
  return uploads;
}

/** Polls until the largest upload on disk holds at least `fraction` of `stored` bytes. */
async function waitForPartialUpload(stored: number, fraction: number, timeoutMs: number): Promise<{ id: string; size: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const largest = (await storedUploads()).sort((a, b) => b.size - a.size)[0];
    if (largest !== undefined && largest.size >= stored * fraction) {
      if (largest.size >= stored) throw new Error(`the ${String(LARGE_MIB)} MiB upload completed before the server could be killed: raise THICKET_E2E_LARGE_MB`);
      return largest;
    }
    if (Date.now() > deadline) throw new Error(`no upload reached ${String(fraction * 100)}% within ${String(timeoutMs)} ms (largest: ${String(largest?.size ?? 0)} of ${String(stored)} bytes)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function makeEvidence(folder: string, prefix: string, canary: string): Promise<Evidence> {
  await mkdir(folder, { recursive: true });
  const jpegBytes = jpegWithGps(await plainJpegFrom(adminPage));
  const pdfBytes = await pdfWithAuthor(canary);
  const jpeg = { name: `${prefix}pangolin-market-stall.jpg`, bytes: jpegBytes, path: '' };
  const pdf = { name: `${prefix}seller-ledger-march.pdf`, bytes: pdfBytes, path: '', canary };
  jpeg.path = join(folder, jpeg.name);
  pdf.path = join(folder, pdf.name);
  await writeFile(jpeg.path, jpegBytes);
  await writeFile(pdf.path, pdfBytes);
  return { jpeg, pdf };
}

/** Keeps pictures of every page for the person reading a failure (test-results/ by default). */
async function screenshotPages(stamp: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/', import.meta.url));
  await mkdir(folder, { recursive: true });
  const pages: [string, Page | undefined][] = [['admin', adminPage], ['prosecutor', prosecutorPage], ...whistleblowerPages.map((page, index): [string, Page] => [`whistleblower-${String(index)}`, page])];
  for (const [name, page] of pages) {
    await page?.screenshot({ path: join(folder, `files-${stamp}-${name}.png`), fullPage: true }).catch(() => undefined);
  }
}

function failureReport(): string {
  return `browser errors:\n${browserErrors.slice(-40).join('\n')}\nserver log (end):\n${server?.log().slice(-6000) ?? ''}`;
}

beforeAll(async () => {
  await ready();
  dir = await tempDir('thicket-e2e-files-');
  dataDir = join(dir.path, 'data');
  downloads = join(dir.path, 'downloads');
  await Promise.all([mkdir(dataDir, { mode: 0o700 }), mkdir(downloads)]);
  const root = await initRoot(dir.path);
  rootPublicKey = root.publicKey;
  const clientDir = join(dir.path, 'client');
  await buildClient(clientDir, rootPublicKey);
  mark('client built');
  postgres = POSTGRES ? await openTestDatabase() : undefined;
  server = serverProcess({ port: await freePort(), dataDir, clientDir, rootPublicKey, databaseUrl: postgres?.url });

  try {
    // The operator's part before the server first starts: the agency and both invitations.
    const { agencyId, adminInvite, prosecutorInvite } = await withOperatorDatabase(async (db) => {
      const id = await createAgency(db, { name: AGENCY, countries: ['KE', 'TZ'], languages: ['en', 'sw'] });
      return {
        agencyId: id,
        adminInvite: await invite(db, { agencyId: id, role: 'admin', baseUrl: server.url }),
        prosecutorInvite: await invite(db, { agencyId: id, role: 'prosecutor', baseUrl: server.url }),
      };
    });
    await server.start();
    [normal, jitless] = await Promise.all([launchChromium(), launchChromium({ jitless: true })]);
    adminPage = await pageIn(normal);
    prosecutorPage = await pageIn(normal);
    const adminFingerprint = await prosecutorPages.enroll(adminPage, { inviteLink: adminInvite, ...ADMIN });
    const prosecutorFingerprint = await prosecutorPages.enroll(prosecutorPage, { inviteLink: prosecutorInvite, ...PROSECUTOR });
    await withOperatorDatabase((db) => certifyAgency(db, { agencyId, rootKeyFile: root.file, fingerprint: adminFingerprint, rootPublicKey }));
    await prosecutorPages.signIn(adminPage, server.url, ADMIN.username, ADMIN.passphrase);
    await prosecutorPages.approve(adminPage, PROSECUTOR.username, PROSECUTOR.displayName, prosecutorFingerprint);
    await prosecutorPages.signIn(prosecutorPage, server.url, PROSECUTOR.username, PROSECUTOR.passphrase);
    mark('agency, admin and prosecutor set up');

    evidence = await makeEvidence(join(dir.path, 'inputs'), '', `pdf-canary-${started.toString(36)}-ledger`);
    jitlessEvidence = await makeEvidence(join(dir.path, 'inputs-jitless'), 'safer-', `pdf-canary-${started.toString(36)}-safer`);
    const extra = await makeEvidence(join(dir.path, 'inputs-return'), 'return-', `pdf-canary-${started.toString(36)}-reply`);
    replyFile = { name: 'prosecutor-request-form.pdf', path: join(dir.path, 'inputs-return', 'prosecutor-request-form.pdf'), bytes: extra.pdf.bytes, canary: extra.pdf.canary };
    await writeFile(replyFile.path, replyFile.bytes);
    answerPhoto = extra.jpeg;
    large = await writeLargeFile(join(dir.path, 'inputs', LARGE_NAME), LARGE_MIB, LARGE_CANARY);
    mark(`evidence files written (${String(LARGE_MIB)} MiB large file)`);
  } catch (error) {
    await screenshotPages('set-up');
    console.error(failureReport());
    throw error;
  }
}, 900_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await screenshotPages(context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60));
  console.error(failureReport());
});

afterAll(async () => {
  console.log(`evidence-files timings (${POSTGRES ? 'PostgreSQL' : 'PGlite'}, ${String(LARGE_MIB)} MiB):\n${timings.join('\n')}`);
  for (const context of contexts) await context.close().catch(() => undefined);
  await Promise.all([normal?.close(), jitless?.close()]);
  if (server?.running()) await server.stop().catch(() => server.kill());
  await postgres?.close();
  await dir?.remove();
}, 120_000);

describe('evidence files end to end', () => {
  it('makes fixtures that really carry the metadata the app must remove', async () => {
    for (const { jpeg, pdf } of [evidence, jitlessEvidence]) {
      const exif = await readJpegMetadata(jpeg.bytes);
      expect(exif.latitude).toBeCloseTo(-(3 + 21 / 60 + 17.52 / 3600), 4);
      expect(exif.make).toBe(JPEG_SECRETS.make);
      expect(exif.model).toBe(JPEG_SECRETS.model);
      expect(exif.serial).toBe(JPEG_SECRETS.bodySerial);
      expect(Buffer.from(jpeg.bytes).includes(latitudeRationalBytes())).toBe(true);
      const info = await readPdfMetadata(pdf.bytes);
      expect(info).toMatchObject({ author: PDF_SECRETS.author, title: PDF_SECRETS.title });
      const raw = Buffer.from(pdf.bytes).toString('latin1');
      expect(pdfTextForms(PDF_SECRETS.author).some((form) => raw.includes(form))).toBe(true);
      expect(raw).toContain(pdf.canary);
    }
    expect((await stat(large.path)).size).toBe(LARGE_MIB * 1024 * 1024);
    expect(large.head.toString('latin1')).toContain(LARGE_CANARY);
  });

  it(`sends a tip with the JPEG, the PDF and a ${String(LARGE_MIB)} MiB file, and the upload survives killing the server`, async () => {
    const page = await pageIn(normal, true);
    const uploadRequests = recordUploadRequests(page);
    const files = [
      { path: evidence.jpeg.path, name: evidence.jpeg.name, withMetadata: true },
      { path: evidence.pdf.path, name: evidence.pdf.name, withMetadata: true },
      { path: large.path, name: LARGE_NAME, withMetadata: false },
    ];
    await evidencePages.writeTipWithFiles(page, server.url, { agencyName: AGENCY, title: tip.title, description: `Birds in crates, photos attached. ${tip.canary}`, platform: 'Facebook Marketplace' }, files);
    const before = (await storedUploads()).length;
    mark('tip written, files attached');
    await evidencePages.sendTip(page);

    // The code comes first: on screen before any upload request, with word that the files follow.
    const codeScreen = await evidencePages.takeCaseCode(page, 300_000, async () => {
      expect(uploadRequests, 'upload requests made before the case code was shown').toEqual([]);
      // E2E_SHOTS_DIR keeps a picture of the code screen with files waiting, for people to look at.
      if (process.env.E2E_SHOTS_DIR !== undefined) await page.screenshot({ path: join(process.env.E2E_SHOTS_DIR, 'code-screen-files-waiting.png'), fullPage: true });
    });
    tip.code = codeScreen.code;
    expect(() => parseCaseCode(tip.code)).not.toThrow();
    expect(codeScreen.filesNote).toBe('Your 3 files have not been sent yet. They will be sent next, when you press Continue. Keep this page open until they are done.');
    expect(codeScreen.leaveWarningAfterConfirm, 'leaving must be questioned while files wait').toBe(true);
    mark('case code shown before any upload request');
    await evidencePages.waitForUploads(page, files.map((file) => file.name));
    expect(uploadRequests.length).toBeGreaterThan(0);
    expect(await evidencePages.leaveWarningOn(page), 'leaving must be questioned while files are sent').toBe(true);

    // Kill the server once a fifth of the large file is on its disk (and the upload is not complete).
    killed.stored = encryptedFileSize(large.size);
    const partial = await waitForPartialUpload(killed.stored, 0.2, 600_000);
    killed.percentShown = await evidencePages.percentShown(evidencePages.progressBar(page, LARGE_NAME)).catch(() => null);
    expect(await server.kill()).toBe('SIGKILL');
    killed.id = partial.id;
    killed.bytesOnDisk = (await stat(join(dataDir, 'files', partial.id))).size;
    mark(`server killed with ${String(killed.bytesOnDisk)} of ${String(killed.stored)} bytes on disk (bar showed ${String(killed.percentShown)}%)`);
    expect(killed.bytesOnDisk).toBeLessThan(killed.stored);
    // A killed PGlite server leaves its lock file; the restart must take it over, not refuse.
    if (!POSTGRES) expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);

    await server.start();
    mark('server started again');
    expect(await evidencePages.waitForReportSent(page, 900_000), 'files listed as not arrived').toBeNull();
    expect(await evidencePages.leaveWarningOn(page)).toBe(false);
    mark('upload complete, report sent');

    // The same upload was resumed to its full length: no second copy of the large file was started.
    const uploads = await storedUploads();
    expect(uploads.find((upload) => upload.id === killed.id)?.size).toBe(killed.stored);
    expect(uploads.filter((upload) => upload.size >= killed.stored * 0.2)).toHaveLength(1);
    expect(uploads.length - before).toBe(3);
  }, 1_800_000);

  it('lets the prosecutor download all three: metadata gone, the large file byte-identical', async () => {
    await prosecutorPages.openCase(prosecutorPage, server.url, tip.title);
    await prosecutorPage.getByText(tip.canary).waitFor();
    const folder = join(downloads, 'normal');
    await mkdir(folder);

    const jpegPath = await evidencePages.decryptAndSave(prosecutorPage, evidence.jpeg.name, folder, 120_000);
    await expectJpegClean(await readFile(jpegPath));
    expect(await evidencePages.previewImage(prosecutorPage, evidence.jpeg.name)).toEqual({ width: 96, height: 64 });

    const pdfPath = await evidencePages.decryptAndSave(prosecutorPage, evidence.pdf.name, folder, 120_000);
    await expectPdfClean(await readFile(pdfPath), evidence.pdf.canary);
    mark('JPEG and PDF downloaded and checked');

    const largePath = await evidencePages.decryptAndSave(prosecutorPage, LARGE_NAME, folder, 900_000);
    expect((await stat(largePath)).size).toBe(large.size);
    expect(await sha256OfFile(largePath)).toBe(large.sha256);
    mark('large file downloaded, SHA-256 matches');
  }, 1_200_000);

  it('sends and returns the JPEG and PDF cleaned from a jitless whistleblower browser (Tor Browser "Safer")', async () => {
    const page = await pageIn(jitless, true);
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    const files = [
      { path: jitlessEvidence.jpeg.path, name: jitlessEvidence.jpeg.name, withMetadata: true },
      { path: jitlessEvidence.pdf.path, name: jitlessEvidence.pdf.name, withMetadata: true },
    ];
    const uploadRequests = recordUploadRequests(page);
    await evidencePages.writeTipWithFiles(page, server.url, { agencyName: AGENCY, title: jitlessTip.title, description: `Bangles weighed on camera. ${jitlessTip.canary}` }, files);
    await evidencePages.sendTip(page);
    const codeScreen = await evidencePages.takeCaseCode(page, 600_000, () => {
      expect(uploadRequests, 'upload requests made before the case code was shown').toEqual([]);
    });
    jitlessTip.code = codeScreen.code;
    expect(codeScreen.filesNote).toMatch(/^Your 2 files have not been sent yet\./);
    await evidencePages.waitForUploads(page, files.map((file) => file.name));
    expect(await evidencePages.waitForReportSent(page, 600_000)).toBeNull();
    mark('jitless tip with two files sent');

    await prosecutorPages.openCase(prosecutorPage, server.url, jitlessTip.title);
    const folder = join(downloads, 'jitless');
    await mkdir(folder);
    await expectJpegClean(await readFile(await evidencePages.decryptAndSave(prosecutorPage, jitlessEvidence.jpeg.name, folder, 120_000)));
    await expectPdfClean(await readFile(await evidencePages.decryptAndSave(prosecutorPage, jitlessEvidence.pdf.name, folder, 120_000)), jitlessEvidence.pdf.canary);
    mark('jitless files downloaded and checked');
  }, 900_000);

  it('lets the prosecutor reply with a file the whistleblower saves on return, and the whistleblower answer with a cleaned photo', async () => {
    // The prosecutor attaches a file to a reply ("Attach files"): prosecutors' files go as they are.
    await prosecutorPages.openCase(prosecutorPage, server.url, jitlessTip.title);
    await prosecutorPage.getByLabel('Attach files').setInputFiles(replyFile.path);
    await prosecutorPage.getByLabel('Reply to the whistleblower').fill('Thank you. Please fill in the attached form and send a photo of the receipt.');
    await prosecutorPage.getByRole('button', { name: 'Send reply' }).click();
    await prosecutorPage.getByText('File sent.').waitFor({ timeout: 300_000 });

    // The whistleblower (jitless) returns with the code, saves the prosecutor's file ("Save <name>").
    const page = whistleblowerPages[whistleblowerPages.length - 1];
    if (page === undefined) throw new Error('no jitless whistleblower page');
    await openCaseWithCode(page, server.url, jitlessTip.code);
    const button = page.getByRole('button', { name: `Save ${replyFile.name}`, exact: true });
    await button.waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), button.click()]);
    const saved = join(downloads, 'whistleblower', replyFile.name);
    await mkdir(join(downloads, 'whistleblower'));
    await download.saveAs(saved);
    expect(Buffer.compare(await readFile(saved), Buffer.from(replyFile.bytes))).toBe(0);

    // ... and answers with a photo ("Attach files"): its GPS and camera details are removed.
    await page.getByLabel('Your answer').fill('Here is the receipt.');
    await page.getByLabel('Attach files').setInputFiles(answerPhoto.path);
    const keep = evidencePages.keepOriginalBox(page, answerPhoto.name);
    await keep.waitFor({ timeout: 120_000 });
    expect(await keep.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText('Your files were sent.').waitFor({ timeout: 300_000 });

    await prosecutorPages.openCase(prosecutorPage, server.url, jitlessTip.title);
    await prosecutorPage.getByText('Here is the receipt.').waitFor({ timeout: 120_000 });
    const folder = join(downloads, 'answer');
    await mkdir(folder);
    await expectJpegClean(await readFile(await evidencePages.decryptAndSave(prosecutorPage, answerPhoto.name, folder, 120_000)));
    mark('reply with a file saved by the whistleblower; answer with a photo checked');
  }, 900_000);

  it('lists a file the tip line refused on the done screen, after the code, and the report still arrives', async () => {
    const page = await pageIn(normal);
    const name = 'refused-market-notes.txt';
    const path = join(dir.path, 'inputs-refused', name);
    await mkdir(join(dir.path, 'inputs-refused'));
    await writeFile(path, 'Notes about the stall, refused by the stand-in tip line.\n');
    const title = 'Tortoises sold from a roadside stall (one file refused)';
    // The tip line refuses every new upload from this page (403): the file cannot arrive.
    await page.route('**/api/uploads', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', message: 'Refused by the test.' } }) })
        : route.continue(),
    );
    await evidencePages.writeTipWithFiles(page, server.url, { agencyName: AGENCY, title, description: 'Three radiated tortoises in a crate.' }, [{ path, name, withMetadata: false }]);
    await evidencePages.sendTip(page);
    const codeScreen = await evidencePages.takeCaseCode(page, 300_000);
    expect(codeScreen.filesNote).toBe('Your file has not been sent yet. It will be sent next, when you press Continue. Keep this page open until it is done.');
    expect(() => parseCaseCode(codeScreen.code)).not.toThrow();
    await page.getByRole('button', { name: 'Continue without these files' }).click({ timeout: 300_000 });
    const missing = await evidencePages.waitForReportSent(page, 300_000);
    expect(missing).toContain(`This file did not arrive: “${name}”.`);
    expect(missing).toContain('Your report arrived without it. You can add files later');
    expect(await evidencePages.leaveWarningOn(page)).toBe(false);

    await prosecutorPages.openCase(prosecutorPage, server.url, title);
    await prosecutorPage.getByText('Three radiated tortoises in a crate.').waitFor({ timeout: 120_000 });
    mark('refused file listed on the done screen; the report arrived without it');
  }, 600_000);

  it('sent no file name or content in any request URL, JSON body or upload metadata', () => {
    expect(requestTexts.some((text) => text.includes('/api/uploads'))).toBe(true);
    const secrets = [evidence.jpeg.name, evidence.pdf.name, LARGE_NAME, jitlessEvidence.jpeg.name, jitlessEvidence.pdf.name, answerPhoto.name, evidence.pdf.canary, jitlessEvidence.pdf.canary, LARGE_CANARY, tip.canary, jitlessTip.canary];
    for (const text of requestTexts) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('keeps nothing readable at rest: the files folder, the database and the log hold no file content and no file name', async () => {
    const needles: Needle[] = [
      needle('large file first 64 bytes', large.head),
      needle('large file canary', LARGE_CANARY),
      needle('tip canary', tip.canary),
      needle('jitless tip canary', jitlessTip.canary),
      needle('JPEG GPS latitude', latitudeRationalBytes()),
      needle('camera make', JPEG_SECRETS.make),
      needle('camera serial', JPEG_SECRETS.bodySerial),
      ...pdfTextForms(PDF_SECRETS.author).map((form) => needle('PDF author', form)),
      ...pdfTextForms(PDF_SECRETS.title).map((form) => needle('PDF title', form)),
    ];
    for (const set of [evidence, jitlessEvidence]) {
      needles.push(needle(`PDF canary ${set.pdf.name}`, set.pdf.canary), needle(`name ${set.jpeg.name}`, set.jpeg.name), needle(`name ${set.pdf.name}`, set.pdf.name));
      needles.push(needle(`JPEG head ${set.jpeg.name}`, Buffer.from(set.jpeg.bytes.subarray(0, 64))));
    }
    needles.push(needle(`name ${LARGE_NAME}`, LARGE_NAME), needle(`name ${replyFile.name}`, replyFile.name), needle(`name ${answerPhoto.name}`, answerPhoto.name));
    needles.push(needle('reply file canary', replyFile.canary));

    // The search finds what it looks for: every content needle is found in the input files.
    const contentNeedles = needles.filter((item) => !item.label.startsWith('name ') && !item.label.includes('tip canary'));
    const controlHits: string[] = [];
    for (const folder of ['inputs', 'inputs-jitless', 'inputs-return']) controlHits.push(...(await searchFolder(join(dir.path, folder), contentNeedles)).hits);
    const controlLabels = new Set(controlHits.map((hit) => hit.slice(0, hit.indexOf(' in '))));
    expect([...controlLabels].sort()).toEqual([...new Set(contentNeedles.map((item) => item.label))].sort());

    const files = await searchFolder(join(dataDir, 'files'), needles);
    expect(files.bytes).toBeGreaterThanOrEqual(killed.stored);
    expect(files.hits, 'files folder').toEqual([]);

    const dump = await withOperatorDatabase((db) => dumpTables(db));
    expect(dump.tables).toContain('case_files');
    expect(dump.text.length).toBeGreaterThan(10_000);
    expect(foundInText(dump.text, needles), 'database tables').toEqual([]);
    if (!POSTGRES) {
      const cluster = await searchFolder(join(dataDir, 'pglite'), needles);
      expect(cluster.bytes).toBeGreaterThan(1_000_000);
      expect(cluster.hits, 'PGlite data folder').toEqual([]);
    }
    const log = server.log();
    expect(log).toContain('Thicket listening on');
    expect(foundInText(log, needles), 'server log').toEqual([]);
    mark('nothing readable at rest');
  }, 600_000);
});

async function expectJpegClean(bytes: Buffer): Promise<void> {
  expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  const exif = await readJpegMetadata(bytes);
  expect(exif.latitude, `GPS left in the JPEG (tags: ${exif.tags.join(', ')})`).toBeUndefined();
  expect(exif.longitude).toBeUndefined();
  expect(exif.tags.filter((name) => name.startsWith('GPS'))).toEqual([]);
  expect(exif.make).toBeUndefined();
  expect(exif.model).toBeUndefined();
  expect(exif.serial).toBeUndefined();
  for (const secret of [JPEG_SECRETS.make, JPEG_SECRETS.model, JPEG_SECRETS.bodySerial]) expect(bytes.includes(secret), secret).toBe(false);
  expect(bytes.includes(latitudeRationalBytes()), 'GPS latitude rationals').toBe(false);
}

async function expectPdfClean(bytes: Buffer, canary: string): Promise<void> {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const info = await readPdfMetadata(bytes);
  expect(info.author).toBeUndefined();
  expect(info.title).toBeUndefined();
  expect(info.pages).toBe(1);
  const raw = bytes.toString('latin1');
  for (const form of [...pdfTextForms(PDF_SECRETS.author), ...pdfTextForms(PDF_SECRETS.title)]) expect(raw, 'author or title in the raw PDF').not.toContain(form);
  // The same document: its page text survived.
  expect(raw).toContain(canary);
}
