// One visit of the whistleblower page in a fresh browser context (empty cache, cache disabled,
// optionally throttled), recording every request and the page's own marks (page-marks.ts).
//  - 'landing': open the page, wait until it is usable, then wait until the network is quiet, so the
//    list also shows whatever the page fetches after first paint without any click;
//  - 'form': open the page and, as soon as it is usable, click "Make a report", tick the agency as soon
//    as it is listed and press Continue; wait until the tip form is ready.
import type { Browser } from 'playwright-core';
import { applyLinkConditions, type LinkConditions } from './link-conditions';
import { recordNetwork, type RequestRecord } from './network-recorder';
import { marksScript, readMarks, waitForMark, type MarkNames, type PageMarks } from './page-marks';

export type VisitKind = 'landing' | 'form';

export interface VisitOptions {
  readonly url: string;
  readonly kind: VisitKind;
  readonly names: MarkNames;
  /** null: no throttling. */
  readonly conditions: LinkConditions | null;
  /** How long nothing may load before the network counts as quiet. */
  readonly quietMs: number;
  readonly timeoutMs: number;
  /** Shared across visits: gzip sizes by path and length (measured once each). */
  readonly gzipCache: Map<string, number> | null;
}

export interface TimedRequest extends RequestRecord {
  /** ms from opening the page (performance.timeOrigin). */
  readonly startMs: number;
  readonly endMs: number | undefined;
}

export interface Visit {
  readonly kind: VisitKind;
  readonly marks: PageMarks;
  readonly requests: readonly TimedRequest[];
  /** False when the network never went quiet within the time allowed after the last mark. */
  readonly quiet: boolean;
}

export async function visit(browser: Browser, options: VisitOptions): Promise<Visit> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: marksScript(options.names) });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const session = await context.newCDPSession(page);
    const recorder = await recordNetwork(session);
    if (options.conditions !== null) await applyLinkConditions(session, options.conditions);

    try {
      await page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs });
      await waitForMark(page, 'landingUsable', options.timeoutMs);
      if (options.kind === 'form') {
        const slow = { timeout: options.timeoutMs };
        await page.getByRole('button', { name: options.names.reportButton, exact: true }).click(slow);
        await page.getByLabel(options.names.agencyName).check(slow);
        await page.getByRole('button', { name: 'Continue', exact: true }).click(slow);
        await waitForMark(page, 'formReady', options.timeoutMs);
      }
    } catch (error) {
      // Say what the page showed: the client changes, and a renamed button looks like a slow page.
      const shown = await page.evaluate('Array.from(document.querySelectorAll("h1, button, [role=alert]")).map((el) => el.tagName + ": " + (el.textContent || "").trim().slice(0, 80)).join(" | ")').catch(() => 'unknown');
      throw new Error(`${options.kind} visit of ${options.url}: ${error instanceof Error ? error.message : String(error)}\n  on screen: ${String(shown)}\n  ${problems.join('\n  ') || 'no page errors'}`, { cause: error });
    }
    const quiet = await recorder.waitQuiet(options.quietMs, options.timeoutMs);
    const marks = await readMarks(page);
    if (options.gzipCache !== null) await recorder.measureGzip(options.gzipCache);
    const requests = recorder.requests().map((request) => ({
      ...request,
      startMs: request.startWallMs - marks.timeOrigin,
      endMs: request.endWallMs === undefined ? undefined : request.endWallMs - marks.timeOrigin,
    }));
    await session.detach();
    return { kind: options.kind, marks, requests, quiet };
  } finally {
    await context.close();
  }
}
