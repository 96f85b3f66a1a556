// The moments the page-load benchmark measures, taken inside the page on its own clock
// (ms since performance.timeOrigin, i.e. since the page was opened), by a script that runs before
// any of the page's own:
//  - landing usable: a visible h1 with text and a visible, enabled "Make a report" button, in the
//    frame that shows them (requestAnimationFrame: stylesheets have applied; React has attached its
//    event handlers when it put the button in the document);
//  - agencies listed: an enabled checkbox labelled with the agency's name. The list is built by the
//    crypto services (loadAgencies checks every certificate with libsodium), so when it shows, the
//    crypto has been fetched, evaluated and initialised;
//  - tip form ready: a visible, enabled "Encrypt and send" button (with the crypto already loaded,
//    as above: pressing it encrypts and sends with nothing more to fetch but the API calls);
//  - every click (capture phase), so times can also be taken from the click on "Make a report";
//  - first paint and first contentful paint (Paint Timing).
import type { Page } from 'playwright-core';
import { z } from 'zod';

export interface MarkNames {
  readonly reportButton: string;
  readonly sendButton: string;
  readonly agencyName: string;
}

export const GLOBAL_NAME = '__thicketPageLoadBench';

/** The init script (a string: a serialised function could pick up the TypeScript runner's helpers). */
export function marksScript(names: MarkNames): string {
  return `(() => {
  const names = ${JSON.stringify(names)};
  const state = { landingUsable: null, agenciesListed: null, formReady: null, clicks: [] };
  Object.defineProperty(window, ${JSON.stringify(GLOBAL_NAME)}, { value: state });
  const shown = (el) => el.getClientRects().length > 0;
  const textOf = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
  const button = (name) => Array.from(document.querySelectorAll('button')).some((b) => textOf(b) === name && !b.disabled && shown(b));
  const heading = () => Array.from(document.querySelectorAll('h1')).some((h) => textOf(h) !== '' && shown(h));
  const agency = () => Array.from(document.querySelectorAll('label')).some((l) => textOf(l).includes(names.agencyName) && l.control instanceof HTMLInputElement && !l.control.disabled && shown(l.control));
  const tests = { landingUsable: () => heading() && button(names.reportButton), agenciesListed: agency, formReady: () => button(names.sendButton) };
  const pending = new Set();
  let observer = null;
  const check = () => {
    for (const key of Object.keys(tests)) {
      if (state[key] !== null || pending.has(key) || !tests[key]()) continue;
      pending.add(key);
      requestAnimationFrame(() => {
        pending.delete(key);
        if (state[key] === null && tests[key]()) state[key] = performance.now();
        else check();
        if (observer !== null && Object.keys(tests).every((k) => state[k] !== null)) observer.disconnect();
      });
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button, label, input, a') : null;
    const label = target instanceof HTMLInputElement && target.labels !== null && target.labels.length > 0 ? textOf(target.labels[0]) : '';
    state.clicks.push({ name: target === null ? '' : label || textOf(target) || target.getAttribute('aria-label') || target.tagName, at: performance.now() });
  }, true);
})();`;
}

const marksSchema = z.object({
  timeOrigin: z.number(),
  landingUsable: z.number().nullable(),
  agenciesListed: z.number().nullable(),
  formReady: z.number().nullable(),
  clicks: z.array(z.object({ name: z.string(), at: z.number() })),
  firstPaint: z.number().nullable(),
  firstContentfulPaint: z.number().nullable(),
});

export type PageMarks = z.infer<typeof marksSchema>;

/** Reads the marks (null: not reached); fails if the init script did not run. */
export async function readMarks(page: Page): Promise<PageMarks> {
  const text: unknown = await page.evaluate(`(() => {
    const state = window[${JSON.stringify(GLOBAL_NAME)}];
    if (state === undefined) return null;
    const paint = (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
    return JSON.stringify({ ...state, timeOrigin: performance.timeOrigin, firstPaint: paint('first-paint'), firstContentfulPaint: paint('first-contentful-paint') });
  })()`);
  if (typeof text !== 'string') throw new Error('the page-load marks script did not run in the page');
  return marksSchema.parse(JSON.parse(text));
}

/**
 * Waits until the mark `key` is set (the time comes from the page, not from when this notices).
 * Polls with page.evaluate: page.waitForFunction compiles its predicate inside the page, which the
 * page's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export async function waitForMark(page: Page, key: 'landingUsable' | 'agenciesListed' | 'formReady', timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const set: unknown = await page.evaluate(`(window[${JSON.stringify(GLOBAL_NAME)}]?.${key} ?? null) !== null`);
    if (set === true) return;
    if (Date.now() > deadline) throw new Error(`the page did not reach "${key}" within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The time of the first click on an element named `name`, or null. */
export function clickTime(marks: PageMarks, name: string): number | null {
  return marks.clicks.find((click) => click.name === name)?.at ?? null;
}
