// A fresh, migrated database for one test file, on the backend the environment selects:
// DATABASE_URL set -> a new PostgreSQL database copied from the run's template;
// otherwise -> a new in-memory PGlite loaded from the run's migrated tarball.
// Both come from test/global-setup.ts.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { createPgliteDatabase, createPostgresDatabase } from '../../server/db/create-database';
import type { DatabaseHandle } from '../../server/db/create-database';
import './provided-context';
import { createDatabaseFromTemplate, dropDatabase, withAdminClient, withDatabase } from './postgres-admin';

export interface TestDatabase extends DatabaseHandle {
  /** The PostgreSQL URL of this database (with credentials: never print it); undefined for PGlite. */
  readonly url: string | undefined;
}

function provided(key: 'thicketPgliteTemplate' | 'thicketPostgresTemplate' | 'thicketPostgresPrefix'): string {
  const value: unknown = inject(key);
  if (typeof value !== 'string') {
    throw new Error(`test global setup did not run (no "${key}"): run vitest with a config whose globalSetup is test/global-setup.ts`);
  }
  return value;
}

async function openPostgres(url: string): Promise<TestDatabase> {
  const template = provided('thicketPostgresTemplate');
  if (template === '') {
    throw new Error('DATABASE_URL is set in the test worker but global setup prepared no PostgreSQL template: set it for the whole run');
  }
  const name = `${provided('thicketPostgresPrefix')}${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, (client) => createDatabaseFromTemplate(client, name, template));
  const databaseUrl = withDatabase(url, name);
  const handle = createPostgresDatabase(databaseUrl);
  let closing: Promise<void> | undefined;
  return {
    ...handle,
    url: databaseUrl,
    close: () =>
      (closing ??= (async () => {
        await handle.close();
        await withAdminClient(url, (client) => dropDatabase(client, name));
      })()),
  };
}

async function openPglite(): Promise<TestDatabase> {
  const tarball = readFileSync(provided('thicketPgliteTemplate'));
  const handle = await createPgliteDatabase({ loadDataDir: new Blob([new Uint8Array(tarball)]) });
  return { ...handle, url: undefined };
}

/** A fresh migrated database. Close it in afterAll/afterEach. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env['DATABASE_URL'];
  return url !== undefined && url !== '' ? openPostgres(url) : openPglite();
}
