// axe-core on every screen of both apps, in English and in Arabic (issue 5): a real instance, the
// built client and real Chromium. Each screen is reached the way a person reaches it, then the
// picker labelled "Language" switches to Arabic (the page must turn right to left) and back.
// Every violation of any impact is printed; serious and critical ones fail the test. The last
// test checks that every screen was audited in both languages and prints the summary table.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { BadChecksumError, parseCaseCode, ready } from '../../crypto/index';
import { launchChromium } from '../helpers/chromium';
import { BASE_JPEG_BASE64 } from '../fixtures/metadata/base-images';
import { auditScreen, summaryTable, type AuditLanguage, type AuditResult } from './helpers/axe-audit';
import * as evidencePages from './helpers/evidence-pages';
import { keepOriginalBox } from './helpers/evidence-pages';
import { jpegWithGps, pdfWithAuthor } from './helpers/evidence-fixtures';
import { buildClient, openDatabaseIn, startInstance, tempDir, type Instance } from './helpers/instance';
import { certifyAgency, createAgency, initRoot, invite } from './helpers/operator';
import * as prosecutorPages from './helpers/prosecutor-pages';
import * as whistleblowerPages from './helpers/whistleblower-pages';

const SLOW = { timeout: 120_000 };
const AGENCY = 'Coastal Wildlife Crime Unit';
const ADMIN = { username: 'nadia.admin', displayName: 'Nadia Haddad', passphrase: 'harbour violet gently compass 64 fern' };
const PROSECUTOR = { username: 'omar.pros', displayName: 'Omar Said', passphrase: 'lichen bicycle solemn meadow 19 kettle' };
const REJECTED = { username: 'karim.pros', displayName: 'Karim Nasser', passphrase: 'copper lantern quietly orchard 37 heron' };
const TITLE = 'Parrots offered in a market group';
const QUESTION = 'How many birds were in the photos?';
const LISTING = 'https://example.invalid/groups/birds/posts/77';
const FILES_TITLE = 'Pangolin scales offered with photos';
const FILES = { photo: 'stall-photo.jpg', ledger: 'scale-ledger.pdf', refused: 'refused-notes.txt' } as const;

let dir: { path: string; remove(): Promise<void> };
let root: { file: string; publicKey: string };
let instance: Instance;
let browser: Browser;
let agencyId: string;
let adminPage: Page;
let prosecutorPage: Page;
let whistleblower: Page;
let rejectedPage: Page;
let filer: Page;
let adminInviteLink = '';
let filesCode = '';
let releaseUpload: () => void = () => undefined;
let caseCode = '';
const contexts: BrowserContext[] = [];
const results: AuditResult[] = [];
const browserErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  return page;
}

/** Audits the screen in en and ar, keeps the results, and fails on serious or critical violations. */
async function audit(page: Page, screen: string, options: Parameters<typeof auditScreen>[2] = {}): Promise<void> {
  const found = await auditScreen(page, screen, options);
  results.push(...found);
  for (const result of found) {
    if (result.counts === null) continue;
    expect(result.blocking, `${screen} [${result.language}]`).toEqual([]);
    expect(result.dir, `${screen} [${result.language}] direction`).toBe(result.language === 'ar' ? 'rtl' : 'ltr');
  }
}

beforeAll(async () => {
  await ready();
  dir = await tempDir('thicket-a11y-');
  root = await initRoot(dir.path);
  await buildClient(join(dir.path, 'client'), root.publicKey);
  const database = await openDatabaseIn(dir.path);
  instance = await startInstance({ dataDir: dir.path, database, rootPublicKey: root.publicKey, clientDir: join(dir.path, 'client') });
  browser = await launchChromium();
  agencyId = await createAgency(instance.database.db, { name: AGENCY, countries: ['EG', 'MA', 'KE'], languages: ['ar', 'en'] });
  [adminPage, prosecutorPage, whistleblower, rejectedPage, filer] = await Promise.all([newPage(), newPage(), newPage(), newPage(), newPage()]);
}, 600_000);

afterAll(async () => {
  releaseUpload();
  if (results.length > 0) console.log(summaryTable(results));
  if (browserErrors.length > 0) console.log(`browser errors:\n${browserErrors.join('\n')}`);
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await instance?.close();
  await dir?.remove();
});

describe('prosecutor app, before any tip', () => {
  it('invite page: the form with the passphrase meter, the recovery key, the fingerprint to read out', async () => {
    const link = await invite(instance.database.db, { agencyId, role: 'admin', baseUrl: instance.url });
    adminInviteLink = link;
    await adminPage.goto(link.replace('/prosecutor/#', '/prosecutor/?lang=en#'));
    await adminPage.getByLabel('Username').fill(ADMIN.username);
    await adminPage.getByLabel('Your name').fill(ADMIN.displayName);
    await adminPage.getByLabel('Passphrase', { exact: true }).fill('short words');
    // The meter says how strong the passphrase is; a weak one is refused with an error on the field.
    await adminPage.getByRole('button', { name: 'Create my keys' }).click();
    await adminPage.getByRole('alert').first().waitFor(SLOW);
    await audit(adminPage, 'prosecutor: invite form, weak passphrase refused');

    await adminPage.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
    await adminPage.getByLabel('Repeat passphrase').fill(ADMIN.passphrase);
    await audit(adminPage, 'prosecutor: invite form, strength meter');
    await adminPage.getByRole('button', { name: 'Create my keys' }).click();
    const recovery = adminPage.getByLabel('Recovery key', { exact: true });
    await recovery.waitFor(SLOW);
    await audit(adminPage, 'prosecutor: invite, recovery key shown');

    const groups = (await recovery.innerText()).trim().split(/[\s-]+/).filter((group) => group !== '');
    await adminPage.getByLabel('Type the last group of your recovery key').fill(groups[groups.length - 1] ?? '');
    await adminPage.getByLabel('I have stored my recovery key safely').check();
    await adminPage.getByRole('button', { name: 'Continue' }).click();
    const fingerprint = adminPage.getByLabel('Your fingerprint');
    await fingerprint.waitFor(SLOW);
    await audit(adminPage, 'prosecutor: invite done, fingerprint to read out');
    await certifyAgency(instance.database.db, { agencyId, rootKeyFile: root.file, fingerprint: (await fingerprint.innerText()).trim(), rootPublicKey: root.publicKey });
  });

  it('the invite link once used: the page says it no longer works', async () => {
    await adminPage.goto(adminInviteLink.replace('/prosecutor/#', '/prosecutor/?lang=en#'));
    await adminPage.getByRole('alert').first().waitFor(SLOW);
    expect(await adminPage.getByRole('button', { name: 'Create my keys' }).count()).toBe(0);
    await audit(adminPage, 'prosecutor: invite link no longer valid');
  });

  it('sign-in page, empty and after a failed sign-in; starts in Arabic from ?lang=ar', async () => {
    await adminPage.goto(`${instance.url}/prosecutor/?lang=ar#/login`);
    await adminPage.locator('#login-username').waitFor(SLOW);
    expect(await adminPage.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await adminPage.goto(`${instance.url}/prosecutor/?lang=en#/login`);
    await adminPage.getByLabel('Username').waitFor(SLOW);
    await audit(adminPage, 'prosecutor: sign-in');
    await adminPage.getByLabel('Username').fill(ADMIN.username);
    await adminPage.getByLabel('Passphrase').fill('not the right passphrase at all 11');
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('alert').first().waitFor(SLOW);
    await audit(adminPage, 'prosecutor: sign-in failed');
  });

  it('waiting page of a prosecutor not yet approved', async () => {
    const link = await invite(instance.database.db, { agencyId, role: 'prosecutor', baseUrl: instance.url });
    await prosecutorPages.enroll(prosecutorPage, { inviteLink: link, ...PROSECUTOR });
    await prosecutorPages.signIn(prosecutorPage, instance.url, PROSECUTOR.username, PROSECUTOR.passphrase);
    await prosecutorPage.getByRole('button', { name: 'Check again' }).waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: waiting for approval');
    // A second person enrolls too: the admin rejects this one further on.
    await prosecutorPages.enroll(rejectedPage, { inviteLink: await invite(instance.database.db, { agencyId, role: 'prosecutor', baseUrl: instance.url }), ...REJECTED });
  });

  it('admin page with a pending member, and its approval panel', async () => {
    await prosecutorPages.signIn(adminPage, instance.url, ADMIN.username, ADMIN.passphrase);
    await adminPage.getByRole('button', { name: `Approve ${PROSECUTOR.username}` }).waitFor(SLOW);
    await audit(adminPage, 'prosecutor: admin, pending member');
    await adminPage.getByRole('button', { name: `Approve ${PROSECUTOR.username}` }).click();
    await adminPage.getByLabel(`I compared the fingerprint with ${PROSECUTOR.displayName}`).waitFor(SLOW);
    await audit(adminPage, 'prosecutor: admin, approval panel');
    await adminPage.getByLabel(`I compared the fingerprint with ${PROSECUTOR.displayName}`).check();
    await adminPage.getByRole('button', { name: 'Sign and approve' }).click();
    await adminPage.getByRole('button', { name: `Approve ${PROSECUTOR.username}` }).waitFor({ state: 'detached', timeout: 30_000 });
    await audit(adminPage, 'prosecutor: admin, members');
  });

  it('reject panel, the rejected list, and the page a rejected member sees', async () => {
    await adminPage.getByRole('button', { name: `Reject ${REJECTED.username}` }).click();
    await adminPage.getByRole('heading', { name: `Reject ${REJECTED.displayName}?` }).waitFor(SLOW);
    await audit(adminPage, 'prosecutor: admin, reject panel');
    await adminPage.getByRole('button', { name: 'Reject', exact: true }).click();
    await adminPage.getByRole('button', { name: `Reject ${REJECTED.username}` }).waitFor({ state: 'detached', timeout: 30_000 });
    await adminPage.getByRole('table', { name: 'Rejected enrollments' }).waitFor(SLOW);
    await audit(adminPage, 'prosecutor: admin, a member rejected');

    await prosecutorPages.signIn(rejectedPage, instance.url, REJECTED.username, REJECTED.passphrase);
    await rejectedPage.getByRole('heading', { name: 'Enrollment not approved' }).waitFor(SLOW);
    await audit(rejectedPage, 'prosecutor: enrollment not approved');
  });

  it('empty inbox', async () => {
    await prosecutorPage.getByRole('button', { name: 'Check again' }).click();
    await prosecutorPage.getByRole('button', { name: 'Refresh' }).waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: inbox, empty');
  });
});

describe('whistleblower app, making a report', () => {
  it('landing; starts in Arabic from ?lang=ar', async () => {
    await whistleblower.goto(`${instance.url}/?lang=ar`);
    await whistleblower.locator('h1').waitFor(SLOW);
    await whistleblower.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await whistleblower.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await whistleblower.goto(`${instance.url}/?lang=en`);
    await whistleblower.getByRole('button', { name: 'Make a report' }).waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: landing');
  });

  it('choose agencies, and the error when none is chosen', async () => {
    await whistleblower.getByRole('button', { name: 'Make a report' }).click();
    await whistleblower.getByLabel(AGENCY).waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: choose agencies');
    await whistleblower.getByRole('button', { name: 'Continue' }).click();
    await whistleblower.locator('#agencies-error').waitFor();
    await audit(whistleblower, 'whistleblower: choose agencies, none chosen');
  });

  it('write the tip: the questionnaire, with the species list open, and with errors', async () => {
    await whistleblower.getByLabel(AGENCY).check();
    await whistleblower.getByRole('button', { name: 'Continue' }).click();
    await whistleblower.getByLabel('What did you see?', { exact: true }).waitFor(SLOW);
    await whistleblower.getByRole('button', { name: 'Encrypt and send' }).click();
    await whistleblower.getByRole('alert').first().waitFor();
    // By id: its name changes with the language. The species list is opened again after each
    // language switch (choosing a language moves focus, which closes it); the errors stay.
    const species = whistleblower.locator('#tip-speciesClaimed');
    await audit(whistleblower, 'whistleblower: write tip, errors, species list open', {
      prepare: async () => {
        await species.focus();
        await species.fill('parr');
        await species.press('ArrowDown');
        await whistleblower.getByRole('listbox').waitFor();
      },
    });
    expect(await whistleblower.locator('#tip-description').getAttribute('aria-invalid')).toBe('true');
    await species.press('Enter');

    await whistleblower.getByLabel('Title', { exact: true }).fill(TITLE);
    await whistleblower.getByLabel('What did you see?', { exact: true }).fill('Grey parrots in small cages, sold by a man who posts every Friday.');
    await whistleblowerPages.choosePlatform(whistleblower, 'Facebook');
    await whistleblower.getByLabel('Link to the listing', { exact: true }).fill(LISTING);
    await whistleblower.getByRole('button', { name: 'Add another link' }).click();
    await whistleblower.getByRole('checkbox', { name: 'Live animals' }).check();
    await whistleblower.getByRole('checkbox', { name: 'Something else' }).check();
    await whistleblower.getByRole('radio', { name: 'Another way' }).check();
  });

  it('evidence files chosen', async () => {
    await whistleblower.locator('#tip-files').setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('market notes: grey parrots, Friday\n') },
      { name: 'price-list.csv', mimeType: 'text/csv', buffer: Buffer.from('item,price\nparrot,120\n') },
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithGps(Buffer.from(BASE_JPEG_BASE64, 'base64'))) },
    ]);
    await whistleblower.getByRole('button', { name: 'Remove notes.txt' }).waitFor(SLOW);
    // The photo's hidden details were found and removed: the box to keep the original, ticked, shows its warning.
    await keepOriginalBox(whistleblower, 'photo.jpg').check(SLOW);
    await audit(whistleblower, 'whistleblower: write tip, evidence files chosen');
    // Sent without the files: this test is about the screens, not the upload order.
    for (const name of ['notes.txt', 'price-list.csv', 'photo.jpg']) await whistleblower.getByRole('button', { name: `Remove ${name}` }).click();
  });

  it('sending error, then the case code and the report sent', async () => {
    await whistleblower.route('**/api/cases', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable', message: 'Service unavailable' }) })
        : route.continue(),
    );
    await whistleblower.getByRole('button', { name: 'Encrypt and send' }).click();
    const problem = whistleblower.locator('#send-problem');
    await problem.waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: write tip, sending failed');
    await whistleblower.unroute('**/api/cases');
    const retry = whistleblower.getByRole('button', { name: 'Retry' });
    if ((await retry.count()) > 0) await retry.click();
    else await whistleblower.getByRole('button', { name: 'Encrypt and send' }).click();

    const code = whistleblower.getByLabel('Your case code');
    await code.waitFor(SLOW);
    caseCode = (await code.innerText()).replace(/\d+[.)]?/g, ' ').replace(/\s+/g, ' ').trim();
    expect(caseCode.split(' ')).toHaveLength(12);
    await audit(whistleblower, 'whistleblower: case code shown');
    await whistleblower.getByLabel('I have written down my case code').check();
    await whistleblower.getByRole('button', { name: 'Continue' }).click();
    await whistleblower.getByRole('button', { name: 'Open my case' }).waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: report sent');
  });
});

describe('whistleblower app, a report with evidence files', () => {
  it('case code screen with files waiting to be sent', async () => {
    const folder = join(dir.path, 'evidence');
    await mkdir(folder);
    const files = [
      { name: FILES.photo, bytes: jpegWithGps(Buffer.from(BASE_JPEG_BASE64, 'base64')), withMetadata: true },
      { name: FILES.ledger, bytes: await pdfWithAuthor('ledger canary'), withMetadata: false },
      { name: FILES.refused, bytes: Buffer.from('Notes about the stall, refused by the stand-in tip line.\n'), withMetadata: false },
    ];
    for (const file of files) await writeFile(join(folder, file.name), file.bytes);
    await evidencePages.writeTipWithFiles(
      filer,
      instance.url,
      { agencyName: AGENCY, title: FILES_TITLE, description: 'Two bags of pangolin scales, photographed at the stall.' },
      files.map((file) => ({ path: join(folder, file.name), name: file.name, withMetadata: file.withMetadata })),
    );
    await evidencePages.sendTip(filer);
    const code = filer.getByLabel('Your case code');
    await code.waitFor(SLOW);
    await filer.getByText('Your 3 files have not been sent yet.', { exact: false }).waitFor();
    await audit(filer, 'whistleblower: case code, files waiting');
    filesCode = (await code.innerText()).replace(/\d+[.)]?/g, ' ').replace(/\s+/g, ' ').trim();
    expect(filesCode.split(' ')).toHaveLength(12);
  });

  it('sending the files: one upload held in progress, then one the tip line refuses, then the done screen', async () => {
    // The uploads in the order they were created (the files go one at a time, in the order chosen).
    const uploads: string[] = [];
    let firstPatch: () => void = () => undefined;
    const firstPatchSeen = new Promise<void>((resolve) => {
      firstPatch = resolve;
    });
    const released = new Promise<void>((resolve) => {
      releaseUpload = resolve;
    });
    await filer.route(
      (url) => url.pathname === '/api/uploads',
      async (route: Route) => {
        if (route.request().method() !== 'POST') return route.continue();
        const response = await route.fetch();
        const location = response.headers().location;
        if (location !== undefined) uploads.push(new URL(location, instance.url).pathname);
        return route.fulfill({ response });
      },
    );
    await filer.route(
      (url) => /^\/api\/uploads\/[^/]+$/.test(url.pathname),
      async (route: Route) => {
        if (route.request().method() !== 'PATCH') return route.continue();
        const index = uploads.indexOf(new URL(route.request().url()).pathname);
        if (index === 0) {
          // The first file's bytes are held until the screen has been audited: it is "on its way".
          firstPatch();
          await released;
          return route.continue();
        }
        if (index === 2) return route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', message: 'Refused by the test.' } }) });
        return route.continue();
      },
    );
    await filer.getByLabel('I have written down my case code').check();
    await filer.getByRole('button', { name: 'Continue' }).click();
    await evidencePages.waitForUploads(filer, [FILES.photo, FILES.ledger, FILES.refused]);
    await firstPatchSeen;
    // Held: the first file is on its way (below 100 %), and the files can still be cancelled.
    expect((await evidencePages.percentShown(evidencePages.progressBar(filer, FILES.photo))) ?? 0).toBeLessThan(100);
    expect(await filer.getByRole('button', { name: 'Cancel' }).count()).toBe(3);
    await audit(filer, 'whistleblower: sending files, upload in progress');
    releaseUpload();

    const choice = filer.getByRole('button', { name: 'Continue without these files' });
    await choice.waitFor(SLOW);
    await filer.getByRole('button', { name: 'Retry' }).waitFor();
    expect(await filer.getByRole('alert').filter({ hasText: FILES.refused }).count()).toBeGreaterThan(0);
    await audit(filer, 'whistleblower: sending files, a file refused');

    await choice.click();
    const missing = await evidencePages.waitForReportSent(filer, 120_000);
    expect(missing).toContain(FILES.refused);
    await audit(filer, 'whistleblower: report sent, a file did not arrive');
    await filer.unrouteAll();
  });
});

describe('both apps, with a case', () => {
  it('prosecutor: inbox with the case, and the case page with the tip card and reply form', async () => {
    await prosecutorPage.getByRole('button', { name: 'Refresh' }).click();
    await prosecutorPage.getByRole('link', { name: TITLE }).waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: inbox with a case');
    await prosecutorPages.openCase(prosecutorPage, instance.url, TITLE);
    await prosecutorPage.getByText(LISTING).first().waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: case, tip card and reply form');
    await prosecutorPages.reply(prosecutorPage, QUESTION);
    await audit(prosecutorPage, 'prosecutor: case with a reply');
  });

  it('prosecutor: the warning before a link from the tip is opened', async () => {
    // A modal dialog makes the language picker inert, as for a person: it is closed before each
    // switch and opened again after it.
    const dialog = prosecutorPage.getByRole('dialog');
    await audit(prosecutorPage, 'prosecutor: case, open-link warning', {
      prepare: async (page, language) => {
        await page.getByRole('button', { name: localeText(language, 'intake', 'view.links.open'), exact: true }).first().click();
        await dialog.getByText(LISTING).waitFor();
        await dialog.getByRole('link', { name: localeText(language, 'intake', 'view.links.openAnyway'), exact: true }).waitFor();
      },
      after: async (_page, language) => {
        await dialog.getByRole('button', { name: localeText(language, 'intake', 'view.links.cancel'), exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
      },
    });
  });

  it('prosecutor: the case with attached files, a photo previewed', async () => {
    await prosecutorPages.openCase(prosecutorPage, instance.url, FILES_TITLE);
    await prosecutorPage.getByRole('button', { name: `Decrypt and save ${FILES.ledger}`, exact: true }).waitFor(SLOW);
    expect(await prosecutorPage.getByText(FILES.refused).count()).toBe(0);
    await prosecutorPage.getByRole('button', { name: `Preview ${FILES.photo}`, exact: true }).click();
    await prosecutorPage.getByRole('img', { name: FILES.photo, exact: true }).waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: case, attached files, photo previewed');
    await prosecutorPage.getByRole('button', { name: `Hide preview of ${FILES.photo}`, exact: true }).click();
  });

  it('whistleblower: enter case code, with a checksum error', async () => {
    await whistleblower.goto(`${instance.url}/?lang=en`);
    await whistleblower.getByRole('button', { name: 'I have a case code' }).click();
    await whistleblower.getByLabel('Case code').waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: enter case code');
    await whistleblower.getByLabel('Case code').fill(wrongChecksum(caseCode));
    await whistleblower.getByRole('button', { name: 'Open my case' }).click();
    await whistleblower.locator('#case-code-error').waitFor(SLOW);
    expect(await whistleblower.getByLabel('Case code').getAttribute('aria-invalid')).toBe('true');
    await audit(whistleblower, 'whistleblower: enter case code, checksum error');
  });

  it('whistleblower: the case with the thread and the answer form', async () => {
    await whistleblowerPages.openCaseWithCode(whistleblower, instance.url, caseCode);
    await whistleblower.getByText(QUESTION).waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: case view, thread and answer form');
    await whistleblower.getByRole('button', { name: 'Send answer' }).click();
    await whistleblower.locator('#answer-error').waitFor(SLOW);
    await audit(whistleblower, 'whistleblower: case view, empty answer refused');
  });

  it('whistleblower: the case with its files listed, and files chosen for an answer', async () => {
    await whistleblowerPages.openCaseWithCode(filer, instance.url, filesCode);
    await filer.getByText(FILES.ledger).first().waitFor(SLOW);
    await filer.getByLabel('Attach files', { exact: true }).setInputFiles([
      { name: 'second-photo-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('the seller moved to a new group\n') },
      { name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithGps(Buffer.from(BASE_JPEG_BASE64, 'base64'))) },
    ]);
    await filer.getByRole('button', { name: 'Remove second-photo-notes.txt' }).waitFor(SLOW);
    await keepOriginalBox(filer, 'receipt.jpg').waitFor(SLOW);
    await audit(filer, 'whistleblower: case view, files listed, files chosen for an answer');
  });

  it('prosecutor: page not found', async () => {
    await prosecutorPage.goto(`${instance.url}/prosecutor/#/no-such-page`);
    await prosecutorPage.getByRole('link', { name: 'Go to sign-in' }).or(prosecutorPage.locator('h1')).first().waitFor(SLOW);
    await audit(prosecutorPage, 'prosecutor: not found');
  });

  it('the audit itself fails on a serious violation (an image without a text alternative, a button without a name)', async () => {
    await prosecutorPage.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      probe.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="8" height="8"><button type="button"></button>';
      document.querySelector('main')?.append(probe);
    });
    const [probed] = await auditScreen(prosecutorPage, 'probe: planted violations', { languages: ['en'] });
    await prosecutorPage.evaluate(() => document.getElementById('axe-probe')?.remove());
    expect(probed?.blocking.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });
});

describe('all screens', () => {
  it('were audited in English and Arabic, and logged no page errors', () => {
    const screens = [...new Set(results.map((result) => result.screen))];
    expect(screens.length).toBeGreaterThanOrEqual(38);
    const missing = results.filter((result) => result.counts === null).map((result) => `${result.screen} [${result.language}]: ${result.note}`);
    expect(missing, 'screens not audited in a language').toEqual([]);
    for (const screen of screens) {
      expect(results.filter((result) => result.screen === screen).map((result) => result.language), screen).toEqual(['en', 'ar']);
    }
    expect(browserErrors).toEqual([]);
  });
});

/** A string of the app's locale files (client/locales/<language>/<namespace>.json), by its dotted key. */
function localeText(language: AuditLanguage, namespace: string, key: string): string {
  let value: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../../client/locales/${language}/${namespace}.json`, import.meta.url)), 'utf8'));
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value !== 'string') throw new Error(`no string ${namespace}:${key} in ${language}`);
  return value;
}

/** The code with two neighbouring words swapped so that the checksum fails (every word stays known). */
function wrongChecksum(code: string): string {
  const words = code.split(' ');
  for (let i = 0; i + 1 < words.length; i += 1) {
    const swapped = [...words];
    [swapped[i], swapped[i + 1]] = [words[i + 1] ?? '', words[i] ?? ''];
    try {
      parseCaseCode(swapped.join(' '));
    } catch (error) {
      if (error instanceof BadChecksumError) return swapped.join(' ');
    }
  }
  throw new Error('no swap of neighbouring words breaks the checksum');
}
