// Benchmark (not a test): weight and load time of the whistleblower landing page and of the way to
// the tip form (issue 6 item 6), in Chromium normal and --jitless (Tor Browser "Safer"), on:
//  - loopback, no throttling: the baseline of this run, every other time is printed as a ratio to it;
//  - an emulated Tor link (CDP throttling: 800 ms round trip, 1 Mbit/s down, 0.5 Mbit/s up);
//  - the same emulated link asking for gzip only (page-load/gzip-proxy.ts), as Chromium does over plain
//    http to a .onion: the server's .gz copies, where the direct leg gets its .br copies (127.0.0.1 is
//    localhost, where Chromium asks for br, as Tor Browser does on a .onion);
//  - a private Tor network on 127.0.0.1 (test/tor/network: 3 authorities, 1 relay, the deployment's
//    onion service, a client SOCKS port), Chromium going to the .onion through tor; with its start-up time.
// Also, on the emulated link and through the private Tor network, the pages without JavaScript (Tor
// Browser "Safest", /nojs/ and its tip form; page-load/no-js.ts) in Chromium with JavaScript disabled,
// beside the JavaScript landing page of the same link.
// Each visit is a fresh browser context with the cache disabled. Prints the requests in order with
// their sizes and the page's marks between them (what loads before first paint and what after), the
// bytes as served and with gzip, and the targets beside the figures.
// Run: npx tsx bench/page-load.ts [--runs N] [--no-tor]   (npm run bench:page-load; PGlite in a temp folder)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ready, toBase64Url } from '../crypto/index';
import { generateProsecutorKeys, readySumo } from '../crypto/prosecutor-keys';
import { createPgliteDatabase } from '../server/db/create-database';
import { migrateToLatest } from '../server/db/migrate';
import { buildClient, startInstance } from '../test/e2e/helpers/instance';
import { launchChromium } from '../test/helpers/chromium';
import { startTorNetwork } from '../test/tor/network/network';
import { requireTor } from '../test/tor/network/tor-binary';
import { launchChromiumThroughTor } from '../test/tor/network/tor-chromium';
import { setUpAgency } from './shared/agency-setup';
import { startGzipProxy } from './page-load/gzip-proxy';
import { createCleanUp } from './page-load/clean-up';
import { REPORT_BUTTON, SEND_BUTTON, formFigures, landingFigures, medianForm, medianLanding } from './page-load/figures';
import { EMULATED_TOR_LINK, type LinkConditions } from './page-load/link-conditions';
import type { MarkNames } from './page-load/page-marks';
import { MODES, TARGETS, targetLines, timeTable, weightLines, type Cell, type Mode, type Results } from './page-load/report';
import { requestTable } from './page-load/request-table';
import { visit, type Visit } from './page-load/visit';
import { agencyIdFromDirectory, measureNoJs, type NoJsResults } from './page-load/no-js';
import { noJsTable, type NoJsLink } from './page-load/no-js-report';

const AGENCY = 'Page Load Benchmark Unit';
const NAMES: MarkNames = { reportButton: REPORT_BUTTON, sendButton: SEND_BUTTON, agencyName: AGENCY };
const TIMEOUT_MS = 180_000;

function parseOptions(argv: readonly string[]): { runs: number; tor: boolean } {
  let runs = 3;
  let tor = true;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--no-tor') tor = false;
    else if (arg === '--runs' && /^[1-9]\d?$/.test(argv[index + 1] ?? '')) {
      runs = Number(argv[index + 1]);
      index += 1;
    } else throw new Error(`usage: npx tsx bench/page-load.ts [--runs N (1-99)] [--no-tor]; got ${JSON.stringify(arg)}`);
  }
  return { runs, tor };
}

/** The no-JavaScript pages in a browser of their own (JavaScript off: normal and --jitless are the same). */
async function measureNoJsLink(launch: () => Promise<Browser>, baseUrl: string, agencyId: string, conditions: LinkConditions | null, runs: number, link: string): Promise<NoJsResults> {
  const browser = await launch();
  const close = cleanUp.add(() => browser.close());
  try {
    return await measureNoJs(browser, { baseUrl, agencyId, conditions, runs, timeoutMs: TIMEOUT_MS, log: (line) => log(`${link}, ${line}`) });
  } finally {
    await close();
  }
}

const log = (line: string): void => {
  process.stderr.write(`[bench:page-load] ${line}\n`);
};
const cleanUp = createCleanUp(log);
const gzipCache = new Map<string, number>();

/** `runs` landing visits and `runs` visits straight to the tip form, alternating, in one browser. */
async function measure(browser: Browser, url: string, conditions: LinkConditions | null, runs: number, what: string): Promise<Cell> {
  const quietMs = conditions === null ? 500 : 2 * conditions.latencyMs + 500;
  const landings: Visit[] = [];
  const forms: Visit[] = [];
  for (let run = 0; run < runs; run += 1) {
    log(`${what}: run ${String(run + 1)}/${String(runs)}`);
    const common = { url, names: NAMES, conditions, quietMs, timeoutMs: TIMEOUT_MS, gzipCache };
    landings.push(await visit(browser, { ...common, kind: 'landing' }));
    forms.push(await visit(browser, { ...common, kind: 'form' }));
  }
  const [firstLanding] = landings;
  const [firstForm] = forms;
  if (firstLanding === undefined || firstForm === undefined) throw new Error('no runs');
  return { landing: medianLanding(landings.map(landingFigures)), form: medianForm(forms.map(formFigures)), firstLanding, firstForm };
}

/** Both browser modes on one link; each browser is closed before the next starts. */
async function measureModes(launch: (jitless: boolean) => Promise<Browser>, url: string, conditions: LinkConditions | null, runs: number, link: string): Promise<{ cells: Record<Mode, Cell>; version: string }> {
  const cells: Partial<Record<Mode, Cell>> = {};
  let version = '';
  for (const mode of MODES) {
    const browser = await launch(mode === 'jitless');
    const close = cleanUp.add(() => browser.close());
    try {
      version = browser.version();
      cells[mode] = await measure(browser, url, conditions, runs, `${link}, ${mode}`);
    } finally {
      await close();
    }
  }
  const { normal, jitless } = cells;
  if (normal === undefined || jitless === undefined) throw new Error('missing measurements');
  return { cells: { normal, jitless }, version };
}

function compressionNote(results: Results): string {
  // The app as it is, as the browser asks (br on 127.0.0.1 and on a .onion in Tor Browser).
  const asServed = [results.loopback, results.emulated, results.tor].filter((cells) => cells !== undefined);
  const visits = asServed.flatMap((cells) => MODES.flatMap((mode) => [cells[mode].firstLanding, cells[mode].firstForm]));
  const responses = visits.flatMap((one) => one.requests).filter((request) => request.status !== undefined);
  const encoded = responses.filter((request) => request.contentEncoding !== undefined);
  if (encoded.length === 0) {
    return `the server does not compress: none of ${String(responses.length)} responses had a Content-Encoding although Chromium asks for gzip, so "as served" is uncompressed and "with gzip" is headers + gzip -6 of each body`;
  }
  const kinds = [...new Set(encoded.map((request) => request.contentEncoding))].join(', ');
  return `the server compresses ${String(encoded.length)} of ${String(responses.length)} responses (${kinds}): "as served" is on the wire; "with gzip" is headers + gzip -6 of each decoded body`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const torVersion = options.tor ? requireTor() : 'not run (--no-tor)';
  await Promise.all([ready(), readySumo()]);
  const dir = await mkdtemp(join(tmpdir(), 'thicket-bench-page-load-'));
  cleanUp.removeOnExit(dir);
  cleanUp.add(() => rm(dir, { recursive: true, force: true }));
  // Temp files made for us (tor network, browser profiles, the app's files folder) go in there too.
  process.env['TMPDIR'] = join(dir, 'tmp');
  await mkdir(process.env['TMPDIR'], { mode: 0o700 });

  // ---------------------------------------------------------------- set-up (untimed)
  const root = generateProsecutorKeys().signing;
  const rootPublicKey = toBase64Url(root.publicKey);
  const clientDir = join(dir, 'client');
  log('building the client (Vite), as npm run build does');
  await buildClient(clientDir, rootPublicKey);
  log('starting the instance (PGlite in the temp folder) and setting up a verified agency');
  const database = await createPgliteDatabase({ dataDir: join(dir, 'pglite') });
  // The database alone until the instance runs; then the instance, whose close() closes the database too.
  let closeServer = (): Promise<void> => database.close();
  cleanUp.add(() => closeServer());
  await migrateToLatest(database.db);
  const instance = await startInstance({ dataDir: dir, database, rootPublicKey, clientDir });
  closeServer = () => instance.close();
  await setUpAgency(instance.app, database, root, AGENCY);
  const agencyId = await agencyIdFromDirectory(instance.url, AGENCY);

  // ---------------------------------------------------------------- measurements
  const results: Results = {};
  const local = (jitless: boolean): Promise<Browser> => launchChromium({ jitless });
  const loopback = await measureModes(local, `${instance.url}/`, null, options.runs, 'loopback');
  results.loopback = loopback.cells;
  results.emulated = (await measureModes(local, `${instance.url}/`, EMULATED_TOR_LINK, options.runs, 'emulated Tor link')).cells;
  const noJsLinks: NoJsLink[] = [
    {
      title: 'emulated Tor link',
      noJs: await measureNoJsLink(() => local(false), instance.url, agencyId, EMULATED_TOR_LINK, options.runs, 'emulated Tor link'),
      js: results.emulated.normal,
    },
  ];
  // The same link for a browser that asks for gzip only (Chromium over http to a .onion).
  const proxy = await startGzipProxy(instance.url);
  const closeProxy = cleanUp.add(() => proxy.close());
  results.emulatedGzip = (await measureModes(local, `${proxy.url}/`, EMULATED_TOR_LINK, options.runs, 'emulated Tor link, gzip only')).cells;
  await closeProxy();

  const torLines: string[] = [];
  if (options.tor) {
    log('starting the private Tor network');
    const network = await startTorNetwork({ targetPort: Number(new URL(instance.url).port), report: log });
    const stopNetwork = cleanUp.add(() => network.stop());
    const memory = await network.memory();
    const mib = memory.reduce((sum, node) => sum + node.rssKiB, 0) / 1024;
    const viaTor = (jitless: boolean): Promise<Browser> => launchChromiumThroughTor(network.socksPort, { jitless });
    results.tor = (await measureModes(viaTor, `http://${network.whistleblowerOnion}/`, null, options.runs, 'private Tor network')).cells;
    noJsLinks.push({
      title: 'private Tor network',
      noJs: await measureNoJsLink(() => viaTor(false), `http://${network.whistleblowerOnion}`, agencyId, null, options.runs, 'private Tor network'),
      js: results.tor.normal,
    });
    const { consensusMs, onionReachableMs, firstFetchMs } = network.timings;
    torLines.push(
      `private Tor network (${torVersion}; ${String(network.nodes.length)} tor processes on 127.0.0.1, ${mib.toFixed(0)} MiB resident): ` +
        `consensus after ${(consensusMs / 1000).toFixed(1)} s, onion service answering ${(onionReachableMs / 1000).toFixed(1)} s after its tor started, ` +
        `first fetch through the .onion ${(firstFetchMs / 1000).toFixed(1)} s after a cold start`,
      '  (the visits above came after that first fetch: circuits to the onion were already built, as for a person who opened the site once; ' +
        'every hop is on loopback, so these times show what tor itself adds, not the latency of real relays)',
    );
    await stopNetwork();
  }

  // ---------------------------------------------------------------- report
  const { emulated, emulatedGzip, tor } = results;
  if (emulated === undefined) throw new Error('missing measurements');
  const print = (lines: readonly string[] = ['']): void => {
    for (const line of lines) console.log(line);
  };
  print([
    `page load of the whistleblower landing page and tip form; ${new Date().toISOString()}; Chromium ${loopback.version}; ` +
      `${String(cpus().length)} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`,
    `usable = a visible h1 and a visible, enabled "${REPORT_BUTTON}" in a painted frame; tip form ready = clicks made as soon as possible ` +
      `("${REPORT_BUTTON}", tick the agency once listed, Continue) until "${SEND_BUTTON}" is enabled, the agency list having proved the crypto loaded and initialised`,
  ]);
  print();
  print([`requests of one landing visit, ${EMULATED_TOR_LINK.name}, normal Chromium (ms from opening the page; waits until the network is quiet, no click):`]);
  print(requestTable(emulated.normal.firstLanding).map((line) => `  ${line}`));
  print();
  print([`requests of one visit straight to the tip form, ${EMULATED_TOR_LINK.name}, normal Chromium:`]);
  print(requestTable(emulated.normal.firstForm).map((line) => `  ${line}`));
  print();
  if (tor !== undefined) {
    print(['requests of one visit straight to the tip form through the private Tor network (.onion), normal Chromium:']);
    print(requestTable(tor.normal.firstForm).map((line) => `  ${line}`));
    print();
  }
  print(timeTable(results, options.runs));
  print();
  print(weightLines(emulated.normal, emulatedGzip?.normal, EMULATED_TOR_LINK, compressionNote(results)));
  print();
  print(targetLines(emulated, emulatedGzip));
  print([`  (targets: landing under ${String(TARGETS.landingKB)} KB compressed and usable within ${String(TARGETS.landingUsableS)} s; tip ready to submit within ${String(TARGETS.tipReadyS)} s)`]);
  print();
  print(noJsTable(noJsLinks, options.runs));
  if (torLines.length > 0) {
    print();
    print(torLines);
  }
}

main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => cleanUp.run());
