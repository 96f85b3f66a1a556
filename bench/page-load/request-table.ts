// Prints one visit's requests in the order the page made them, with the page's marks (first paint,
// usable, clicks, tip form ready) between them, so it is plain what loads before first paint and
// what after.
import type { Visit } from './visit';

const pad = (text: string, width: number): string => text.padStart(width);
const ms = (value: number | undefined): string => (value === undefined ? '…' : value.toFixed(0));
const bytes = (value: number | undefined): string => (value === undefined ? '-' : value.toLocaleString('en-US'));

function path(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

interface Line {
  readonly at: number;
  /** Marks sort before requests started at the same ms. */
  readonly order: number;
  readonly text: string;
}

export function requestTable(visit: Visit): string[] {
  const { marks } = visit;
  const lines: Line[] = [];
  const mark = (at: number | null, what: string): void => {
    if (at !== null) lines.push({ at, order: 0, text: `  ${'─'.repeat(4)} ${pad(at.toFixed(0), 6)} ms  ${what}` });
  };
  mark(marks.firstPaint, 'first paint');
  mark(marks.firstContentfulPaint, 'first contentful paint');
  mark(marks.landingUsable, 'landing page usable (heading + "Make a report" shown and enabled)');
  for (const click of marks.clicks) mark(click.at, `click: "${click.name}"`);
  mark(marks.agenciesListed, 'agency listed (crypto loaded and initialised)');
  mark(marks.formReady, 'tip form ready ("Encrypt and send" enabled)');
  visit.requests.forEach((request, index) => {
    const columns = [
      pad(String(index + 1), 3),
      pad(ms(request.startMs), 7),
      pad(ms(request.endMs), 7),
      pad(bytes(request.wireBytes), 10),
      pad(bytes(request.bodyBytes), 10),
      pad(bytes(request.gzipBodyBytes), 9),
      pad(request.failure ?? String(request.status ?? '…'), 4),
      request.type.padEnd(10),
      `${request.method === 'GET' ? '' : `${request.method} `}${path(request.url)}${request.contentEncoding === undefined ? '' : ` (${request.contentEncoding})`}`,
    ];
    lines.push({ at: request.startMs, order: 1, text: columns.join(' ') });
  });
  lines.sort((a, b) => a.at - b.at || a.order - b.order);
  const head = [pad('#', 3), pad('start', 7), pad('end', 7), pad('wire B', 10), pad('body B', 10), pad('gzip B', 9), pad('HTTP', 4), 'type'.padEnd(10), 'path'].join(' ');
  return [head, ...lines.map((line) => line.text)];
}
