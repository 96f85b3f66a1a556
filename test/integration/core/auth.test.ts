// Member login and sessions, and case sessions, over time: lock-out after repeated failures
// (and the same for usernames that do not exist), success resetting it, logout, expiry of
// member and case sessions, and login parameters that do not reveal which accounts exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../api/index';
import { toBase64Url } from '../../../crypto/index';
import { DEFAULT_ARGON2ID } from '../../../crypto/prosecutor-keys';
import { hashToken } from '../../../server/auth/tokens';
import { backend, errorCode, expectStatus, get, login, openCase, openWorld, post, setUpAgency, submitTip } from './world';
import type { Agency, Member, World } from './world';

let world: World;
let agency: Agency;
let member: Member;

beforeAll(async () => {
  world = await openWorld();
  agency = await setUpAgency(world, 'Agency of sessions', ['s.prosecutor']);
  member = agency.prosecutors[0] as Member;
});
afterAll(async () => {
  await world.close();
});

const wrongSecret = toBase64Url(new Uint8Array(32).fill(7));

function attempt(username: string, loginSecret: string): ReturnType<typeof post> {
  return post(world, ROUTES.login.url, { username, loginSecret });
}

describe(`login throttling (${backend})`, () => {
  it('answers a wrong passphrase with 401 login_failed four times, then locks for 30 s with Retry-After', async () => {
    for (let i = 0; i < 4; i += 1) {
      const response = await attempt(member.username, wrongSecret);
      expectStatus(response, 401);
      expect(response.json()).toEqual({ error: { code: 'login_failed', message: 'The username or passphrase is wrong.' } });
    }
    const fifth = await attempt(member.username, wrongSecret);
    expectStatus(fifth, 429);
    expect(errorCode(fifth)).toBe('too_many_attempts');
    expect(fifth.headers['retry-after']).toBe('30');
    expect((fifth.json() as { error: { message: string } }).error.message).toContain('30 seconds');
  });

  it('refuses even the right passphrase while locked, without checking it', async () => {
    world.clock.advance(10);
    const response = await attempt(member.username, toBase64Url(member.enrollment.loginSecret));
    expectStatus(response, 429);
    expect(response.headers['retry-after']).toBe('20');
  });

  it('lets the right passphrase in once the lock ends, and the count starts again', async () => {
    world.clock.advance(20);
    expectStatus(await attempt(member.username, toBase64Url(member.enrollment.loginSecret)), 200);
    for (let i = 0; i < 4; i += 1) expectStatus(await attempt(member.username, wrongSecret), 401);
    const locked = await attempt(member.username, wrongSecret);
    expectStatus(locked, 429);
    expect(locked.headers['retry-after']).toBe('30');
  });

  it('doubles the lock with each further failure, up to an hour', async () => {
    const expected = [60, 120, 240, 480, 960, 1920, 3600, 3600];
    for (const seconds of expected) {
      world.clock.advance(3600);
      const response = await attempt(member.username, wrongSecret);
      expectStatus(response, 429);
      expect(response.headers['retry-after']).toBe(String(seconds));
    }
    world.clock.advance(3600);
    expectStatus(await attempt(member.username, toBase64Url(member.enrollment.loginSecret)), 200);
    const row = await world.database.db.selectFrom('members').select(['failed_logins', 'locked_until']).where('id', '=', member.memberId).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('treats a username with no account exactly the same way', async () => {
    for (let i = 0; i < 4; i += 1) {
      const response = await attempt('nobody.at.all', wrongSecret);
      expectStatus(response, 401);
      expect(response.json()).toEqual({ error: { code: 'login_failed', message: 'The username or passphrase is wrong.' } });
    }
    const fifth = await attempt('nobody.at.all', wrongSecret);
    expectStatus(fifth, 429);
    expect(fifth.headers['retry-after']).toBe('30');
    world.clock.advance(31);
    expectStatus(await attempt('nobody.at.all', wrongSecret), 429);
  });
});

describe(`parallel guessing (${backend})`, () => {
  it('counts parallel wrong attempts one by one: four failures, then the lock for all the rest', async () => {
    const target = agency.admin;
    const responses = await Promise.all(Array.from({ length: 10 }, () => attempt(target.username, wrongSecret)));
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429, 429]);
    const row = await world.database.db.selectFrom('members').select('failed_logins').where('id', '=', target.memberId).executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(5);
    world.clock.advance(30);
  });
});

describe(`login parameters (${backend})`, () => {
  it("gives a member their own Argon2id parameters and salt", async () => {
    const response = await post(world, ROUTES.authParams.url, { username: member.username });
    expectStatus(response, 200);
    const wrapped = member.enrollment.passphraseWrapped;
    if (wrapped.method !== 'passphrase') throw new Error('expected a passphrase blob');
    expect(response.json()).toEqual({ opsLimit: wrapped.kdf.opsLimit, memLimitBytes: wrapped.kdf.memLimitBytes, salt: toBase64Url(wrapped.kdf.salt) });
  });

  it('gives an unknown username plausible parameters: stable, default costs, a salt of its own', async () => {
    const first = (await post(world, ROUTES.authParams.url, { username: 'ghost.user' })).json() as { opsLimit: number; memLimitBytes: number; salt: string };
    const again = (await post(world, ROUTES.authParams.url, { username: 'ghost.user' })).json() as typeof first;
    const other = (await post(world, ROUTES.authParams.url, { username: 'ghost.user2' })).json() as typeof first;
    expect(again).toEqual(first);
    expect(first).toMatchObject({ opsLimit: DEFAULT_ARGON2ID.opsLimit, memLimitBytes: DEFAULT_ARGON2ID.memLimitBytes });
    expect(first.salt).toHaveLength(22);
    expect(other.salt).not.toBe(first.salt);
  });
});

describe(`member sessions (${backend})`, () => {
  it('expires a session after 12 hours, and deletes it', async () => {
    const token = await login(world, member);
    world.clock.advance(12 * 3600 - 1);
    expectStatus(await get(world, ROUTES.me.url, token), 200);
    world.clock.advance(1);
    const expired = await get(world, ROUTES.me.url, token);
    expectStatus(expired, 401);
    expect(errorCode(expired)).toBe('session_expired');
    const rows = await world.database.db.selectFrom('member_sessions').select('token_hash').where('token_hash', '=', hashToken(token)).execute();
    expect(rows).toEqual([]);
    expect(errorCode(await get(world, ROUTES.me.url, token))).toBe('unauthorized');
  });

  it('ends only the session logged out of', async () => {
    const one = await login(world, member);
    const two = await login(world, member);
    expectStatus(await post(world, ROUTES.logout.url, {}, one), 204);
    expectStatus(await get(world, ROUTES.me.url, one), 401);
    expectStatus(await post(world, ROUTES.logout.url, {}, one), 401);
    expectStatus(await get(world, ROUTES.me.url, two), 200);
  });

  it('stores only a hash of each session token', async () => {
    const token = await login(world, member);
    const rows = await world.database.db.selectFrom('member_sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.some((row) => Buffer.from(row.token_hash).equals(Buffer.from(hashToken(token))))).toBe(true);
  });

  it('drops expired sessions of everyone at the next login', async () => {
    await login(world, member);
    world.clock.advance(13 * 3600);
    await login(world, agency.admin);
    const rows = await world.database.db.selectFrom('member_sessions').select('expires_at').execute();
    expect(rows.every((row) => row.expires_at.getTime() > world.clock.now().getTime())).toBe(true);
    expect(rows).toHaveLength(1);
  });
});

describe(`case sessions (${backend})`, () => {
  it('last 30 minutes, and say so when they end', async () => {
    const tipCase = await submitTip(world, [member]);
    const token = await openCase(world, tipCase);
    world.clock.advance(30 * 60 - 1);
    expectStatus(await get(world, ROUTES.caseView.url, token), 200);
    world.clock.advance(1);
    const ended = await get(world, ROUTES.caseView.url, token);
    expectStatus(ended, 401);
    expect(errorCode(ended)).toBe('session_expired');
  });

  it('store nothing about the visit', async () => {
    const tipCase = await submitTip(world, [member]);
    const before = await world.database.db.selectFrom('member_sessions').select('token_hash').execute();
    const token = await openCase(world, tipCase);
    const after = await world.database.db.selectFrom('member_sessions').select('token_hash').execute();
    expect(after).toEqual(before);
    const used = await world.database.db.selectFrom('used_challenges').selectAll().execute();
    const dump = JSON.stringify(used.map((row) => ({ ...row, nonce_hash: toBase64Url(row.nonce_hash) })));
    expect(dump).not.toContain(tipCase.caseIdText);
    expect(dump).not.toContain(token.slice(0, 43));
    expect(Object.keys(used[0] ?? {}).sort()).toEqual(['day', 'nonce_hash']);
  });
});
