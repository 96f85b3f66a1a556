// A whole Thicket instance for browser tests: a real database (PGlite in a data folder on disk,
// or PostgreSQL when DATABASE_URL is set), a root key made by the operator's tool, the client
// built with that root key, and the real app listening on loopback with its log captured.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { buildApp, type App } from '../../../server/app';
import { createPgliteDatabase, type DatabaseHandle } from '../../../server/db/create-database';
import { migrateToLatest } from '../../../server/db/migrate';
import { captureLog, type CapturedLog } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Instance {
  readonly url: string;
  readonly database: DatabaseHandle;
  /** The data folder (PGlite files live in DATA_DIR/pglite when no DATABASE_URL is set). */
  readonly dataDir: string;
  readonly log: CapturedLog;
  readonly app: App;
  close(): Promise<void>;
}

/** Builds the client into `outDir` with `rootPublicKey` built in, as `npm run build` does. */
export async function buildClient(outDir: string, rootPublicKey: string): Promise<void> {
  const previous = process.env.ROOT_PUBLIC_KEY;
  process.env.ROOT_PUBLIC_KEY = rootPublicKey;
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
    });
  } finally {
    if (previous === undefined) delete process.env.ROOT_PUBLIC_KEY;
    else process.env.ROOT_PUBLIC_KEY = previous;
  }
}

export async function openDatabaseIn(dataDir: string): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== '') return openTestDatabase();
  const handle = await createPgliteDatabase({ dataDir: join(dataDir, 'pglite') });
  await migrateToLatest(handle.db);
  return handle;
}

export interface StartOptions {
  readonly dataDir: string;
  readonly database: DatabaseHandle;
  readonly rootPublicKey: string;
  readonly clientDir: string;
}

export async function startInstance(options: StartOptions): Promise<Instance> {
  const log = captureLog();
  const app = buildApp(
    { logLevel: 'debug', clientDir: options.clientDir, rootPublicKey: options.rootPublicKey },
    { db: options.database.db, dbKind: options.database.kind, logStream: log.stream },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database: options.database,
    dataDir: options.dataDir,
    log,
    app,
    close: async () => {
      await app.close();
      await options.database.close();
    },
  };
}

export async function tempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
