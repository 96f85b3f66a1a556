// The printed figures of the page-load benchmark's no-JavaScript leg (no-js.ts): one table of the two
// pages per link, and per link one line against the JavaScript pages measured in the same run on the
// same link (normal Chromium), the baseline.
import type { NoJsResults } from './no-js';
import type { Cell } from './report';

export interface NoJsLink {
  readonly title: string;
  readonly noJs: NoJsResults;
  /** The JavaScript pages on the same link in this run (normal Chromium). */
  readonly js: Cell | undefined;
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const ratio = (value: number, base: number): string => `×${(value / base).toFixed(2)}`;

export function noJsTable(links: readonly NoJsLink[], runs: number): string[] {
  const width = 24;
  const pageWidth = 36;
  const lines = [
    `no JavaScript (Tor Browser "Safest"): server-rendered pages, Chromium with JavaScript disabled, median of ${String(runs)} fresh contexts; ` +
      'bytes = every request of the visit, headers included (KB = 1000 bytes); time = navigation start to the load event (no script: ready when loaded):',
    `  ${'page'.padEnd(pageWidth)}${links.map((link) => link.title.padStart(width * 2)).join('')}`,
    `  ${''.padEnd(pageWidth)}${links.map(() => `${'bytes'.padStart(width)}${'time to load'.padStart(width)}`).join('')}`,
  ];
  const rows: readonly [string, keyof NoJsResults][] = [
    ['landing', 'landing'],
    ['tip form', 'form'],
  ];
  for (const [label, key] of rows) {
    const first = links[0]?.noJs[key];
    const name = `${label} (${first?.path.replace(/agency=.*/, 'agency=…') ?? ''})`;
    const cells = links.map((link) => {
      const figures = link.noJs[key];
      return `${`${kb(figures.wireBytes)} (${String(figures.requests)} req.)`.padStart(width)}${seconds(figures.loadMs).padStart(width)}`;
    });
    lines.push(`  ${name.padEnd(pageWidth)}${cells.join('')}`);
  }
  for (const link of links) {
    const { landing, form } = link.noJs;
    if (link.js === undefined) {
      lines.push(`  ${link.title}: no-JS landing ${kb(landing.wireBytes)}, ${seconds(landing.loadMs)}; no JavaScript landing measured on this link`);
      continue;
    }
    const js = link.js;
    lines.push(
      `  ${link.title}: no-JS landing: ${kb(landing.wireBytes)}, ${seconds(landing.loadMs)}; JS landing usable: ${seconds(js.landing.usableMs)}, ${kb(js.landing.beforeUsable.wire)} before usable ` +
        `(no-JS/JS: bytes ${ratio(landing.wireBytes, js.landing.beforeUsable.wire)}, time ${ratio(landing.loadMs, js.landing.usableMs)}); ` +
        `no-JS tip form loaded: ${kb(form.wireBytes)}, ${seconds(form.loadMs)} straight from its address; JS tip form ready: ${seconds(js.form.formReadyMs)} from opening the landing page (time ${ratio(form.loadMs, js.form.formReadyMs)})`,
    );
  }
  return lines;
}
