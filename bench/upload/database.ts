// The benchmark's database, as the server would have it: PGlite in DATA_DIR/pglite by default,
// or, when DATABASE_URL is set, a fresh database made on that PostgreSQL server for this run
// (dropped at the end), so nothing already there is touched. Migrated to the latest schema.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '../../server/db/create-database';
import { migrateToLatest } from '../../server/db/migrate';
import { dropDatabase, quoteDatabaseName, withAdminClient, withDatabase } from '../../test/helpers/postgres-admin';

export interface BenchDatabase {
  readonly kind: 'pglite' | 'postgres';
  /** DATABASE_URL for the server process (undefined: PGlite in its DATA_DIR). Holds credentials: never print it. */
  readonly serverUrl: string | undefined;
  /** Opens it in this process (PGlite: only while the server is not running). */
  open(): Promise<DatabaseHandle>;
  /** Drops the PostgreSQL database made for the run (PGlite goes with the temp folder). */
  drop(): Promise<void>;
}

export async function createBenchDatabase(dataDir: string): Promise<BenchDatabase> {
  const url = process.env['DATABASE_URL'];
  if (url === undefined || url === '') {
    const handle = await createPgliteDatabase({ dataDir: join(dataDir, 'pglite') });
    try {
      await migrateToLatest(handle.db);
    } finally {
      await handle.close();
    }
    return {
      kind: 'pglite',
      serverUrl: undefined,
      open: () => createPgliteDatabase({ dataDir: join(dataDir, 'pglite') }),
      drop: async () => undefined,
    };
  }
  const name = `thicket_bench_${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, (client) => client.query(`create database ${quoteDatabaseName(name)}`));
  const serverUrl = withDatabase(url, name);
  const handle = createPostgresDatabase(serverUrl);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return {
    kind: 'postgres',
    serverUrl,
    open: async () => createPostgresDatabase(serverUrl),
    drop: () => withAdminClient(url, (client) => dropDatabase(client, name)),
  };
}
