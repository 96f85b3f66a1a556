// The no-JavaScript flag: a case whose tip (or answers) the server encrypted says so to its
// prosecutors, in the inbox and on the case. A case starts unflagged; markCaseEncryptedOnServer
// flags it (idempotent), and touches no other case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, inboxResponse, prosecutorCaseResponse, routePath } from '../../../api/index';
import { fromBase64Url } from '../../../crypto/index';
import { markCaseEncryptedOnServer } from '../../../server/repositories/cases';
import { backend, expectStatus, get, openWorld, setUpAgency, submitTip } from './world';
import type { Agency, TipCase, World } from './world';

let world: World;
let agency: Agency;
let flagged: TipCase;
let other: TipCase;

beforeAll(async () => {
  world = await openWorld();
  agency = await setUpAgency(world, 'Agency of flags', ['p.flags']);
  const prosecutor = agency.prosecutors[0];
  if (prosecutor === undefined) throw new Error('no prosecutor');
  flagged = await submitTip(world, [prosecutor], { title: 'Sent without JavaScript', description: 'Safest level' });
  other = await submitTip(world, [prosecutor], { title: 'Sent with JavaScript', description: 'Safer level' });
});

afterAll(async () => {
  await world.close();
});

const token = (): string => agency.prosecutorTokens[0] ?? '';

/** Each case's flag as the inbox lists it (the response parsed with the API's own schema). */
async function inboxFlags(): Promise<Record<string, boolean>> {
  const response = await get(world, ROUTES.inbox.url, token());
  expectStatus(response, 200);
  const { cases } = inboxResponse.parse(response.json());
  return Object.fromEntries(cases.map((item) => [item.caseId, item.encryptedOnServer]));
}

async function caseFlag(tipCase: TipCase): Promise<boolean> {
  const response = await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tipCase.caseIdText }), token());
  expectStatus(response, 200);
  return prosecutorCaseResponse.parse(response.json()).encryptedOnServer;
}

describe(`the encrypted-on-server flag (${backend})`, () => {
  it('is false for a case the browser encrypted, in the inbox and on the case', async () => {
    expect(await inboxFlags()).toEqual({ [flagged.caseIdText]: false, [other.caseIdText]: false });
    expect(await caseFlag(flagged)).toBe(false);
    expect(await caseFlag(other)).toBe(false);
  });

  it('is true after markCaseEncryptedOnServer, for that case only, and stays true when marked again', async () => {
    const caseId = fromBase64Url(flagged.caseIdText, 32);
    await markCaseEncryptedOnServer(world.database.db, caseId);
    expect(await inboxFlags()).toEqual({ [flagged.caseIdText]: true, [other.caseIdText]: false });
    expect(await caseFlag(flagged)).toBe(true);
    expect(await caseFlag(other)).toBe(false);

    await world.database.db.transaction().execute((trx) => markCaseEncryptedOnServer(trx, caseId));
    expect(await inboxFlags()).toEqual({ [flagged.caseIdText]: true, [other.caseIdText]: false });
    expect(await caseFlag(flagged)).toBe(true);
  });

  it('leaves the day the case last changed alone', async () => {
    const before = await world.database.db.selectFrom('cases').select(['updated_on', 'status']).orderBy('id').execute();
    await markCaseEncryptedOnServer(world.database.db, fromBase64Url(other.caseIdText, 32));
    const after = await world.database.db.selectFrom('cases').select(['updated_on', 'status']).orderBy('id').execute();
    expect(after).toEqual(before);
  });
});
