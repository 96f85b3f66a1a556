// The figures of the page-load benchmark, taken from visits (visit.ts): times from opening the page
// (performance.timeOrigin) and bytes of the requests the page made up to a mark, as they came over
// the wire and as gzip would have made them; medians over runs.
import type { PageMarks } from './page-marks';
import { clickTime } from './page-marks';
import type { TimedRequest, Visit } from './visit';

export const REPORT_BUTTON = 'Make a report';
export const SEND_BUTTON = 'Encrypt and send';

export interface Bytes {
  readonly requests: number;
  /** As received: headers + body (uncompressed when the server does not compress). */
  readonly wire: number;
  /** Headers as received + gzip -6 of each body: what a compressing server would have sent. */
  readonly gzip: number;
}

export interface LandingFigures {
  readonly firstContentfulPaintMs: number;
  readonly usableMs: number;
  /** Everything the page asked for before it was usable. */
  readonly beforeUsable: Bytes;
  /** What it fetched after that on its own (no click), until the network was quiet. */
  readonly afterUsable: Bytes;
  readonly quiet: boolean;
}

export interface FormFigures {
  readonly usableMs: number;
  /** From opening the page, clicks made as soon as each step allowed. */
  readonly agenciesListedMs: number;
  readonly formReadyMs: number;
  /** From the click on "Make a report". */
  readonly formReadyAfterClickMs: number;
  /** The harness's own share: from the agency listed to the click on Continue. */
  readonly automationMs: number;
  /** Everything requested from opening the page to the form ready. */
  readonly toFormReady: Bytes;
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function required(value: number | null, what: string): number {
  if (value === null) throw new Error(`the page never reached "${what}"`);
  return value;
}

/** Bytes of the requests that started before `untilMs` (and at or after `fromMs`). */
export function bytesOf(requests: readonly TimedRequest[], fromMs: number, untilMs: number): Bytes {
  const chosen = requests.filter((request) => request.startMs >= fromMs && request.startMs < untilMs);
  return {
    requests: chosen.length,
    wire: chosen.reduce((sum, request) => sum + request.wireBytes, 0),
    gzip: chosen.reduce((sum, request) => sum + (request.gzipBodyBytes === undefined ? request.wireBytes : request.headerBytes + request.gzipBodyBytes), 0),
  };
}

export function landingFigures(visit: Visit): LandingFigures {
  const usableMs = required(visit.marks.landingUsable, 'landing usable');
  return {
    firstContentfulPaintMs: required(visit.marks.firstContentfulPaint, 'first contentful paint'),
    usableMs,
    beforeUsable: bytesOf(visit.requests, Number.NEGATIVE_INFINITY, usableMs),
    afterUsable: bytesOf(visit.requests, usableMs, Number.POSITIVE_INFINITY),
    quiet: visit.quiet,
  };
}

function continueClick(marks: PageMarks, after: number): number {
  const click = marks.clicks.find((candidate) => candidate.name === 'Continue' && candidate.at >= after);
  return required(click?.at ?? null, 'click on Continue');
}

export function formFigures(visit: Visit): FormFigures {
  const { marks } = visit;
  const formReadyMs = required(marks.formReady, 'tip form ready');
  const clickMs = required(clickTime(marks, REPORT_BUTTON), `click on ${REPORT_BUTTON}`);
  const agenciesListedMs = required(marks.agenciesListed, 'agencies listed');
  return {
    usableMs: required(marks.landingUsable, 'landing usable'),
    agenciesListedMs,
    formReadyMs,
    formReadyAfterClickMs: formReadyMs - clickMs,
    automationMs: continueClick(marks, agenciesListedMs) - agenciesListedMs,
    toFormReady: bytesOf(visit.requests, Number.NEGATIVE_INFINITY, formReadyMs),
  };
}

/** The median of each field over runs (bytes are the same from run to run; the median is taken anyway). */
export function medianLanding(all: readonly LandingFigures[]): LandingFigures {
  const bytes = (pick: (figures: LandingFigures) => Bytes): Bytes => ({
    requests: median(all.map((figures) => pick(figures).requests)),
    wire: median(all.map((figures) => pick(figures).wire)),
    gzip: median(all.map((figures) => pick(figures).gzip)),
  });
  return {
    firstContentfulPaintMs: median(all.map((figures) => figures.firstContentfulPaintMs)),
    usableMs: median(all.map((figures) => figures.usableMs)),
    beforeUsable: bytes((figures) => figures.beforeUsable),
    afterUsable: bytes((figures) => figures.afterUsable),
    quiet: all.every((figures) => figures.quiet),
  };
}

export function medianForm(all: readonly FormFigures[]): FormFigures {
  return {
    usableMs: median(all.map((figures) => figures.usableMs)),
    agenciesListedMs: median(all.map((figures) => figures.agenciesListedMs)),
    formReadyMs: median(all.map((figures) => figures.formReadyMs)),
    formReadyAfterClickMs: median(all.map((figures) => figures.formReadyAfterClickMs)),
    automationMs: median(all.map((figures) => figures.automationMs)),
    toFormReady: {
      requests: median(all.map((figures) => figures.toFormReady.requests)),
      wire: median(all.map((figures) => figures.toFormReady.wire)),
      gzip: median(all.map((figures) => figures.toFormReady.gzip)),
    },
  };
}
