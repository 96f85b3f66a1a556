// Repositories round-trip through a real database (PGlite, or PostgreSQL with DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, recordAuditEvent } from '../../../server/repositories/audit-events';
import { getActiveReceiptKey, insertReceiptKey } from '../../../server/repositories/receipt-keys';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

describe(`receipt keys (${process.env['DATABASE_URL'] ? 'postgres' : 'pglite'})`, () => {
  it('has no active key on a new database', async () => {
    expect(await getActiveReceiptKey(database.db)).toBeUndefined();
  });

  it('round-trips a key byte for byte, dated to the day', async () => {
    const publicKey = new Uint8Array(randomBytes(32));
    const secretKey = new Uint8Array(randomBytes(64));
    const inserted = await insertReceiptKey(database.db, { publicKey, secretKey });
    const active = await getActiveReceiptKey(database.db);
    expect(active).toEqual(inserted);
    expect(active?.publicKey).toEqual(publicKey);
    expect(active?.secretKey).toEqual(secretKey);
    expect(active?.publicKey).toBeInstanceOf(Uint8Array);
    expect(active?.createdOn).toMatch(dayPattern);
    // The database computed the day (UTC); allow for a run that crosses midnight.
    expect([utcToday(), new Date(Date.now() - 60_000).toISOString().slice(0, 10)]).toContain(active?.createdOn);
  });

  it('makes the newest key the active one', async () => {
    const newer = await insertReceiptKey(database.db, { publicKey: new Uint8Array(randomBytes(32)), secretKey: new Uint8Array(randomBytes(64)) });
    expect((await getActiveReceiptKey(database.db))?.id).toBe(newer.id);
  });

  it('dates a key from an injected clock, truncated to the day', async () => {
    const key = await insertReceiptKey(
      database.db,
      { publicKey: new Uint8Array(randomBytes(32)), secretKey: new Uint8Array(randomBytes(64)) },
      { clock: () => new Date('2031-02-03T23:59:59.999Z') },
    );
    expect(key.createdOn).toBe('2031-02-03');
  });

  it('refuses keys of the wrong size before touching the database', async () => {
    await expect(insertReceiptKey(database.db, { publicKey: new Uint8Array(33), secretKey: new Uint8Array(64) })).rejects.toThrow(RangeError);
    await expect(insertReceiptKey(database.db, { publicKey: new Uint8Array(32), secretKey: new Uint8Array(32) })).rejects.toThrow(RangeError);
  });
});

describe(`audit events (${process.env['DATABASE_URL'] ? 'postgres' : 'pglite'})`, () => {
  it('records an event dated today (UTC) with no time part', async () => {
    const event = await recordAuditEvent(database.db, { actorKind: 'prosecutor', actorId: 'p-1', action: 'case.viewed', subject: 'case-9' });
    expect(event).toMatchObject({ actorKind: 'prosecutor', actorId: 'p-1', action: 'case.viewed', subject: 'case-9' });
    expect(event.day).toMatch(dayPattern);
    expect([utcToday(), new Date(Date.now() - 60_000).toISOString().slice(0, 10)]).toContain(event.day);
    // In the database itself the column is a date: casting it to text shows no time.
    const { rows } = await sql<{ day: string }>`select day::text as day from audit_events where id = ${event.id}`.execute(database.db);
    expect(rows[0]?.day).toBe(event.day);
  });

  it('truncates an injected clock to the day', async () => {
    const event = await recordAuditEvent(database.db, { actorKind: 'system', action: 'retention.ran' }, { clock: () => new Date('2030-06-15T13:45:12.345Z') });
    expect(event.day).toBe('2030-06-15');
    expect(event.actorId).toBeNull();
    expect(event.subject).toBeNull();
  });

  it('lists events newest first, up to the limit', async () => {
    const first = await recordAuditEvent(database.db, { actorKind: 'admin', actorId: 'a-1', action: 'prosecutor.invited' });
    const second = await recordAuditEvent(database.db, { actorKind: 'admin', actorId: 'a-1', action: 'prosecutor.removed' });
    const listed = await listAuditEvents(database.db, { limit: 2 });
    expect(listed.map((event) => event.id)).toEqual([second.id, first.id]);
    expect(typeof listed[0]?.id).toBe('string');
  });

  it('refuses limits outside 1-1000', async () => {
    await expect(listAuditEvents(database.db, { limit: 0 })).rejects.toThrow(RangeError);
    await expect(listAuditEvents(database.db, { limit: 1001 })).rejects.toThrow(RangeError);
    await expect(listAuditEvents(database.db, { limit: 1.5 })).rejects.toThrow(RangeError);
  });

  it('works inside a transaction, and rolls back with it', async () => {
    const before = (await listAuditEvents(database.db, { limit: 1000 })).length;
    await expect(
      database.db.transaction().execute(async (trx) => {
        await recordAuditEvent(trx, { actorKind: 'operator', action: 'backup.made' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await listAuditEvents(database.db, { limit: 1000 })).length).toBe(before);
  });
});
