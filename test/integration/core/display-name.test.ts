// Display names are shown to agency admins, who approve people by them: NUL (which PostgreSQL
// text cannot hold, and which used to answer 500), other control characters, lone surrogates and
// bidi overrides are refused with a 400, and the invite stays usable for a corrected attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../api/index';
import { MIN_ARGON2ID, enrollProsecutor } from '../../../crypto/prosecutor-keys';
import { backend, createAgency, createInvite, enrollBodyOf, errorCode, expectStatus, openWorld, post } from './world';
import type { World } from './world';

let world: World;
let agencyId: string;

beforeAll(async () => {
  world = await openWorld();
  agencyId = await createAgency(world, 'Agency of display names');
});

afterAll(async () => {
  await world.close();
});

describe(`display names at enrollment (${backend})`, () => {
  it('refuses control characters, lone surrogates and bidi overrides with 400, never 500', async () => {
    const token = await createInvite(world, agencyId, 'prosecutor');
    const enrollment = enrollProsecutor('p.names', 'correct horse battery staple p.names', MIN_ARGON2ID);
    const body = enrollBodyOf(token, 'p.names', enrollment);
    for (const displayName of ['Officer\u0000Ngugi', 'Officer\u0007', 'Officer\u009bX', 'Officer \ud800', 'Officer \u202Eignuk', 'Officer \u202Aa']) {
      const response = await post(world, ROUTES.enroll.url, { ...body, displayName });
      expectStatus(response, 400);
      expect(errorCode(response)).toBe('validation_failed');
      expect(response.body).toContain('displayName');
    }
    expect(world.log.text()).not.toContain('"level":"error"');

    // The invite was not used up by the refused attempts; an ordinary name in any script passes.
    const ok = await post(world, ROUTES.enroll.url, { ...body, displayName: 'Amina عبد الله 林' });
    expectStatus(ok, 201);
  });
});
