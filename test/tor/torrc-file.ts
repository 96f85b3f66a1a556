// Reads a torrc the way tor does (one "Keyword value" per line, # comments, backslash line
// continuations, keywords case-insensitive) and groups the onion service options under the
// HiddenServiceDir they follow. Also rewrites the deployment's torrc so it can run outside the
// container: its folders under a local one, its service ports to a local target.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEPLOY_TORRC = fileURLToPath(new URL('../../deploy/tor/torrc', import.meta.url));
/** The folder the deployment's torrc keeps everything under (the tor container's volume). */
export const DEPLOY_TOR_DIR = '/var/lib/tor';

export interface TorrcEntry {
  /** As written. */
  readonly keyword: string;
  /** Lower case, for comparisons (tor's keywords are case-insensitive). */
  readonly key: string;
  readonly value: string;
  /** 1-based line where the entry starts. */
  readonly line: number;
}

export interface OnionServiceConfig {
  readonly dir: string;
  /** The HiddenService* options that follow its HiddenServiceDir, HiddenServiceDir excluded. */
  readonly options: readonly TorrcEntry[];
}

export function parseTorrc(text: string): TorrcEntry[] {
  const entries: TorrcEntry[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const start = index + 1;
    let line = lines[index] ?? '';
    while (line.trimEnd().endsWith('\\') && index + 1 < lines.length) {
      index += 1;
      line = `${line.trimEnd().slice(0, -1)} ${(lines[index] ?? '').trim()}`;
    }
    const content = line.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') continue;
    const match = /^(\S+)\s*(.*)$/.exec(content);
    if (match === null || match[1] === undefined) continue;
    entries.push({ keyword: match[1], key: match[1].toLowerCase(), value: (match[2] ?? '').trim().split(/\s+/).join(' '), line: start });
  }
  return entries;
}

export function readTorrc(path: string): TorrcEntry[] {
  return parseTorrc(readFileSync(path, 'utf8'));
}

/** Values of every entry with this keyword, in order. */
export function valuesOf(entries: readonly TorrcEntry[], keyword: string): string[] {
  const key = keyword.toLowerCase();
  return entries.filter((entry) => entry.key === key).map((entry) => entry.value);
}

/** Global options that follow a HiddenServiceDir still belong to the whole tor, not to it. */
function isServiceOption(entry: TorrcEntry): boolean {
  return entry.key.startsWith('hiddenservice') && entry.key !== 'hiddenservicenonanonymousmode' && entry.key !== 'hiddenservicesinglehopmode';
}

export function onionServices(entries: readonly TorrcEntry[]): OnionServiceConfig[] {
  const services: { dir: string; options: TorrcEntry[] }[] = [];
  for (const entry of entries) {
    if (entry.key === 'hiddenservicedir') {
      services.push({ dir: entry.value, options: [] });
    } else if (isServiceOption(entry)) {
      const current = services[services.length - 1];
      if (current === undefined) throw new Error(`torrc line ${String(entry.line)}: ${entry.keyword} before any HiddenServiceDir`);
      current.options.push(entry);
    }
  }
  return services;
}

/** The value of a single-valued service option, or undefined when the service does not set it. */
export function serviceOption(service: OnionServiceConfig, keyword: string): string | undefined {
  const values = valuesOf(service.options, keyword);
  if (values.length > 1) throw new Error(`${service.dir}: ${keyword} is set ${String(values.length)} times`);
  return values[0];
}

export interface LocalRewrite {
  /** Replaces DEPLOY_TOR_DIR in DataDirectory and every HiddenServiceDir. */
  readonly dir: string;
  /**
   * Every HiddenServicePort target becomes this (host:port), or, given per service, the target
   * named by the last segment of its HiddenServiceDir (`thicket`, `prosecutor`): a service
   * missing from it is an error. Unset: targets are kept.
   */
  readonly target?: string | Readonly<Record<string, string>>;
  /** Drop these global keywords (lower case), e.g. "log" to put the log elsewhere. */
  readonly drop?: readonly string[];
}

/**
 * The deployment's torrc as tor would run it outside the container: same options, with its folders
 * moved under `dir` and, when asked, its service ports pointed at a local target.
 */
export function rewriteForLocalRun(text: string, rewrite: LocalRewrite): string {
  const drop = new Set(rewrite.drop ?? []);
  const lines: string[] = [];
  let service = '';
  for (const entry of parseTorrc(text)) {
    if (drop.has(entry.key)) continue;
    let value = entry.value;
    if (entry.key === 'datadirectory' || entry.key === 'hiddenservicedir') {
      if (value !== DEPLOY_TOR_DIR && !value.startsWith(`${DEPLOY_TOR_DIR}/`)) {
        throw new Error(`torrc line ${String(entry.line)}: ${entry.keyword} ${value} is outside ${DEPLOY_TOR_DIR}`);
      }
      if (entry.key === 'hiddenservicedir') service = value.split('/').pop() ?? '';
      value = `${rewrite.dir}${value.slice(DEPLOY_TOR_DIR.length)}`;
    }
    if (entry.key === 'hiddenserviceport' && rewrite.target !== undefined) {
      const [virtualPort] = value.split(/\s+/);
      const target = typeof rewrite.target === 'string' ? rewrite.target : rewrite.target[service];
      if (target === undefined) throw new Error(`torrc line ${String(entry.line)}: no local target for the service "${service}"`);
      value = `${virtualPort ?? ''} ${target}`;
    }
    lines.push(`${entry.keyword} ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
