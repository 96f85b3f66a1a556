// The whistleblower flow through a real onion service: a private Tor network on 127.0.0.1
// (network/network.ts: 3 authorities + 1 relay, the deployment's own torrc for the onion services,
// a client SOCKS port), Thicket behind it as deployed (the whistleblower surface behind the public
// onion, the prosecutor surface behind the staff onion: split-instance.ts), and Chromium whose every request goes through
// tor. A whistleblower opens the .onion, reports a tip to a verified agency, gets the case code,
// comes back with it, reads the prosecutor's question and answers. Also: every tor process listens
// on and talks to 127.0.0.1 only, the page asks nothing of any other host, and the prosecutor onion
// stays closed until a key made by deploy/tor/prosecutor-key.sh is added (then it opens), and
// neither onion leads to the other side's pages or API.
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ProsecutorCaseResponse } from '../../api/index';
import { ROUTES, routePath } from '../../api/index';
import { deriveCaseKeys, parseCaseCode, ready, toBase64Url } from '../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../crypto/prosecutor-keys';
import { openTestDatabase } from '../helpers/database';
import type { TestDatabase } from '../helpers/database';
import { buildClient, tempDir } from '../e2e/helpers/instance';
import * as whistleblowerPages from '../e2e/helpers/whistleblower-pages';
import { TestClock, contentKeyFor, envelopeFor, expectStatus, get, nextMessage, post, setUpAgency, wireMessage } from '../integration/core/world';
import type { Agency, World } from '../integration/core/world';
import { SocksError, socksHttpGet } from './network/socks-http';
import { startTorNetwork, waitForOnion } from './network/network';
import type { SurfacePorts, TorNetwork } from './network/network';
import { isLoopbackOrUnset, socketsOf } from './network/process-sockets';
import { launchChromiumThroughTor } from './network/tor-chromium';
import { requireTor } from './network/tor-binary';
import { livePids } from './network/tor-process';
import { startSplitInstance } from './split-instance';
import type { SplitInstance } from './split-instance';

const KEY_SCRIPT = fileURLToPath(new URL('../../deploy/tor/prosecutor-key.sh', import.meta.url));
const AGENCY = 'Mekong Wildlife Crime Unit';
const TIP = { title: 'Live pangolins offered in a group chat (onion)', description: 'A seller posts photos of live pangolins every Friday. onion-canary-7f3a' };
const QUESTION = 'Which chat group, and since when? (asked over Tor)';
const ANSWER = 'The group is called Green Gold, since March. (answered over Tor)';
const NO_JS_TIP = { title: 'Ivory bangles on a market app (onion, no JavaScript)', description: 'Listed as "old bone" every week. onion-nojs-canary-41c2' };
const NO_JS_ANSWER = 'The seller ships from the coast. (answered over Tor without JavaScript)';

let dir: { path: string; remove(): Promise<void> };
let database: TestDatabase | undefined;
let instance: SplitInstance | undefined;
let instanceStarting: Promise<unknown> | undefined;
let network: TorNetwork | undefined;
let world: World;
let agency: Agency;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base: string;
let caseCode = '';
const requestedUrls: string[] = [];
const responseTexts: { url: string; type: string; text: string }[] = [];
const browserErrors: string[] = [];

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function requireNetwork(): TorNetwork {
  if (network === undefined) throw new Error('the tor network did not start');
  return network;
}

beforeAll(async () => {
  requireTor();
  await Promise.all([ready(), readySumo()]);
  dir = await tempDir('thicket-onion-');
  const root = generateProsecutorKeys().signing;
  const rootPublicKey = toBase64Url(root.publicKey);
  // The client build and the database run while the relays agree on a consensus.
  const starting = (async (): Promise<SurfacePorts> => {
    const clientDir = join(dir.path, 'client');
    await buildClient(clientDir, rootPublicKey);
    database = await openTestDatabase();
    instance = await startSplitInstance({ database, rootPublicKey, clientDir });
    return { whistleblower: instance.whistleblower.port, prosecutor: instance.prosecutor.port };
  })();
  instanceStarting = starting.catch(() => undefined);
  network = await startTorNetwork({ targetPort: starting, report: (line) => console.log(line) });
  if (instance === undefined || database === undefined) throw new Error('the instance did not start');
  const running = instance;
  // The operator's and prosecutors' side, through inject on the prosecutor surface.
  world = { app: running.prosecutor.app, database, log: running.log, clock: new TestClock(new Date()), root, close: () => running.close() };
  agency = await setUpAgency(world, AGENCY, ['ranger']);

  browser = await launchChromiumThroughTor(network.socksPort, { jitless: true });
  context = await browser.newContext();
  page = await context.newPage();
  page.on('request', (request) => requestedUrls.push(request.url()));
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/^(text\/|application\/(javascript|json))/.test(type)) return;
    response.text().then(
      (text) => responseTexts.push({ url: response.url(), type, text }),
      () => undefined,
    );
  });
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  base = `http://${network.whistleblowerOnion}`;
}, 420_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  const pids = network?.nodes.map((node) => node.pid) ?? [];
  await network?.stop();
  await instanceStarting;
  await instance?.close();
  if (instance === undefined) await database?.close();
  await dir?.remove();
  // Every tor process is gone, by PID, and nothing is left in the temporary folder.
  for (const pid of pids) expect(isRunning(pid), `tor pid ${String(pid)} still running`).toBe(false);
  expect(livePids()).toEqual([]);
});

describe('a private Tor network in front of Thicket', () => {
  it('listens on and talks to 127.0.0.1 only, in every tor process; start-up time and memory are reported', async () => {
    const net = requireNetwork();
    expect(net.nodes.map((node) => node.name)).toEqual(['auth1', 'auth2', 'auth3', 'relay1', 'onion-service', 'client']);
    for (const node of net.nodes) {
      const sockets = await socketsOf(node.pid);
      expect(sockets.length, `${node.name} has sockets`).toBeGreaterThan(0);
      for (const socket of sockets) {
        expect(isLoopbackOrUnset(socket.local), `${node.name} ${socket.protocol} local ${socket.local}`).toBe(true);
        expect(isLoopbackOrUnset(socket.remote), `${node.name} ${socket.protocol} remote ${socket.remote}`).toBe(true);
      }
    }
    const listening = (await Promise.all(net.nodes.map((node) => socketsOf(node.pid)))).flat().filter((socket) => socket.state === 'LISTEN');
    // 4 relays x (ORPort + DirPort) + the client's SOCKS port.
    expect(listening).toHaveLength(9);
    const memory = await net.memory();
    const total = memory.reduce((sum, node) => sum + node.rssKiB, 0);
    expect(total).toBeGreaterThan(0);
    console.log(
      `tor network start-up: consensus ${seconds(net.timings.consensusMs)}, onion service reachable ${seconds(net.timings.onionReachableMs)} after its tor started, first fetch ${seconds(net.timings.firstFetchMs)} after a cold start; ` +
        `memory ${(total / 1024).toFixed(0)} MiB resident for ${String(memory.length)} tor processes (${memory.map((node) => `${node.name} ${(node.rssKiB / 1024).toFixed(0)}`).join(', ')})`,
    );
  });

  it('serves the landing page over the .onion to Chromium going through tor, without HSTS or Onion-Location', async () => {
    const started = Date.now();
    const response = await page.goto(`${base}/`);
    if (response === null) throw new Error('no response for the landing page');
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['onion-location']).toBeUndefined();
    await page.getByRole('button', { name: 'Make a report' }).waitFor({ timeout: 120_000 });
    console.log(`landing page usable through the onion (jitless Chromium): ${seconds(Date.now() - started)}`);
  });

  it('lets a whistleblower report a tip to a verified agency through the onion and get a case code', async () => {
    const started = Date.now();
    caseCode = await whistleblowerPages.submitTip(page, base, { agencyName: AGENCY, ...TIP });
    expect(caseCode.split(' ')).toHaveLength(12);
    expect(() => parseCaseCode(caseCode)).not.toThrow();
    console.log(`tip sent through the onion: ${seconds(Date.now() - started)}`);
  });

  it('lets the whistleblower come back with the code, read the prosecutor\'s question and answer, all through the onion', async () => {
    // The prosecutor replies from their own side (the API, as their browser would).
    const [prosecutor] = agency.prosecutors;
    const [token] = agency.prosecutorTokens;
    if (prosecutor === undefined || token === undefined) throw new Error('no prosecutor');
    const keys = deriveCaseKeys(parseCaseCode(caseCode).entropy);
    const caseUrl = routePath(ROUTES.prosecutorCase.url, { caseId: toBase64Url(keys.caseId) });
    const view = (await get(world, caseUrl, token)).json() as ProsecutorCaseResponse;
    const contentKey = contentKeyFor(prosecutor, keys.caseId, view.sealedKey);
    const reply = nextMessage(keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelopeFor(contentKey, keys.caseId, 'message', { kind: 'message', version: 1, text: QUESTION }));
    expectStatus(await post(world, routePath(ROUTES.postProsecutorMessage.url, { caseId: toBase64Url(keys.caseId) }), wireMessage(reply), token), 201);

    await whistleblowerPages.openCaseWithCode(page, base, caseCode);
    await page.getByText(QUESTION).waitFor({ timeout: 120_000 });
    await page.getByText(TIP.title).first().waitFor({ timeout: 30_000 });
    await whistleblowerPages.answer(page, ANSWER);
    // The answer reached the server through the onion: the thread now holds tip, question, answer.
    await expect.poll(async () => ((await get(world, caseUrl, token)).json() as ProsecutorCaseResponse).messages.length, { timeout: 60_000 }).toBe(3);
    // Script errors are reported, not judged here: the jitless whistleblower pages are issue 6 item 1's.
    if (browserErrors.length > 0) console.warn(`errors in the whistleblower page (jitless):\n${browserErrors.join('\n')}`);
  });

  it('made the browser ask nothing of any host but the onion, and served nothing that names the server or another host to fetch', () => {
    const net = requireNetwork();
    if (instance === undefined) throw new Error('no instance');
    expect(requestedUrls.length).toBeGreaterThan(5);
    for (const url of requestedUrls) expect(new URL(url).host, url).toBe(net.whistleblowerOnion);
    expect(responseTexts.some((response) => response.type.startsWith('text/html'))).toBe(true);
    expect(responseTexts.some((response) => response.type.includes('javascript'))).toBe(true);
    expect(responseTexts.some((response) => response.type.startsWith('application/json'))).toBe(true);
    // The server's own address (here 127.0.0.1:<port>, in production its clearnet name) and the
    // onion's name appear nowhere: every URL the client uses is relative.
    const own = [
      ...[instance.whistleblower, instance.prosecutor].flatMap((surface) => [new URL(surface.url).host, `localhost:${String(surface.port)}`]),
      net.whistleblowerOnion,
      net.prosecutorOnion,
    ];
    const named = new Set<string>();
    for (const response of responseTexts) {
      for (const text of own) expect(response.text, `${response.url} names ${text}`).not.toContain(text);
      const hosts = [...response.text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)].map((match) => (match[1] ?? '').toLowerCase());
      if (response.type.includes('javascript')) {
        // Libraries carry names as plain strings (XML namespaces, licence and error-decoder links);
        // nothing fetches them (every request above went to the onion, and the CSP allows only 'self').
        for (const host of hosts) named.add(host);
      } else {
        // Pages, styles and API answers carry no absolute URL at all.
        expect(hosts, response.url).toEqual([]);
      }
    }
    console.log(`host names that appear as strings inside the scripts (never requested): ${[...named].sort().join(', ') || 'none'}`);
  });
  it('works without JavaScript too (Tor Browser "Safest"): a tip and an answer through the onion, encrypted by the server on arrival and flagged', async () => {
    if (browser === undefined) throw new Error('no browser');
    const [token] = agency.prosecutorTokens;
    if (token === undefined) throw new Error('no prosecutor');
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noJs = await plain.newPage();
      noJs.setDefaultTimeout(120_000);
      const started = Date.now();
      await noJs.goto(`${base}/nojs/report`);
      await noJs.getByLabel(AGENCY).check();
      await noJs.getByRole('button', { name: 'Continue' }).click();
      await noJs.locator('#tip-title').fill(NO_JS_TIP.title);
      await noJs.locator('#tip-description').fill(NO_JS_TIP.description);
      await noJs.getByRole('button', { name: 'Encrypt and send' }).click();
      const words = (await noJs.locator('ol.case-code li').allTextContents()).map((word) => word.trim());
      expect(words).toHaveLength(12);
      const code = words.join(' ');
      console.log(`tip sent without JavaScript through the onion: ${seconds(Date.now() - started)}`);

      // The server encrypted it as a browser would: the prosecutors' view has it, flagged.
      const keys = deriveCaseKeys(parseCaseCode(code).entropy);
      const caseUrl = routePath(ROUTES.prosecutorCase.url, { caseId: toBase64Url(keys.caseId) });
      const view = (await get(world, caseUrl, token)).json() as ProsecutorCaseResponse;
      expect(view.encryptedOnServer).toBe(true);
      expect(view.messages).toHaveLength(1);

      await noJs.goto(`${base}/nojs/return`);
      await noJs.locator('#case-code').fill(code);
      await noJs.getByRole('button', { name: 'Open my case' }).click();
      await noJs.getByText(NO_JS_TIP.title).first().waitFor();
      await noJs.locator('#answer').fill(NO_JS_ANSWER);
      await noJs.getByRole('button', { name: 'Send answer' }).click();
      await noJs.getByText('Your answer was sent.').waitFor();
      expect(((await get(world, caseUrl, token)).json() as ProsecutorCaseResponse).messages).toHaveLength(2);
      expect(await noJs.locator('script').count()).toBe(0);
    } finally {
      await plain.close();
    }
  });
});

describe('the prosecutor onion service (client authorization)', () => {
  it('is not reachable through the whistleblower onion: its pages and its API answer 404 there', async () => {
    const net = requireNetwork();
    for (const path of ['/prosecutor/', '/prosecutor/index.html', routePath(ROUTES.invite.url, { token: 'AAAA' }), ROUTES.me.url, ROUTES.inbox.url]) {
      const result = await socksHttpGet(net.socksPort, net.whistleblowerOnion, path, 60_000);
      expect(result.status, path).toBe(404);
      expect(result.body.toString('utf8'), path).toBe('{"error":{"code":"not_found","message":"Not found"}}');
    }
    expect((await socksHttpGet(net.socksPort, net.whistleblowerOnion, ROUTES.directory.url, 60_000)).status).toBe(200);
  });

  it('cannot be reached without a key, and opens once a key made by prosecutor-key.sh is added and tor reloaded', async () => {
    const net = requireNetwork();
    const refused = await socksHttpGet(net.socksPort, net.prosecutorOnion, '/prosecutor/', 60_000).then(
      (result) => `HTTP ${String(result.status)}`,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SocksError);
    expect((refused as SocksError).reply).toBe(0xf4);
    // Before any prosecutor key: only the key nobody holds (entrypoint.sh) is authorized.
    expect(await readdir(net.authorizedClientsDir)).toEqual(['_nobody.auth']);

    // The prosecutor makes a key pair; the operator adds the public half; tor reloads (SIGHUP).
    const keys = spawnSync('sh', [KEY_SCRIPT, 'ranger', net.prosecutorOnion], { cwd: dir.path, encoding: 'utf8' });
    expect(keys.status, keys.stderr).toBe(0);
    await copyFile(join(dir.path, 'ranger.auth'), join(net.authorizedClientsDir, 'ranger.auth'));
    await copyFile(join(dir.path, 'ranger.auth_private'), join(net.clientAuthDir, 'ranger.auth_private'));
    expect(await readFile(join(net.authorizedClientsDir, 'ranger.auth'), 'utf8')).toMatch(/^descriptor:x25519:[A-Z2-7]{52}\n$/);
    const started = Date.now();
    net.onionService.reload();
    net.client.reload();
    expect(await waitForOnion(net.socksPort, net.prosecutorOnion, '/prosecutor/', 120_000)).toBe(200);
    console.log(`prosecutor onion reachable ${seconds(Date.now() - started)} after adding the key and reloading tor`);
    // It serves the staff side only: its address alone leads to the staff app, the public side's
    // pages and API are not there.
    const root = await socksHttpGet(net.socksPort, net.prosecutorOnion, '/', 60_000);
    expect([root.status, root.headers['location']]).toEqual([302, '/prosecutor/']);
    for (const path of ['/index.html', ROUTES.directory.url]) {
      expect((await socksHttpGet(net.socksPort, net.prosecutorOnion, path, 60_000)).status, path).toBe(404);
    }

    const staff = await context.newPage();
    await staff.goto(`http://${net.prosecutorOnion}/prosecutor/#/login`);
    await staff.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 120_000 });
    await staff.close();
    expect(existsSync(join(net.clientAuthDir, 'ranger.auth_private'))).toBe(true);
  });
});
