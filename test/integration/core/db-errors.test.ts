// A lost enrollment race must say which unique value was taken: both drivers report the
// violated constraint, and the service maps it (username_taken vs keys_in_use).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../../../server/repositories/agencies';
import { insertMember } from '../../../server/repositories/members';
import { isUniqueViolation, violatedConstraint } from '../../../server/services/db-errors';
import { openTestDatabase, type TestDatabase } from '../../helpers/database';

let database: TestDatabase;
const agencyId = randomUUID();

const member = (username: string, keyByte: number) => ({
  id: randomUUID(),
  agencyId,
  role: 'prosecutor' as const,
  username,
  displayName: 'Test',
  signingPublicKey: new Uint8Array(32).fill(keyByte),
  boxPublicKey: new Uint8Array(32).fill(keyByte + 1),
  wrappedKeys: '{}',
  recoveryWrappedKeys: '{}',
  loginHash: new Uint8Array(32),
  recoveryLoginHash: new Uint8Array(32).fill(1),
  enrolledOn: '2026-11-22',
});

async function violation(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a unique violation');
}

beforeAll(async () => {
  database = await openTestDatabase();
  await insertAgency(database.db, { id: agencyId, name: 'Race Agency', countries: ['KE'], languages: ['en'] });
  await insertMember(database.db, member('first.user', 10));
});

afterAll(async () => {
  await database?.close();
});

describe(`unique violations (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('names the username constraint when the username is taken', async () => {
    const error = await violation(() => insertMember(database.db, member('first.user', 20)));
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('members_username_key');
  });

  it('names a key constraint when the keys are taken', async () => {
    const error = await violation(() => insertMember(database.db, member('second.user', 10)));
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toMatch(/^members_(signing|box)_public_key_key$/);
  });

  it('gives nothing for an error that is not a unique violation', () => {
    expect(violatedConstraint(new Error('other'))).toBeUndefined();
  });
});
