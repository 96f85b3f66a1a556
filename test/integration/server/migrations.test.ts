// Migrations on a real database (PGlite, or PostgreSQL when DATABASE_URL is set).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrationNames } from '../../../server/db/migrate';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function columns(table: string): Promise<Record<string, { type: string; nullable: boolean }>> {
  const { rows } = await sql<{ column_name: string; data_type: string; is_nullable: string }>`
    select column_name, data_type, is_nullable from information_schema.columns
    where table_schema = 'public' and table_name = ${table}`.execute(database.db);
  return Object.fromEntries(rows.map((row) => [row.column_name, { type: row.data_type, nullable: row.is_nullable === 'YES' }]));
}

describe(`migrations (${process.env['DATABASE_URL'] ? 'postgres' : 'pglite'})`, () => {
  it('has run every migration on the test database', async () => {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    expect(rows.map((row) => row.name)).toEqual(migrationNames());
  });

  it('creates receipt_keys with the expected columns', async () => {
    expect(await columns('receipt_keys')).toEqual({
      id: { type: 'integer', nullable: false },
      public_key: { type: 'bytea', nullable: false },
      secret_key: { type: 'bytea', nullable: false },
      created_on: { type: 'date', nullable: false },
    });
  });

  it('creates audit_events with the expected columns', async () => {
    expect(await columns('audit_events')).toEqual({
      id: { type: 'bigint', nullable: false },
      day: { type: 'date', nullable: false },
      actor_kind: { type: 'text', nullable: false },
      actor_id: { type: 'text', nullable: true },
      action: { type: 'text', nullable: false },
      subject: { type: 'text', nullable: true },
    });
  });

  // Agency members are not anonymous: their sessions, invites and login throttling need real
  // expiry times. Nothing here concerns a whistleblower; every other column is at most a day.
  const memberTimeColumns = new Set(['members.locked_until', 'invites.expires_at', 'member_sessions.expires_at']);

  it('stores no time finer than a day and no network address in any table (but member expiries)', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_%'`.execute(database.db);
    expect(rows.length).toBeGreaterThan(0);
    const offending = rows.filter(
      (row) =>
        (/time|interval|inet|cidr|macaddr/.test(row.data_type) && !memberTimeColumns.has(`${row.table_name}.${row.column_name}`)) ||
        /(^|_)(ip|address|user_agent)($|_)/.test(row.column_name),
    );
    expect(offending).toEqual([]);
    const timeColumns = rows.filter((row) => /time/.test(row.data_type)).map((row) => `${row.table_name}.${row.column_name}`);
    expect(new Set(timeColumns)).toEqual(memberTimeColumns);
  });

  it('is a no-op when run again', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
    const { rows } = await sql<{ count: string }>`select count(*) as count from kysely_migration`.execute(database.db);
    expect(Number(rows[0]?.count)).toBe(migrationNames().length);
  });

  it('refuses an audit actor that is not a prosecutor, admin, operator or the system', async () => {
    await expect(
      sql`insert into audit_events (day, actor_kind, action) values ('2026-11-22', 'whistleblower', 'case.opened')`.execute(database.db),
    ).rejects.toThrow(/audit_events_actor_kind/);
  });

  it('refuses receipt keys of the wrong length', async () => {
    await expect(
      sql`insert into receipt_keys (public_key, secret_key) values (${new Uint8Array(31)}, ${new Uint8Array(64)})`.execute(database.db),
    ).rejects.toThrow(/receipt_keys_public_key_length/);
  });
});
