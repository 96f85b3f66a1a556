// The no-JavaScript leg of the page-load benchmark (Tor Browser "Safest"; docs/PROTOCOL.md §20): the
// server-rendered landing page (/nojs/) and tip form (/nojs/write?agency=<id>), in a browser context
// with JavaScript disabled. These pages carry no script, so each is ready once loaded: the time is
// from the navigation's document request to the load event (both CDP monotonic timestamps), the
// bytes are everything that crossed the wire for the visit (Chromium's encodedDataLength, headers
// included). A fresh context per visit, cache disabled; medians over runs.
import type { Browser } from 'playwright-core';
import { directoryResponse } from '../../api/directory';
import { median } from './figures';
import { applyLinkConditions, type LinkConditions } from './link-conditions';
import { recordNetwork } from './network-recorder';

export type NoJsPageKey = 'landing' | 'form';
export const NO_JS_PAGE_KEYS: readonly NoJsPageKey[] = ['landing', 'form'];

export interface NoJsVisit {
  readonly requests: number;
  /** Bytes on the wire, headers included, of every request of the visit. */
  readonly wireBytes: number;
  /** From the document request (navigation start) to the load event. */
  readonly loadMs: number;
}

export interface NoJsFigures {
  readonly path: string;
  /** Medians over the runs (each figure on its own). */
  readonly requests: number;
  readonly wireBytes: number;
  readonly loadMs: number;
}

export type NoJsResults = Record<NoJsPageKey, NoJsFigures>;

export interface NoJsOptions {
  /** Where the instance is reached from this browser, without a trailing slash (loopback or .onion). */
  readonly baseUrl: string;
  /** The agency the tip form is opened for (agencyIdFromDirectory). */
  readonly agencyId: string;
  /** null: no throttling. */
  readonly conditions: LinkConditions | null;
  readonly runs: number;
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

/** The id of the agency named `name` in the instance's public directory (GET /api/directory). */
export async function agencyIdFromDirectory(instanceUrl: string, name: string): Promise<string> {
  const response = await fetch(`${instanceUrl}/api/directory`);
  if (!response.ok) throw new Error(`GET /api/directory: HTTP ${String(response.status)}`);
  const { agencies } = directoryResponse.parse(await response.json());
  const agency = agencies.find((one) => one.name === name);
  if (agency === undefined) throw new Error(`the directory does not list "${name}" (it lists ${String(agencies.length)} agencies)`);
  return agency.agencyId;
}

export function noJsPaths(agencyId: string): Record<NoJsPageKey, string> {
  return { landing: '/nojs/', form: `/nojs/write?agency=${encodeURIComponent(agencyId)}` };
}

/** One cold visit of `url` with JavaScript off. */
async function visitNoJs(browser: Browser, url: string, conditions: LinkConditions | null, timeoutMs: number): Promise<NoJsVisit> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    let documentSentAt: number | undefined;
    let loadAt: number | undefined;
    session.on('Network.requestWillBeSent', (event) => {
      if (documentSentAt === undefined && event.type === 'Document') documentSentAt = event.timestamp;
    });
    session.on('Page.loadEventFired', (event) => {
      loadAt ??= event.timestamp;
    });
    await session.send('Page.enable');
    const recorder = await recordNetwork(session);
    if (conditions !== null) await applyLinkConditions(session, conditions);

    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    if (response === null || response.status() !== 200) throw new Error(`GET ${url}: HTTP ${String(response?.status() ?? 'no response')}`);
    // The point of these pages: nothing to run.
    const scripts = await page.locator('script').count();
    if (scripts !== 0) throw new Error(`${url} carries ${String(scripts)} script element(s)`);
    const quietMs = conditions === null ? 300 : 2 * conditions.latencyMs + 300;
    const quiet = await recorder.waitQuiet(quietMs, timeoutMs);
    if (!quiet) throw new Error(`${url}: the network never went quiet`);
    if (documentSentAt === undefined || loadAt === undefined) throw new Error(`${url}: no document request or load event seen through CDP`);
    const requests = recorder.requests();
    const failed = requests.filter((request) => request.failure !== undefined);
    if (failed.length > 0) throw new Error(`${url}: ${failed.map((request) => `${request.url} ${request.failure ?? ''}`).join(', ')}`);
    await session.detach();
    return {
      requests: requests.length,
      wireBytes: requests.reduce((sum, request) => sum + request.wireBytes, 0),
      loadMs: (loadAt - documentSentAt) * 1000,
    };
  } finally {
    await context.close();
  }
}

/** `runs` cold visits of each no-JavaScript page, alternating, in `browser`; medians. */
export async function measureNoJs(browser: Browser, options: NoJsOptions): Promise<NoJsResults> {
  const paths = noJsPaths(options.agencyId);
  const visits: Record<NoJsPageKey, NoJsVisit[]> = { landing: [], form: [] };
  for (let run = 0; run < options.runs; run += 1) {
    options.log(`no JavaScript: run ${String(run + 1)}/${String(options.runs)}`);
    for (const key of NO_JS_PAGE_KEYS) visits[key].push(await visitNoJs(browser, `${options.baseUrl}${paths[key]}`, options.conditions, options.timeoutMs));
  }
  const figures = (key: NoJsPageKey): NoJsFigures => ({
    path: paths[key],
    requests: median(visits[key].map((one) => one.requests)),
    wireBytes: median(visits[key].map((one) => one.wireBytes)),
    loadMs: median(visits[key].map((one) => one.loadMs)),
  });
  return { landing: figures('landing'), form: figures('form') };
}
