// The repositories behind the operator's tool (and the enrollment and directory routes):
// agencies, invites and per-agency member queries, on a real database (PGlite, or PostgreSQL
// with DATABASE_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../../server/auth/tokens';
import {
  AgencyNotFoundError,
  DuplicateAgencyNameError,
  getAgency,
  getAgencyForUpdate,
  insertAgency,
  listAgencies,
  listCertifiedAgencies,
  setAgencyCertificate,
} from '../../../server/repositories/agencies';
import {
  activateAdmin,
  countMembersByAgency,
  hasActiveOrPendingAdmin,
  listPendingAdmins,
  rejectOtherPendingAdmins,
} from '../../../server/repositories/agency-members';
import { findInviteByTokenHash, insertInvite, inviteStatus, markInviteUsed } from '../../../server/repositories/invites';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';
import { backend, insertMember } from './fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function newAgency(name = `Agency ${randomBytes(4).toString('hex')}`): Promise<string> {
  const id = randomUUID();
  await insertAgency(database.db, { id, name, countries: ['KE', 'TZ'], languages: ['en', 'sw'] });
  return id;
}

describe(`agencies repository (${backend})`, () => {
  it('round-trips an agency, uncertified, dated to the day', async () => {
    const id = randomUUID();
    await insertAgency(database.db, { id, name: 'Kenya Wildlife Service', countries: ['KE'], languages: ['en', 'sw'] });
    const row = await getAgency(database.db, id);
    expect(row).toMatchObject({
      id,
      name: 'Kenya Wildlife Service',
      countries: ['KE'],
      languages: ['en', 'sw'],
      signing_public_key: null,
      certificate: null,
    });
    expect(row?.created_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers undefined for an unknown id', async () => {
    expect(await getAgency(database.db, randomUUID())).toBeUndefined();
  });

  it('refuses a second agency of the same name with a typed error', async () => {
    const name = `Twin ${randomBytes(4).toString('hex')}`;
    await newAgency(name);
    await expect(newAgency(name)).rejects.toBeInstanceOf(DuplicateAgencyNameError);
  });

  it('lists every agency and, separately, only the certified ones', async () => {
    const plain = await newAgency();
    const certified = await newAgency();
    const key = new Uint8Array(randomBytes(32));
    await setAgencyCertificate(database.db, certified, { signingPublicKey: key, certificate: '{"cert":1}' });

    const all = (await listAgencies(database.db)).map((row) => row.id);
    expect(all).toContain(plain);
    expect(all).toContain(certified);

    const listed = await listCertifiedAgencies(database.db);
    expect(listed.map((row) => row.id)).toContain(certified);
    expect(listed.map((row) => row.id)).not.toContain(plain);
    const row = listed.find((candidate) => candidate.id === certified);
    expect(row?.certificate).toBe('{"cert":1}');
    expect(row?.signing_public_key).toEqual(key);
    expect(row?.signing_public_key).toBeInstanceOf(Uint8Array);
  });

  it('refuses to certify an agency that does not exist, or with a malformed key', async () => {
    await expect(
      setAgencyCertificate(database.db, randomUUID(), { signingPublicKey: new Uint8Array(32), certificate: '{}' }),
    ).rejects.toBeInstanceOf(AgencyNotFoundError);
    const id = await newAgency();
    await expect(setAgencyCertificate(database.db, id, { signingPublicKey: new Uint8Array(31), certificate: '{}' })).rejects.toThrow(RangeError);
    await expect(setAgencyCertificate(database.db, id, { signingPublicKey: new Uint8Array(32), certificate: '' })).rejects.toThrow(RangeError);
    expect((await getAgency(database.db, id))?.certificate).toBeNull();
  });

  it('reads an agency under a row lock inside a transaction', async () => {
    const id = await newAgency();
    const row = await database.db.transaction().execute((trx) => getAgencyForUpdate(trx, id));
    expect(row?.id).toBe(id);
  });
});

describe(`invites repository (${backend})`, () => {
  it('finds an invite by the hash of its token, never by the token itself', async () => {
    const agencyId = await newAgency();
    const token = newToken();
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + 7 * 86_400_000);
    await insertInvite(database.db, { id, tokenHash: hashToken(token), agencyId, role: 'prosecutor', expiresAt });

    const found = await findInviteByTokenHash(database.db, hashToken(token));
    expect(found).toMatchObject({ id, agency_id: agencyId, role: 'prosecutor', used_on: null });
    expect(found?.expires_at.getTime()).toBe(expiresAt.getTime());
    expect(found?.token_hash).toEqual(hashToken(token));
    // The token text is stored nowhere: no column holds it.
    expect(JSON.stringify(Object.values(found ?? {}))).not.toContain(token);

    expect(await findInviteByTokenHash(database.db, hashToken(newToken()))).toBeUndefined();
    expect(await findInviteByTokenHash(database.db, new Uint8Array(31))).toBeUndefined();
  });

  it('lets exactly one caller mark an invite used, dated to the day', async () => {
    const agencyId = await newAgency();
    const token = newToken();
    const id = randomUUID();
    await insertInvite(database.db, { id, tokenHash: hashToken(token), agencyId, role: 'admin', expiresAt: new Date(Date.now() + 86_400_000) });

    const results = await Promise.all([
      markInviteUsed(database.db, id, '2026-11-20'),
      markInviteUsed(database.db, id, '2026-11-20'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await markInviteUsed(database.db, id, '2026-11-21')).toBe(false);

    const row = await findInviteByTokenHash(database.db, hashToken(token));
    expect(row?.used_on).toBe('2026-11-20');
    expect(row && inviteStatus(row, new Date())).toBe('used');
    expect(await markInviteUsed(database.db, randomUUID(), '2026-11-20')).toBe(false);
  });

  it('says when an invite has expired, from its expiry instant on', async () => {
    const agencyId = await newAgency();
    const token = newToken();
    const expiresAt = new Date('2026-11-20T12:00:00.000Z');
    await insertInvite(database.db, { id: randomUUID(), tokenHash: hashToken(token), agencyId, role: 'prosecutor', expiresAt });
    const row = await findInviteByTokenHash(database.db, hashToken(token));
    if (row === undefined) throw new Error('invite not stored');
    expect(inviteStatus(row, new Date('2026-11-20T11:59:59.999Z'))).toBe('usable');
    expect(inviteStatus(row, new Date('2026-11-20T12:00:00.000Z'))).toBe('expired');
    expect(inviteStatus(row, new Date('2026-12-01T00:00:00.000Z'))).toBe('expired');
    // Used beats expired: the answer for a used link never depends on the clock.
    expect(inviteStatus({ ...row, used_on: '2026-11-19' }, new Date('2026-12-01T00:00:00.000Z'))).toBe('used');
  });

  it('refuses a malformed token hash or expiry before touching the database', async () => {
    const agencyId = await newAgency();
    await expect(
      insertInvite(database.db, { id: randomUUID(), tokenHash: new Uint8Array(16), agencyId, role: 'admin', expiresAt: new Date() }),
    ).rejects.toThrow(RangeError);
    await expect(
      insertInvite(database.db, { id: randomUUID(), tokenHash: hashToken(newToken()), agencyId, role: 'admin', expiresAt: new Date(Number.NaN) }),
    ).rejects.toThrow(RangeError);
  });

  it('refuses an invite to an agency that does not exist (foreign key)', async () => {
    await expect(
      insertInvite(database.db, { id: randomUUID(), tokenHash: hashToken(newToken()), agencyId: randomUUID(), role: 'admin', expiresAt: new Date(Date.now() + 1000) }),
    ).rejects.toThrow();
  });
});

describe(`agency members repository (${backend})`, () => {
  it('finds pending admins of one agency only, with their keys', async () => {
    const agencyId = await newAgency();
    const otherAgency = await newAgency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    await insertMember(database.db, { agencyId: otherAgency, role: 'admin', state: 'pending' });

    const pending = await listPendingAdmins(database.db, agencyId);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ memberId: admin.memberId, agencyId, username: admin.username });
    expect(pending[0]?.signingPublicKey).toEqual(admin.keys.signing.publicKey);
    expect(pending[0]?.boxPublicKey).toEqual(admin.keys.box.publicKey);
  });

  it('knows whether an agency already has an active or pending admin', async () => {
    const agencyId = await newAgency();
    expect(await hasActiveOrPendingAdmin(database.db, agencyId)).toBe(false);
    await insertMember(database.db, { agencyId, role: 'admin', state: 'rejected' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'active' });
    expect(await hasActiveOrPendingAdmin(database.db, agencyId)).toBe(false);
    await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    expect(await hasActiveOrPendingAdmin(database.db, agencyId)).toBe(true);

    const second = await newAgency();
    await insertMember(database.db, { agencyId: second, role: 'admin', state: 'active' });
    expect(await hasActiveOrPendingAdmin(database.db, second)).toBe(true);
  });

  it('activates a pending admin only when agency, role, state and key all still match', async () => {
    const agencyId = await newAgency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const prosecutor = await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    const base = { memberId: admin.memberId, agencyId, signingPublicKey: admin.keys.signing.publicKey, certificate: '{"c":1}' };

    expect(await activateAdmin(database.db, { ...base, signingPublicKey: prosecutor.keys.signing.publicKey })).toBe(false);
    expect(await activateAdmin(database.db, { ...base, agencyId: await newAgency() })).toBe(false);
    expect(
      await activateAdmin(database.db, { ...base, memberId: prosecutor.memberId, signingPublicKey: prosecutor.keys.signing.publicKey }),
    ).toBe(false);
    expect(await activateAdmin(database.db, base)).toBe(true);
    expect(await activateAdmin(database.db, base)).toBe(false); // no longer pending

    const row = await database.db.selectFrom('members').select(['state', 'certificate']).where('id', '=', admin.memberId).executeTakeFirst();
    expect(row).toEqual({ state: 'active', certificate: '{"c":1}' });
    const untouched = await database.db.selectFrom('members').select(['state', 'certificate']).where('id', '=', prosecutor.memberId).executeTakeFirst();
    expect(untouched).toEqual({ state: 'pending', certificate: null });
  });

  it('rejects the other pending admins of the agency and nobody else', async () => {
    const agencyId = await newAgency();
    const kept = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const other = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const prosecutor = await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    const elsewhere = await insertMember(database.db, { agencyId: await newAgency(), role: 'admin', state: 'pending' });

    expect(await rejectOtherPendingAdmins(database.db, agencyId, kept.memberId)).toBe(1);
    const states = await database.db.selectFrom('members').select(['id', 'state']).where('id', 'in', [kept.memberId, other.memberId, prosecutor.memberId, elsewhere.memberId]).execute();
    const byId = Object.fromEntries(states.map((row) => [row.id, row.state]));
    expect(byId).toEqual({
      [kept.memberId]: 'pending',
      [other.memberId]: 'rejected',
      [prosecutor.memberId]: 'pending',
      [elsewhere.memberId]: 'pending',
    });
  });

  it('counts active and pending admins and prosecutors per agency, ignoring the rejected', async () => {
    const agencyId = await newAgency();
    const empty = await newAgency();
    await insertMember(database.db, { agencyId, role: 'admin', state: 'active' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'active' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'active' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'rejected' });

    const counts = await countMembersByAgency(database.db);
    expect(counts.get(agencyId)).toEqual({ activeAdmins: 1, pendingAdmins: 0, activeProsecutors: 2, pendingProsecutors: 1 });
    expect(counts.get(empty)).toBeUndefined();
  });
});
