// The one place that opens a database. PostgreSQL (pg.Pool) when DATABASE_URL is set, else
// the embedded PGlite in `${DATA_DIR}/pglite`. Both return values the same way (schema.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Config } from '../config';
import { lockDataDir } from './data-dir-lock';
import type { Database } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Where the data lives, safe to print: no credentials. */
  readonly location: string;
  /** Idempotent. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Errors on idle pooled connections (PostgreSQL restarts, network). Unhandled, they would crash the process. */
  readonly onPoolError?: (error: Error) => void;
}

const PG_DATE_OID = 1082;
const identity = (value: string): string => value;

function onceClose(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** A credential-free description of a PostgreSQL URL: host, port and database name. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
}

export function createPostgresDatabase(url: string, options: DatabaseOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Fail rather than queue forever when the server is unreachable or the pool is exhausted.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'thicket',
    // Per-pool parsers (not the global pg.types): dates stay 'YYYY-MM-DD' strings.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_DATE_OID ? identity : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    location: describePostgresUrl(url),
    close: onceClose(() => db.destroy()),
  };
}

export interface PgliteSource {
  /** A folder on disk, created if missing. Omit for an in-memory database. */
  readonly dataDir?: string;
  /** A tarball from PGlite's dumpDataDir() to start from (tests). */
  readonly loadDataDir?: Blob;
}

export async function createPgliteDatabase(source: PgliteSource): Promise<DatabaseHandle> {
  const pglite = await PGlite.create({
    ...(source.dataDir === undefined ? {} : { dataDir: source.dataDir }),
    ...(source.loadDataDir === undefined ? {} : { loadDataDir: source.loadDataDir }),
    // Same value shapes as the pg backend: dates as strings, int8 as decimal strings.
    parsers: { [pgliteTypes.DATE]: identity, [pgliteTypes.INT8]: identity },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    location: source.dataDir ?? 'memory',
    // Destroying Kysely closes PGlite (kysely-pglite-dialect's driver does it).
    close: onceClose(() => db.destroy()),
  };
}

function trimTrailingSlashes(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Opens the configured database. Migrations are not run here (see migrate.ts). */
export async function createDatabase(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  options: DatabaseOptions = {},
): Promise<DatabaseHandle> {
  if (config.databaseUrl !== undefined) {
    return createPostgresDatabase(config.databaseUrl, options);
  }
  const dataDir = trimTrailingSlashes(config.dataDir);
  // 0o700: the folder holds the case database; no other local user has any business in it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pgliteDir = dataDir === '/' ? '/pglite' : `${dataDir}/pglite`;
  const lock = lockDataDir(join(dataDir, 'pglite.lock'));
  let handle: DatabaseHandle;
  try {
    mkdirSync(pgliteDir, { recursive: true, mode: 0o700 });
    handle = await createPgliteDatabase({ dataDir: pgliteDir });
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...handle,
    location: pgliteDir,
    close: onceClose(async () => {
      try {
        await handle.close();
      } finally {
        lock.release();
      }
    }),
  };
}
