// Creating and dropping throw-away PostgreSQL databases for tests. Names are generated here
// (never from input) and checked before they are spliced into DDL.
import pg from 'pg';

const safeName = /^[a-z][a-z0-9_]{0,62}$/;

export function quoteDatabaseName(name: string): string {
  if (!safeName.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withAdminClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'thicket-test-admin' });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseFromTemplate(client: pg.Client, name: string, template: string): Promise<void> {
  await client.query(`create database ${quoteDatabaseName(name)} template ${quoteDatabaseName(template)}`);
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`drop database if exists ${quoteDatabaseName(name)} with (force)`);
}
