// What one anonymous case can cost: envelopes are bounded in size, and a thread in length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CASE_MESSAGES, MAX_ENVELOPE_BYTES, ROUTES, type CaseViewResponse } from '../../../api/index';
import { fromBase64Url, openContentKey } from '../../../crypto/index';
import {
  backend,
  envelopeFor,
  errorCode,
  expectStatus,
  get,
  nextMessage,
  openCase,
  openWorld,
  post,
  setUpAgency,
  submitTip,
  wireMessage,
  type World,
} from './world';

let world: World;

beforeAll(async () => {
  world = await openWorld();
});

afterAll(async () => {
  await world?.close();
});

describe(`case limits (${backend})`, () => {
  it('refuses a message whose envelope is larger than the protocol allows, with a 4xx', async () => {
    const agency = await setUpAgency(world, 'Limits Agency', ['limits.pros']);
    const tipCase = await submitTip(world, agency.prosecutors);
    const token = await openCase(world, tipCase);
    const view = (await get(world, ROUTES.caseView.url, token)).json() as CaseViewResponse;
    const key = openContentKey(fromBase64Url(view.keyForCase), tipCase.keys.box, tipCase.keys.caseId);
    const huge = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower',
      envelopeFor(key, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'x'.repeat(300 * 1024) }));
    expect(huge.envelope.length).toBeGreaterThan(MAX_ENVELOPE_BYTES);
    const response = await post(world, ROUTES.postCaseMessage.url, wireMessage(huge), token);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it(`answers 409 thread_full once a case holds ${MAX_CASE_MESSAGES} messages`, async () => {
    const agency = await setUpAgency(world, 'Full Thread Agency', ['full.pros']);
    const tipCase = await submitTip(world, agency.prosecutors);
    const token = await openCase(world, tipCase);
    const view = (await get(world, ROUTES.caseView.url, token)).json() as CaseViewResponse;
    const key = openContentKey(fromBase64Url(view.keyForCase), tipCase.keys.box, tipCase.keys.caseId);
    // Fill the thread directly (the server checks only the link to the last stored row).
    const tip = view.messages[0];
    if (!tip) throw new Error('no tip');
    const rows = [];
    for (let seq = 1; seq < MAX_CASE_MESSAGES; seq += 1) {
      rows.push({
        case_id: tipCase.keys.caseId,
        seq,
        prev_hash: new Uint8Array(32),
        author_public_key: tipCase.keys.signing.publicKey,
        author_role: 'whistleblower' as const,
        envelope: fromBase64Url(tip.envelope),
        signature: new Uint8Array(64),
        created_on: world.clock.today(),
      });
    }
    for (let i = 0; i < rows.length; i += 200) await world.database.db.insertInto('case_messages').values(rows.slice(i, i + 200)).execute();
    const full = (await get(world, ROUTES.caseView.url, token)).json() as CaseViewResponse;
    expect(full.messages).toHaveLength(MAX_CASE_MESSAGES);
    const one = nextMessage(tipCase.keys.caseId, full.messages, tipCase.keys.signing, 'whistleblower',
      envelopeFor(key, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'one too many' }));
    const response = await post(world, ROUTES.postCaseMessage.url, wireMessage(one), token);
    expectStatus(response, 409);
    expect(errorCode(response)).toBe('thread_full');
  });
});
