// The few facts the tor configuration test needs from docker-compose.yml, read from its text by
// indentation (the project has no YAML parser of its own, and these lines are plain).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COMPOSE_FILE = fileURLToPath(new URL('../../docker-compose.yml', import.meta.url));

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

/** The lines nested under the first `key:` line found at `indent` inside `lines`. */
function blockUnder(lines: readonly string[], key: string, indent: number): string[] {
  const start = lines.findIndex((line) => indentOf(line) === indent && line.trim() === `${key}:`);
  if (start === -1) throw new Error(`docker-compose.yml: no "${key}:" at indentation ${String(indent)}`);
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (isContent(line) && indentOf(line) <= indent) break;
    block.push(line);
  }
  return block;
}

function scalar(lines: readonly string[], key: string): string {
  for (const line of lines) {
    const match = new RegExp(`^\\s*${key}:\\s*"?([^"\\s#]+)"?\\s*(#.*)?$`).exec(line);
    if (match?.[1] !== undefined) return match[1];
  }
  throw new Error(`docker-compose.yml: no "${key}:" where expected`);
}

export interface ComposeFacts {
  /** The app's fixed address on the backend network, and the ports of its two surfaces. */
  readonly appAddress: string;
  /** PORT: the whistleblower surface. */
  readonly appPort: string;
  /** PROSECUTOR_PORT: the prosecutor surface. */
  readonly appProsecutorPort: string;
  readonly backendSubnet: string;
  readonly backendInternal: boolean;
  /** Every `ports:` key in the file (none: nothing is published on the host). */
  readonly publishedPorts: number;
}

export function readComposeFacts(text = readFileSync(COMPOSE_FILE, 'utf8')): ComposeFacts {
  const lines = text.split('\n');
  const app = blockUnder(blockUnder(lines, 'services', 0), 'app', 2);
  const backend = blockUnder(blockUnder(lines, 'networks', 0), 'backend', 2);
  const environment = blockUnder(app, 'environment', 4);
  return {
    appAddress: scalar(blockUnder(app, 'networks', 4), 'ipv4_address'),
    appPort: scalar(environment, 'PORT'),
    appProsecutorPort: scalar(environment, 'PROSECUTOR_PORT'),
    backendSubnet: scalar(backend, '- subnet'),
    backendInternal: scalar(backend, 'internal') === 'true',
    publishedPorts: lines.filter((line) => /^\s*ports:/.test(line)).length,
  };
}
