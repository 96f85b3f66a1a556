// The whole core loop in real Chromium: the operator's tool creates an agency and invites its
// admin; the admin enrolls and is certified; a prosecutor enrolls and is approved after the two
// compare fingerprints; a whistleblower sends a tip (normal, and as Tor Browser "Safer":
// --jitless), gets a case code, returns with it and answers the prosecutor's questions.
// Then: nothing readable at rest, tampering in the database shows in both clients, and a
// substituted prosecutor key makes the whistleblower's browser refuse to send.
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodeCertificate, deriveCaseKeys, encodeCertificate, parseCaseCode, ready, toBase64Url } from '../../crypto/index';
import { launchChromium } from '../helpers/chromium';
import { buildClient, openDatabaseIn, startInstance, tempDir, type Instance } from './helpers/instance';
import { certifyAgency, createAgency, initRoot, invite } from './helpers/operator';
import * as prosecutorPages from './helpers/prosecutor-pages';
import * as whistleblowerPages from './helpers/whistleblower-pages';

const USER_AGENT = 'Canary-UA/9.9 (thicket-leak-test)';
const AGENCY = 'Lake Region Wildlife Prosecution Unit';
const ADMIN = { username: 'amina.admin', displayName: 'Amina Odhiambo', passphrase: 'tortoise lantern quietly ferry 81 moss' };
const PROSECUTOR = { username: 'joseph.pros', displayName: 'Joseph Mwangi', passphrase: 'orchid satellite humble quartz 27 river' };

interface RunRecord {
  mode: string;
  canary: string;
  title: string;
  code: string;
  question: string;
  answer: string;
  requestBodies: string[];
}

let dir: { path: string; remove(): Promise<void> };
let instance: Instance;
let normal: Browser;
let jitless: Browser;
let adminPage: Page;
let prosecutorPage: Page;
const contexts: BrowserContext[] = [];
const runs: RunRecord[] = [];

const browserErrors: string[] = [];

async function pageIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ userAgent: USER_AGENT, extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
  });
  return page;
}

beforeAll(async () => {
  await ready();
  dir = await tempDir('thicket-e2e-');
  const root = await initRoot(dir.path);
  await buildClient(join(dir.path, 'client'), root.publicKey);
  const database = await openDatabaseIn(dir.path);
  instance = await startInstance({ dataDir: dir.path, database, rootPublicKey: root.publicKey, clientDir: join(dir.path, 'client') });
  [normal, jitless] = await Promise.all([launchChromium(), launchChromium({ jitless: true })]);
  adminPage = await pageIn(normal);
  prosecutorPage = await pageIn(normal);

  try {
    const agencyId = await createAgency(instance.database.db, { name: AGENCY, countries: ['KE', 'UG', 'TZ'], languages: ['en', 'sw'] });
    const adminInvite = await invite(instance.database.db, { agencyId, role: 'admin', baseUrl: instance.url });
    const adminFingerprint = await prosecutorPages.enroll(adminPage, { inviteLink: adminInvite, ...ADMIN });
    await certifyAgency(instance.database.db, { agencyId, rootKeyFile: root.file, fingerprint: adminFingerprint, rootPublicKey: root.publicKey });

    const prosecutorInvite = await invite(instance.database.db, { agencyId, role: 'prosecutor', baseUrl: instance.url });
    const prosecutorFingerprint = await prosecutorPages.enroll(prosecutorPage, { inviteLink: prosecutorInvite, ...PROSECUTOR });
    await prosecutorPages.signIn(adminPage, instance.url, ADMIN.username, ADMIN.passphrase);
    await prosecutorPages.approve(adminPage, PROSECUTOR.username, PROSECUTOR.displayName, prosecutorFingerprint);
    await prosecutorPages.signIn(prosecutorPage, instance.url, PROSECUTOR.username, PROSECUTOR.passphrase);
  } catch (error) {
    await screenshotStaffPages('set-up');
    console.error(`browser errors during set-up:\n${browserErrors.join('\n')}`);
    throw error;
  }
}, 600_000);

/** Keeps a picture of the staff pages for the person reading a failure (test-results/ by default). */
async function screenshotStaffPages(stamp: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/', import.meta.url));
  await mkdir(folder, { recursive: true });
  for (const [name, page] of [['admin', adminPage], ['prosecutor', prosecutorPage]] as const) {
    await page?.screenshot({ path: join(folder, `${stamp}-${name}.png`) }).catch(() => undefined);
  }
}

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await screenshotStaffPages(context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60));
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await Promise.all([normal?.close(), jitless?.close()]);
  await instance?.close();
  await dir?.remove();
});

describe.each([
  { mode: 'normal', jit: true },
  { mode: 'jitless (Tor Browser "Safer")', jit: false },
])('the loop with a whistleblower browser that is $mode', ({ mode, jit }) => {
  const run: RunRecord = {
    mode,
    canary: `canary-${mode.slice(0, 6)}-${Date.now().toString(36)}-pangolin`,
    title: `Pangolin scales offered in a group chat (${mode.slice(0, 6)})`,
    code: '',
    question: `Which group, and since when? (${mode.slice(0, 6)})`,
    answer: `The group is called Green Gold; since March. (${mode.slice(0, 6)})`,
    requestBodies: [],
  };
  let page: Page;

  beforeAll(async () => {
    page = await pageIn(jit ? normal : jitless);
    page.on('request', (request) => {
      const body = request.postData();
      if (body !== null) run.requestBodies.push(body);
      run.requestBodies.push(request.url());
    });
    runs.push(run);
  });

  // The idle preload of the landing page asks for libsodium's piece this browser runs beside the
  // crypto chunk (services/preload-sodium.ts), not after it has arrived and run: one round trip
  // less on Tor. The crypto chunk is held back until the piece is asked for, so a piece asked
  // for only by libsodium itself (which is in the crypto chunk's imports) never comes: the test fails.
  it('fetches, while the landing page idles, the libsodium piece it runs (only that one) beside the crypto', async () => {
    const fetched: string[] = [];
    const onRequest = (request: { url(): string }): void => {
      fetched.push(new URL(request.url()).pathname);
    };
    const isPiece = (url: string): boolean => /thicket-sodium-(?:wasm|asm)/.test(new URL(url).pathname);
    const isCrypto = (url: string): boolean => /\/crypto-services-[^/]*\.js$/.test(new URL(url).pathname);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    page.on('request', onRequest);
    const holdCrypto = (url: URL): boolean => isCrypto(url.href);
    await page.route(holdCrypto, async (route) => {
      await held;
      await route.continue();
    });
    try {
      const pieceAskedFor = page.waitForRequest((request) => isPiece(request.url()), { timeout: 120_000 });
      const cryptoArrived = page.waitForResponse((response) => isCrypto(response.url()), { timeout: 120_000 });
      await page.goto(`${instance.url}/`);
      const first = await pieceAskedFor;
      release();
      await Promise.all([first.response(), cryptoArrived]);
      // The agency list shows once the crypto has started (each agency is checked with it): by
      // then libsodium has asked for its piece itself, and found the one already loaded.
      await page.getByRole('button', { name: 'Make a report' }).click();
      await page.getByLabel(AGENCY).waitFor({ timeout: 120_000 });
      const pieces = fetched.filter((path) => isPiece(`${instance.url}${path}`)).map((path) => (path.includes('wasm') ? 'wasm' : 'asm'));
      expect(pieces).toEqual([jit ? 'wasm' : 'asm']);
    } finally {
      release();
      await page.unroute(holdCrypto);
      page.off('request', onRequest);
    }
  });

  it('sends a tip from the browser and shows the case code until it is confirmed', async () => {
    if (!jit) expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    run.code = await whistleblowerPages.submitTip(page, instance.url, {
      agencyName: AGENCY,
      title: run.title,
      description: `Seller posts photos of scales every week. ${run.canary}`,
      platform: 'WhatsApp',
      listingUrl: 'https://example.invalid/listing/123',
      species: 'Pangolin',
      country: 'Uganda',
    });
    expect(run.code.split(' ')).toHaveLength(12);
    expect(() => parseCaseCode(run.code)).not.toThrow();
  });

  it('sent only ciphertext: neither the tip nor the case code appears in any request', () => {
    const { entropy } = parseCaseCode(run.code);
    const secrets = [run.canary, run.code, run.code.replace(/ /g, ''), toBase64Url(entropy), Buffer.from(entropy).toString('hex'), Buffer.from(entropy).toString('base64')];
    expect(run.requestBodies.some((body) => body.includes('"caseId"'))).toBe(true);
    for (const body of run.requestBodies) for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('lets the prosecutor read the tip, reply and set the status', async () => {
    await prosecutorPages.openCase(prosecutorPage, instance.url, run.title);
    await prosecutorPage.getByText(run.canary).waitFor();
    await prosecutorPage.getByText('https://example.invalid/listing/123').waitFor();
    expect(await prosecutorPage.getByRole('link', { name: 'https://example.invalid/listing/123' }).count()).toBe(0);
    await prosecutorPages.reply(prosecutorPage, run.question);
    await prosecutorPages.setStatus(prosecutorPage, 'Waiting for the whistleblower');
  });

  it('lets the whistleblower return with the code typed messily, see the reply and status, and answer', async () => {
    const messy = `  ${run.code.toUpperCase().split(' ').slice(0, 6).join('   ')}\n${run.code.split(' ').slice(6).join(' \t')}  `;
    await whistleblowerPages.openCaseWithCode(page, instance.url, messy);
    await page.getByText(run.question).waitFor();
    await page.getByText(/^Status: Waiting for your answer/).waitFor();
    await whistleblowerPages.answer(page, run.answer);
  });

  it('shows the answer to the prosecutor', async () => {
    await prosecutorPages.openCase(prosecutorPage, instance.url, run.title);
    await prosecutorPage.getByText(run.answer).waitFor();
    expect(await prosecutorPage.getByRole('alert').filter({ hasText: 'has been altered' }).count()).toBe(0);
  });
});

describe('after the loop', () => {
  async function dumpTables(): Promise<string> {
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public'`.execute(instance.database.db);
    expect(tables.length).toBeGreaterThan(8);
    let dump = '';
    for (const { table_name } of tables) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(instance.database.db);
      dump += `${table_name}\n${JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value))}\n`;
    }
    return dump;
  }

  async function dataFolderText(path: string): Promise<string> {
    let text = '';
    for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      if ((await stat(file)).size > 64 * 1024 * 1024) continue;
      text += (await readFile(file)).toString('latin1');
    }
    return text;
  }

  it('keeps nothing readable at rest: tables, data folder and logs hold no tip, code, passphrase, address or user agent', async () => {
    expect(runs).toHaveLength(2);
    const tables = await dumpTables();
    const folder = process.env.DATABASE_URL ? '' : await dataFolderText(join(instance.dataDir, 'pglite'));
    const log = instance.log.text();
    expect(tables).toContain('case_messages');
    if (!process.env.DATABASE_URL) expect(folder.length).toBeGreaterThan(1_000_000);
    expect(log.length).toBeGreaterThan(0);
    const forbidden = [USER_AGENT, 'Canary-UA', '203.0.113.77', ADMIN.passphrase, PROSECUTOR.passphrase];
    for (const run of runs) {
      const { entropy } = parseCaseCode(run.code);
      forbidden.push(run.canary, run.code, run.title, run.question, run.answer, toBase64Url(entropy), Buffer.from(entropy).toString('hex'));
      forbidden.push(toBase64Url(deriveCaseKeys(entropy).signing.secretKey));
    }
    for (const secret of forbidden) {
      expect(tables, 'database tables').not.toContain(secret);
      expect(folder, 'data folder').not.toContain(secret);
      expect(log, 'log').not.toContain(secret);
    }
    // No client address either; the only loopback address in the log is the server's own "listening at" line.
    expect(tables).not.toContain('127.0.0.1');
    const logLines = log.split('\n').filter((line) => !line.includes('listening at'));
    expect(logLines.join('\n')).not.toContain('127.0.0.1');
  });

  it('makes both clients report messages altered, dropped or reordered in the database', async () => {
    const run = runs[0];
    if (!run) throw new Error('no run');
    const caseId = deriveCaseKeys(parseCaseCode(run.code).entropy).caseId;
    const db = instance.database.db;
    const original = await db.selectFrom('case_messages').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
    expect(original.map((row) => row.seq)).toEqual([0, 1, 2, 3]);
    const restore = async (): Promise<void> => {
      await db.deleteFrom('case_messages').where('case_id', '=', caseId).execute();
      await db.insertInto('case_messages').values(original).execute();
    };
    const tampers: Record<string, () => Promise<void>> = {
      altered: async () => {
        const reply = original[1];
        if (!reply) throw new Error('no reply');
        const envelope = Uint8Array.from(reply.envelope);
        envelope[envelope.length - 5] = (envelope[envelope.length - 5] ?? 0) ^ 0x01;
        await db.updateTable('case_messages').set({ envelope }).where('case_id', '=', caseId).where('seq', '=', 1).execute();
      },
      dropped: async () => {
        await db.deleteFrom('case_messages').where('case_id', '=', caseId).where('seq', '=', 2).execute();
      },
      reordered: async () => {
        await db.deleteFrom('case_messages').where('case_id', '=', caseId).where('seq', 'in', [1, 3]).execute();
        const [one, three] = [original[1], original[3]];
        if (!one || !three) throw new Error('missing rows');
        await db.insertInto('case_messages').values([{ ...one, seq: 3 }, { ...three, seq: 1 }]).execute();
      },
    };
    const whistleblower = await pageIn(normal);
    for (const [name, tamper] of Object.entries(tampers)) {
      await tamper();
      try {
        await whistleblowerPages.openCaseWithCode(whistleblower, instance.url, run.code);
        const wbAlert = whistleblower.getByRole('alert').filter({ hasText: 'has been altered' });
        await wbAlert.waitFor({ timeout: 30_000 });
        expect(await whistleblower.getByRole('button', { name: 'Send answer' }).isDisabled().catch(() => true), name).toBe(true);
        await prosecutorPages.openCase(prosecutorPage, instance.url, run.title);
        await prosecutorPage.getByRole('alert').filter({ hasText: 'has been altered' }).waitFor({ timeout: 30_000 });
      } finally {
        await restore();
      }
    }
    // Restored: both clients verify the thread again.
    await whistleblowerPages.openCaseWithCode(whistleblower, instance.url, run.code);
    await whistleblower.getByText(run.answer).waitFor();
    expect(await whistleblower.getByRole('alert').filter({ hasText: 'has been altered' }).count()).toBe(0);
  });

  it('refuses to send a tip when a prosecutor key in the database is not signed by the chain', async () => {
    const db = instance.database.db;
    const member = await db.selectFrom('members').select(['id', 'certificate']).where('username', '=', PROSECUTOR.username).executeTakeFirstOrThrow();
    if (member.certificate === null) throw new Error('prosecutor has no certificate');
    const genuine = decodeCertificate(member.certificate);
    const substitute = deriveCaseKeys(new Uint8Array(16).fill(7)).box.publicKey;
    const forged = encodeCertificate({ ...genuine, boxPublicKey: substitute });
    const casesBefore = await db.selectFrom('cases').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    await db.updateTable('members').set({ certificate: forged }).where('id', '=', member.id).execute();
    try {
      const page = await pageIn(jitless);
      const refusal = await whistleblowerPages.submitTipExpectingRefusal(page, instance.url, {
        agencyName: AGENCY,
        title: 'Must never be sent',
        description: 'A tip that must not be sealed to a substituted key.',
      });
      expect(refusal).toMatch(/not signed|replaced/i);
      const casesAfter = await db.selectFrom('cases').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(String(casesAfter.n)).toBe(String(casesBefore.n));
    } finally {
      await db.updateTable('members').set({ certificate: member.certificate }).where('id', '=', member.id).execute();
    }
  });
});

