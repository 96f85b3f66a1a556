// Start-up configuration: read from the environment once, validated, then frozen.
// Every failure is ONE line naming the variable, what is wrong and what is expected, so an
// operator can fix it without reading a stack trace.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fromBase64Url } from '../crypto/index';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Where the app listens: everything, or only the whistleblower surface when `prosecutor` is set. */
  readonly port: number;
  readonly host: string;
  /**
   * PROSECUTOR_PORT (and PROSECUTOR_HOST, default HOST): set, a second listener serves only the
   * prosecutor surface and the first only the whistleblower surface, so that each onion service
   * leads to its own port. Unset: one listener serves everything.
   */
  readonly prosecutor: ListenerConfig | undefined;
  readonly dataDir: string;
  /** Set: use this PostgreSQL server. Unset: embedded PGlite under `${dataDir}/pglite`. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: LogLevel;
  readonly clientDir: string;
  /** NOJS_DIR: the built no-JavaScript renderer (dist/nojs, api/no-js.ts). */
  readonly noJsDir: string;
  /**
   * The instance root Ed25519 public key (base64url, 32 bytes) printed by
   * `npm run admin -- init-root`. Unset until the operator has made it.
   */
  readonly rootPublicKey: string | undefined;
  readonly files: FilesConfig;
  /**
   * The whistleblower onion service's hostname (`<56 base32 characters>.onion`, the content of
   * tor's `hostname` file). Set: clearnet HTTPS pages name it in an Onion-Location header.
   */
  readonly onionAddress: string | undefined;
}

export interface ListenerConfig {
  readonly port: number;
  readonly host: string;
}

/** Evidence files: where the encrypted uploads live and how much a case may store. */
export interface FilesConfig {
  /** Folder for encrypted uploads (FILES_DIR, default `${DATA_DIR}/files`). */
  readonly dir: string;
  /** Largest file a person may attach, before encryption (MAX_FILE_BYTES, default 2 GiB). */
  readonly maxFileBytes: number;
  /** Encrypted bytes one case may store in all (CASE_QUOTA_BYTES, default 10 GiB). */
  readonly caseQuotaBytes: number;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 ** 3;
export const DEFAULT_CASE_QUOTA_BYTES = 10 * 1024 ** 3;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

// A hostname (RFC 1123 labels), an IPv4 address or an IPv6 address. Deliberately strict: this
// value ends up in the listen call and in the start-up line.
const hostnamePattern = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const hostSchema = z.union([z.ipv4(), z.ipv6(), z.string().regex(hostnamePattern)]);

const portSchema = z
  .string()
  .regex(/^[0-9]{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(65535));

// Paths: no control characters (they would corrupt the start-up line and logs) and not blank.
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
const pathSchema = z.string().refine((value) => !hasControlCharacter(value) && value.trim() === value);

const logLevelSchema = z.enum(LOG_LEVELS);

// A byte count: digits only, at least 1, at most 2^50 (1 PiB) so it stays a safe integer everywhere.
const byteCountSchema = z
  .string()
  .regex(/^[0-9]{1,16}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(2 ** 50));

interface Variable<T> {
  readonly name: string;
  readonly schema: z.ZodType<T, string>;
  readonly expected: string;
  readonly fallback: string | undefined;
  /** False for values that may carry secrets: the error then never echoes them. */
  readonly echo: boolean;
}

function describeValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}...` : value;
  // JSON.stringify escapes newlines and control characters: the message stays one line.
  return JSON.stringify(shown);
}

function read<T>(env: Env, variable: Variable<T>): T {
  const raw = env[variable.name] ?? variable.fallback;
  if (raw === undefined) {
    throw new ConfigError(variable.name, `${variable.name}: is required, expected ${variable.expected}`);
  }
  if (raw === '') {
    throw new ConfigError(variable.name, `${variable.name}: is empty, expected ${variable.expected} (unset it to use the default)`);
  }
  const result = variable.schema.safeParse(raw);
  if (!result.success) {
    const got = variable.echo ? `, got ${describeValue(raw)}` : '';
    throw new ConfigError(variable.name, `${variable.name}: must be ${variable.expected}${got}`);
  }
  return result.data;
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env['DATABASE_URL'];
  if (raw === undefined) return undefined;
  // An empty DATABASE_URL is refused rather than read as "unset": silently falling back to the
  // embedded database would put data somewhere the operator did not intend.
  const expected = 'a postgres:// or postgresql:// URL';
  if (raw === '') {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL: is empty, expected ${expected} (unset it to use the embedded database)`);
  }
  // The URL may carry a password: name only its scheme in the error, never the value.
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL: must be ${expected}, got a value that is not a URL`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL: must be ${expected}, got scheme ${describeValue(parsed.protocol.replace(/:$/, ''))}`);
  }
  return raw;
}

const rootKeyExpected = 'the root public key printed by `npm run admin -- init-root` (32 bytes as unpadded base64url, 43 characters)';

function readRootPublicKey(env: Env): string | undefined {
  const raw = env['ROOT_PUBLIC_KEY'];
  if (raw === undefined) return undefined;
  if (raw === '') {
    throw new ConfigError('ROOT_PUBLIC_KEY', `ROOT_PUBLIC_KEY: is empty, expected ${rootKeyExpected} (unset it while the instance has no root key)`);
  }
  try {
    fromBase64Url(raw, 32);
  } catch {
    throw new ConfigError('ROOT_PUBLIC_KEY', `ROOT_PUBLIC_KEY: must be ${rootKeyExpected}, got ${describeValue(raw)}`);
  }
  return raw;
}

const onionExpected = 'a v3 onion hostname: 56 characters a-z and 2-7, then .onion, as in the hostname file tor writes (no http://, no path)';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32Decode(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const character of text) {
    buffer = ((buffer << 5) | BASE32.indexOf(character)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  return bytes;
}

/**
 * A v3 onion address is base32(public key (32) | checksum (2) | version 3 (1)), the checksum being
 * the first two bytes of SHA3-256(".onion checksum" | public key | version) (rend-spec-v3).
 * Checking it catches a mistyped or truncated address at start-up, not in a visitor's browser.
 */
function checkOnionAddress(value: string): 'valid' | 'malformed' | 'bad-checksum' {
  const match = /^([a-z2-7]{56})\.onion$/.exec(value);
  if (match === null || match[1] === undefined) return 'malformed';
  const decoded = base32Decode(match[1]);
  if (decoded[34] !== 3) return 'malformed';
  const checksum = createHash('sha3-256').update('.onion checksum').update(decoded.subarray(0, 32)).update(Uint8Array.of(3)).digest();
  return checksum[0] === decoded[32] && checksum[1] === decoded[33] ? 'valid' : 'bad-checksum';
}

function readOnionAddress(env: Env): string | undefined {
  const raw = env['ONION_ADDRESS'];
  if (raw === undefined) return undefined;
  if (raw === '') {
    throw new ConfigError('ONION_ADDRESS', `ONION_ADDRESS: is empty, expected ${onionExpected} (unset it when no clearnet address points to the onion)`);
  }
  const check = checkOnionAddress(raw);
  if (check === 'malformed') {
    throw new ConfigError('ONION_ADDRESS', `ONION_ADDRESS: must be ${onionExpected}, got ${describeValue(raw)}`);
  }
  if (check === 'bad-checksum') {
    throw new ConfigError('ONION_ADDRESS', `ONION_ADDRESS: its checksum does not match (mistyped?), copy it from the hostname file tor writes, got ${describeValue(raw)}`);
  }
  return raw;
}

function readProsecutorListener(env: Env, port: number, host: string): ListenerConfig | undefined {
  if (env['PROSECUTOR_PORT'] === undefined) {
    if (env['PROSECUTOR_HOST'] !== undefined) {
      throw new ConfigError('PROSECUTOR_HOST', 'PROSECUTOR_HOST: has no effect without PROSECUTOR_PORT; set both or unset it');
    }
    return undefined;
  }
  const prosecutorPort = read(env, { name: 'PROSECUTOR_PORT', schema: portSchema, expected: 'an integer 1-65535', fallback: undefined, echo: true });
  if (prosecutorPort === port) {
    throw new ConfigError('PROSECUTOR_PORT', `PROSECUTOR_PORT: must differ from PORT (both are ${String(port)}); unset it to serve everything on one port`);
  }
  const prosecutorHost = read(env, { name: 'PROSECUTOR_HOST', schema: hostSchema, expected: 'a hostname or an IP address', fallback: host, echo: true });
  return Object.freeze({ port: prosecutorPort, host: prosecutorHost });
}

/**
 * Validates the environment. Pure: takes the env object, returns a frozen Config or throws
 * ConfigError whose message is a single line suitable for stderr.
 */
export function loadConfig(env: Env): Config {
  // Thicket never uses client addresses, so there is no proxy to trust. Refuse the variable
  // instead of ignoring it, so nobody believes they have configured something.
  if (env['TRUST_PROXY'] !== undefined) {
    throw new ConfigError('TRUST_PROXY', 'TRUST_PROXY: is not supported, Thicket never uses client addresses; unset it');
  }
  const dataDir = read(env, { name: 'DATA_DIR', schema: pathSchema, expected: 'a folder path without control characters or surrounding spaces', fallback: './data', echo: true });
  const files: FilesConfig = Object.freeze({
    dir: read(env, { name: 'FILES_DIR', schema: pathSchema, expected: 'a folder path without control characters or surrounding spaces', fallback: `${dataDir}/files`, echo: true }),
    maxFileBytes: read(env, { name: 'MAX_FILE_BYTES', schema: byteCountSchema, expected: 'a number of bytes from 1 to 2^50', fallback: String(DEFAULT_MAX_FILE_BYTES), echo: true }),
    caseQuotaBytes: read(env, { name: 'CASE_QUOTA_BYTES', schema: byteCountSchema, expected: 'a number of bytes from 1 to 2^50', fallback: String(DEFAULT_CASE_QUOTA_BYTES), echo: true }),
  });
  const port = read(env, { name: 'PORT', schema: portSchema, expected: 'an integer 1-65535', fallback: '8080', echo: true });
  const host = read(env, { name: 'HOST', schema: hostSchema, expected: 'a hostname or an IP address', fallback: '127.0.0.1', echo: true });
  return Object.freeze({
    port,
    host,
    prosecutor: readProsecutorListener(env, port, host),
    dataDir,
    databaseUrl: readDatabaseUrl(env),
    logLevel: read(env, { name: 'LOG_LEVEL', schema: logLevelSchema, expected: `one of ${LOG_LEVELS.join(', ')}`, fallback: 'info', echo: true }),
    clientDir: read(env, { name: 'CLIENT_DIR', schema: pathSchema, expected: 'a folder path without control characters or surrounding spaces', fallback: './dist/client', echo: true }),
    noJsDir: read(env, { name: 'NOJS_DIR', schema: pathSchema, expected: 'a folder path without control characters or surrounding spaces', fallback: './dist/nojs', echo: true }),
    rootPublicKey: readRootPublicKey(env),
    files,
    onionAddress: readOnionAddress(env),
  });
}
