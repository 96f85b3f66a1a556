// Vitest global setup: prepares ONE migrated database per backend, once per run, so each test
// file gets a fresh copy quickly (test/helpers/database.ts):
// - PGlite: a migrated cluster saved with dumpDataDir() to a tarball in a temp folder; each
//   file loads it into a new in-memory PGlite (loadDataDir), far cheaper than initdb.
// - PostgreSQL (DATABASE_URL set): a migrated template database; each file runs
//   CREATE DATABASE ... TEMPLATE and drops its copy when done.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { createPostgresDatabase } from '../server/db/create-database';
import { migrateToLatest } from '../server/db/migrate';
import './helpers/provided-context';
import { dropDatabase, quoteDatabaseName, withAdminClient, withDatabase } from './helpers/postgres-admin';

async function preparePgliteTemplate(folder: string): Promise<string> {
  const pglite = await PGlite.create();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    // Uncompressed: loading a plain tar is about twice as fast as a gzipped one.
    const tarball = await pglite.dumpDataDir('none');
    const path = join(folder, 'pglite-template.tar');
    writeFileSync(path, new Uint8Array(await tarball.arrayBuffer()));
    return path;
  } finally {
    await db.destroy();
  }
}

async function preparePostgresTemplate(url: string, template: string): Promise<void> {
  await withAdminClient(url, async (client) => {
    await dropDatabase(client, template);
    await client.query(`create database ${quoteDatabaseName(template)}`);
  });
  const handle = createPostgresDatabase(withDatabase(url, template));
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  // Nobody connects to the template again: CREATE DATABASE ... TEMPLATE refuses to copy a
  // database that has connections.
  await withAdminClient(url, (client) => client.query(`alter database ${quoteDatabaseName(template)} with allow_connections false`));
}

async function dropRunDatabases(url: string, prefix: string, template: string): Promise<void> {
  await withAdminClient(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await dropDatabase(client, datname);
    await dropDatabase(client, template);
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = mkdtempSync(join(tmpdir(), 'thicket-test-'));
  project.provide('thicketPgliteTemplate', await preparePgliteTemplate(folder));

  const url = process.env['DATABASE_URL'];
  // A random run id keeps concurrent runs against one server (CI jobs, two terminals) apart.
  const runId = randomBytes(4).toString('hex');
  const template = `thicket_template_${runId}`;
  const prefix = `thicket_test_${runId}_`;
  if (url !== undefined && url !== '') await preparePostgresTemplate(url, template);
  project.provide('thicketPostgresTemplate', url !== undefined && url !== '' ? template : '');
  project.provide('thicketPostgresPrefix', prefix);

  return async () => {
    rmSync(folder, { recursive: true, force: true });
    if (url !== undefined && url !== '') await dropRunDatabases(url, prefix, template);
  };
}
