// The printed summary of the page-load benchmark: times per browser mode and link, each beside the
// loopback baseline of the same run (ratio), the page's weight as served and with gzip, and the
// issue's targets beside the figures (issue 6: landing under 150 KB compressed and usable within
// 4 s on the emulated link; tip ready to submit within 8 s).
import type { FormFigures, LandingFigures } from './figures';
import { secondsToDownload, type LinkConditions } from './link-conditions';
import type { Visit } from './visit';

export type Mode = 'normal' | 'jitless';
export const MODES: readonly Mode[] = ['normal', 'jitless'];
export type LinkKey = 'loopback' | 'emulated' | 'emulatedGzip' | 'tor';

export interface Cell {
  readonly landing: LandingFigures;
  readonly form: FormFigures;
  readonly firstLanding: Visit;
  readonly firstForm: Visit;
}

export type Results = Partial<Record<LinkKey, Record<Mode, Cell>>>;

export const TARGETS = { landingKB: 150, landingUsableS: 4, tipReadyS: 8 } as const;

const LINK_TITLES: Record<LinkKey, string> = {
  loopback: 'loopback (baseline)',
  emulated: 'emulated Tor link',
  emulatedGzip: 'same, gzip only',
  tor: 'private Tor network',
};

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const msText = (value: number): string => `${value.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms`;
const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;
const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');

const ROWS: readonly { readonly label: string; readonly pick: (cell: Cell) => number }[] = [
  { label: 'first contentful paint', pick: (cell) => cell.landing.firstContentfulPaintMs },
  { label: 'landing page usable', pick: (cell) => cell.landing.usableMs },
  { label: 'agency listed (crypto loaded)', pick: (cell) => cell.form.agenciesListedMs },
  { label: 'tip form ready', pick: (cell) => cell.form.formReadyMs },
  { label: '  of which after the click', pick: (cell) => cell.form.formReadyAfterClickMs },
  { label: '  of which the harness (tick, Continue)', pick: (cell) => cell.form.automationMs },
];

/** Times from opening the page, one column per link, ratio against loopback. */
export function timeTable(results: Results, runs: number): string[] {
  const links = (Object.keys(LINK_TITLES) as LinkKey[]).filter((link) => results[link] !== undefined);
  const width = 24;
  const lines = [
    `times from opening the page, median of ${String(runs)} fresh browser contexts each; (×N) = ratio to the loopback baseline of this run:`,
    `${''.padEnd(8)}${''.padEnd(40)}${links.map((link) => LINK_TITLES[link].padStart(width)).join('')}`,
  ];
  for (const mode of MODES) {
    ROWS.forEach((row, index) => {
      const base = results.loopback?.[mode];
      const cells = links.map((link) => {
        const cell = results[link]?.[mode];
        if (cell === undefined) return '-'.padStart(width);
        const value = row.pick(cell);
        const ratio = link === 'loopback' || base === undefined ? '' : ` (×${(value / row.pick(base)).toFixed(1)})`;
        return `${msText(value)}${ratio}`.padStart(width);
      });
      lines.push(`${(index === 0 ? mode : '').padEnd(8)}${row.label.padEnd(40)}${cells.join('')}`);
    });
  }
  return lines;
}

/**
 * Weight of the landing page and of the way to the tip form (from the emulated link's normal runs),
 * and, when measured, what actually crossed the link when the browser asked for gzip only.
 */
export function weightLines(cell: Cell, gzipped: Cell | undefined, link: LinkConditions, compression: string): string[] {
  const { beforeUsable, afterUsable } = cell.landing;
  const form = cell.form.toFormReady;
  const asServedMet = beforeUsable.wire < TARGETS.landingKB * 1000;
  const gzipMet = beforeUsable.gzip < TARGETS.landingKB * 1000;
  return [
    `weight (KB = 1000 bytes; headers included; ${compression}):`,
    `  landing page, everything requested before it is usable: ${String(beforeUsable.requests)} requests, ${kb(beforeUsable.wire)} as served, ${kb(beforeUsable.gzip)} with gzip`,
    `    target under ${String(TARGETS.landingKB)} KB compressed: as served ${verdict(asServedMet)}; with gzip ${verdict(gzipMet)}`,
    `    at ${String(link.downloadBitsPerSecond / 1e6)} Mbit/s these bytes alone take ${secondsToDownload(link, beforeUsable.wire).toFixed(2)} s as served, ${secondsToDownload(link, beforeUsable.gzip).toFixed(2)} s with gzip (round trips come on top)`,
    `  fetched after the landing page is usable, without any click: ${String(afterUsable.requests)} requests, ${kb(afterUsable.wire)}${cell.landing.quiet ? '' : ' (the network never went quiet: the list may be cut short)'}`,
    `  opening the page to the tip form ready (crypto included): ${String(form.requests)} requests, ${kb(form.wire)} as served, ${kb(form.gzip)} with gzip;`,
    `    at ${String(link.downloadBitsPerSecond / 1e6)} Mbit/s: ${secondsToDownload(link, form.wire).toFixed(2)} s as served, ${secondsToDownload(link, form.gzip).toFixed(2)} s with gzip`,
    ...(gzipped === undefined
      ? []
      : [
          `  on the wire asking for gzip only (as Chromium over http to a .onion; measured): landing page ${kb(gzipped.landing.beforeUsable.wire)} ` +
            `(target under ${String(TARGETS.landingKB)} KB: ${verdict(gzipped.landing.beforeUsable.wire < TARGETS.landingKB * 1000)}), to the tip form ready ${kb(gzipped.form.toFormReady.wire)}`,
        ]),
  ];
}

/** The time targets on the emulated link, per mode (and asking for gzip only, when measured). */
export function targetLines(emulated: Record<Mode, Cell>, gzipped: Record<Mode, Cell> | undefined): string[] {
  const lines = ['targets on the emulated Tor link (median):'];
  const rows: [string, Record<Mode, Cell>][] = [['as served', emulated]];
  if (gzipped !== undefined) rows.push(['gzip only', gzipped]);
  for (const [how, cells] of rows) {
    for (const mode of MODES) {
      const cell = cells[mode];
      lines.push(
        `  ${how.padEnd(10)} ${mode.padEnd(8)} landing usable ${seconds(cell.landing.usableMs)} (target ${String(TARGETS.landingUsableS)} s: ${verdict(cell.landing.usableMs <= TARGETS.landingUsableS * 1000)}); ` +
          `tip ready to submit ${seconds(cell.form.formReadyMs)} from opening the page, ${seconds(cell.form.formReadyAfterClickMs)} from the click ` +
          `(target ${String(TARGETS.tipReadyS)} s from opening: ${verdict(cell.form.formReadyMs <= TARGETS.tipReadyS * 1000)})`,
      );
    }
  }
  return lines;
}
