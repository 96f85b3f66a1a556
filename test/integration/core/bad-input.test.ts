// Bad input on every POST route gets a clear 4xx with the stable error shape, never a 5xx:
// malformed JSON, wrong types, unknown and missing fields, oversize bodies, bad or non-canonical
// base64url, wrong lengths; then what only the server can judge: wrong signatures, forged or
// replayed or expired challenges, messages with the wrong seq, prevHash or author, bad keys,
// bad certificates, bad recipients.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseViewResponse, ProsecutorCaseResponse, RouteName } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import { deriveCaseKeys, encodeCertificate, fromBase64Url, generateCaseEntropy, signCertificate, signMessage, toBase64Url } from '../../../crypto/index';
import { MIN_ARGON2ID, enrollProsecutor } from '../../../crypto/prosecutor-keys';
import { ENVELOPE_BODY_LIMIT } from '../../../server/routes/route-path';
import {
  answerBody,
  backend,
  contentKeyFor,
  createAgency,
  createInvite,
  enroll,
  enrollBodyOf,
  envelopeFor,
  expectStatus,
  get,
  login,
  nextMessage,
  openCase,
  openWorld,
  post,
  prosecutorCertificate,
  recordOfWire,
  requestChallenge,
  setUpAgency,
  submissionFor,
  submitTip,
  wireMessage,
} from './world';
import type { Agency, Member, TipCase, World } from './world';

let world: World;
let agency: Agency;
let prosecutor: Member;
let prosecutorToken: string;
let tipCase: TipCase;
let caseToken: string;
let pending: Member;
let pendingToApprove: Member;
let pendingToReject: Member;
let inviteToken: string;
let enrollment: ReturnType<typeof enrollProsecutor>;

beforeAll(async () => {
  world = await openWorld();
  agency = await setUpAgency(world, 'Agency of bad input', ['p.one']);
  prosecutor = agency.prosecutors[0] as Member;
  prosecutorToken = agency.prosecutorTokens[0] as string;
  tipCase = await submitTip(world, [prosecutor]);
  caseToken = await openCase(world, tipCase);
  pending = await enroll(world, await createInvite(world, agency.agencyId, 'prosecutor'), 'p.pending', agency.agencyId, 'prosecutor');
  pendingToApprove = await enroll(world, await createInvite(world, agency.agencyId, 'prosecutor'), 'p.approve', agency.agencyId, 'prosecutor');
  pendingToReject = await enroll(world, await createInvite(world, agency.agencyId, 'prosecutor'), 'p.reject', agency.agencyId, 'prosecutor');
  inviteToken = await createInvite(world, agency.agencyId, 'prosecutor');
  enrollment = enrollProsecutor('p.new', 'a passphrase for the new one', MIN_ARGON2ID);
});
afterAll(async () => {
  await world.close();
});

/** Every error answer: 4xx, JSON, exactly { error: { code, message } }, a known code. */
function expectClientError(response: LightMyRequestResponse, status?: number, code?: string): void {
  expect(response.statusCode, response.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
  if (status !== undefined) expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toMatch(/^[a-z_]+$/);
  expect(body.error.message.length).toBeGreaterThan(0);
  if (code !== undefined) expect(body.error.code).toBe(code);
}

function raw(url: string, payload: string, token?: string): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    payload,
  });
}

interface PostCase {
  readonly url: string;
  readonly token?: string;
  /** A valid body (the mutations below start from it). */
  readonly body: Record<string, unknown>;
  /** Routes that declare no body schema take any JSON body. */
  readonly schemaless?: boolean;
}

// JSON POST routes. tus upload creation takes headers, not JSON: its bad input is covered by
// test/integration/files/uploads.test.ts.
type PostRoute = Exclude<{ [K in RouteName]: (typeof ROUTES)[K]['method'] extends 'POST' ? K : never }[RouteName], 'createUpload'>;

async function caseMessageBody(): Promise<Record<string, unknown>> {
  const view = (await get(world, ROUTES.caseView.url, caseToken)).json() as CaseViewResponse;
  return wireMessage(nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelopeFor(tipCase.contentKey, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'x' })));
}

async function prosecutorMessageBody(purpose: 'message' | 'status' = 'message'): Promise<Record<string, unknown>> {
  const view = (await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tipCase.caseIdText }), prosecutorToken)).json() as ProsecutorCaseResponse;
  const key = contentKeyFor(prosecutor, tipCase.keys.caseId, view.sealedKey);
  const content = purpose === 'message' ? { kind: 'message', version: 1, text: 'q' } : { kind: 'status', version: 1, status: 'in_review' };
  return wireMessage(nextMessage(tipCase.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelopeFor(key, tipCase.keys.caseId, purpose, content)));
}

/** A valid request for each POST route. Typed so that a new POST route without one fails to compile. */
const POSTS: Record<PostRoute, () => Promise<PostCase>> = {
  createCase: async () => ({ url: ROUTES.createCase.url, body: submissionFor([prosecutor]).body }),
  challenge: async () => ({ url: ROUTES.challenge.url, body: { caseId: tipCase.caseIdText } }),
  openSession: async () => ({ url: ROUTES.openSession.url, body: answerBody(await requestChallenge(world, tipCase.caseIdText), tipCase.keys.signing.secretKey) }),
  postCaseMessage: async () => ({ url: ROUTES.postCaseMessage.url, token: caseToken, body: await caseMessageBody() }),
  enroll: async () => ({ url: ROUTES.enroll.url, body: enrollBodyOf(inviteToken, 'p.new', enrollment) }),
  authParams: async () => ({ url: ROUTES.authParams.url, body: { username: 'p.one' } }),
  login: async () => ({ url: ROUTES.login.url, body: { username: 'p.one', loginSecret: toBase64Url(prosecutor.enrollment.loginSecret) } }),
  logout: async () => ({ url: ROUTES.logout.url, token: await login(world, agency.admin), body: {}, schemaless: true }),
  approveMember: async () => ({
    url: routePath(ROUTES.approveMember.url, { memberId: pendingToApprove.memberId }),
    token: agency.adminToken,
    body: { certificate: prosecutorCertificate(world, agency.admin, pendingToApprove) },
  }),
  rejectMember: async () => ({
    url: routePath(ROUTES.rejectMember.url, { memberId: pendingToReject.memberId }),
    token: agency.adminToken,
    body: {},
    schemaless: true,
  }),
  postProsecutorMessage: async () => ({
    url: routePath(ROUTES.postProsecutorMessage.url, { caseId: tipCase.caseIdText }),
    token: prosecutorToken,
    body: await prosecutorMessageBody(),
  }),
  setStatus: async () => ({
    url: routePath(ROUTES.setStatus.url, { caseId: tipCase.caseIdText }),
    token: prosecutorToken,
    body: { status: 'in_review', message: await prosecutorMessageBody('status') },
  }),
};

const BASE64URL = /^[A-Za-z0-9_-]{16,}$/;

/** Paths of the string leaves that hold base64url binary values. */
function binaryLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return BASE64URL.test(value) && !path.includes('username') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => binaryLeaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => binaryLeaves(item, [...path, key]));
  return [];
}

function withLeaf(body: unknown, path: readonly (string | number)[], replace: (old: string) => unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  node[last] = replace(node[last] as string);
  return copy;
}

/** Paths of every object in the body, the body itself included (where unknown fields can hide). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
}

function withObject(body: unknown, path: readonly (string | number)[], change: (node: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (path.length === 0) return change(body as Record<string, unknown>);
  return withLeaf(body, path, (old) => change(old as unknown as Record<string, unknown>));
}

/** Flips the lowest unused bit of the last symbol: same bytes, non-canonical text. */
function nonCanonical(text: string): string | undefined {
  if ((text.length * 6) % 8 === 0) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(text.charAt(text.length - 1));
  return text.slice(0, -1) + alphabet.charAt(last ^ 1);
}

describe(`malformed requests on every POST route (${backend})`, () => {
  for (const route of Object.keys(POSTS) as PostRoute[]) {
    it(`${ROUTES[route].url}`, async () => {
      const request = await POSTS[route]();
      const send = (payload: string): Promise<LightMyRequestResponse> => raw(request.url, payload, request.token);

      expectClientError(await send('{"caseId": "'), 400, 'invalid_json');
      expectClientError(await send(''), 400, 'invalid_json');
      expectClientError(await send('{"a":1,"__proto__":{"x":1}}'), 400);
      const limit = route === 'createCase' || route === 'postCaseMessage' || route === 'postProsecutorMessage' || route === 'setStatus' ? ENVELOPE_BODY_LIMIT : 64 * 1024;
      expectClientError(await send(JSON.stringify({ ...request.body, padding: 'x'.repeat(limit) })), 413, 'payload_too_large');
      const wrongType = await world.app.inject({ method: 'POST', url: request.url, headers: { 'content-type': 'text/plain', ...(request.token === undefined ? {} : { authorization: `Bearer ${request.token}` }) }, payload: 'hello' });
      expectClientError(wrongType, 415, 'unsupported_media_type');
      if (request.schemaless === true) return;

      for (const payload of ['[]', '"text"', 'null', '42', '{}']) expectClientError(await send(payload), 400, 'validation_failed');
      for (const path of objectPaths(request.body)) {
        expectClientError(await send(JSON.stringify(withObject(request.body, path, (node) => ({ ...node, unexpected: true })))), 400, 'validation_failed');
      }
      for (const key of Object.keys(request.body)) {
        for (const wrong of [-1.5, null, [], { nested: 1 }, true]) {
          expectClientError(await send(JSON.stringify({ ...request.body, [key]: wrong })), 400, 'validation_failed');
        }
        const missing = Object.fromEntries(Object.entries(request.body).filter(([name]) => name !== key));
        expectClientError(await send(JSON.stringify(missing)), 400, 'validation_failed');
      }
      for (const path of binaryLeaves(request.body)) {
        expectClientError(await send(JSON.stringify(withLeaf(request.body, path, (old) => `+${old.slice(1)}`))), 400);
        expectClientError(await send(JSON.stringify(withLeaf(request.body, path, (old) => `${old.slice(0, -4)}`))), 400);
        expectClientError(await send(JSON.stringify(withLeaf(request.body, path, (old) => `${old}AAAA`))), 400);
        expectClientError(await send(JSON.stringify(withLeaf(request.body, path, (old) => `${old.slice(0, -1)}=`))), 400);
        const sameBytesOtherText = nonCanonical(String(path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], request.body)));
        if (sameBytesOtherText !== undefined) {
          expectClientError(await send(JSON.stringify(withLeaf(request.body, path, () => sameBytesOtherText))), path.includes('token') ? 404 : 400);
        }
      }
      // The valid body itself goes through (so the failures above were about the input).
      const ok = await send(JSON.stringify(request.body));
      expect(ok.statusCode, ok.body.slice(0, 300)).toBeLessThan(300);
    });
  }
});

describe(`submissions that do not fit together (${backend})`, () => {
  const submit = (body: unknown): Promise<LightMyRequestResponse> => post(world, ROUTES.createCase.url, body);

  it('refuses a case id that is not the hash of the case keys', async () => {
    const { body } = submissionFor([prosecutor]);
    expectClientError(await submit({ ...body, caseId: toBase64Url(new Uint8Array(randomBytes(32))) }), 400, 'invalid_case');
    const other = deriveCaseKeys(generateCaseEntropy());
    expectClientError(await submit({ ...body, boxPublicKey: toBase64Url(other.box.publicKey) }), 400, 'invalid_case');
  });

  it('refuses a tip that is not a valid message 0 signed by the case key', async () => {
    const { body, keys, tipRecord } = submissionFor([prosecutor]);
    const tip = body['tip'] as Record<string, unknown>;
    expectClientError(await submit({ ...body, tip: { ...tip, seq: 1 } }), 400, 'invalid_message');
    expectClientError(await submit({ ...body, tip: { ...tip, prevHash: toBase64Url(new Uint8Array(32)) } }), 400, 'invalid_message');
    const signature = fromBase64Url(tip['signature'] as string);
    signature[0] = (signature[0] ?? 0) ^ 1;
    expectClientError(await submit({ ...body, tip: { ...tip, signature: toBase64Url(signature) } }), 400, 'invalid_message');
    const stranger = deriveCaseKeys(generateCaseEntropy()).signing;
    const bySomeoneElse = signMessage({ ...tipRecord, authorPublicKey: stranger.publicKey }, stranger.secretKey);
    expectClientError(await submit({ ...body, tip: wireMessage(bySomeoneElse) }), 400, 'invalid_message');
    const shortEnvelope = signMessage({ ...tipRecord, envelope: new Uint8Array(1000) }, keys.signing.secretKey);
    expectClientError(await submit({ ...body, tip: wireMessage(shortEnvelope) }), 400, 'invalid_message');
  });

  it('refuses sealed keys of the wrong size', async () => {
    const { body } = submissionFor([prosecutor]);
    expectClientError(await submit({ ...body, keyForCase: toBase64Url(new Uint8Array(100)) }), 400, 'invalid_case');
    expectClientError(await submit({ ...body, recipients: [{ memberId: prosecutor.memberId, sealedKey: toBase64Url(new Uint8Array(142)) }] }), 400, 'invalid_recipient');
  });

  it('refuses recipients who are not active, certified prosecutors, or appear twice', async () => {
    const { body } = submissionFor([prosecutor]);
    const recipient = (body['recipients'] as { memberId: string; sealedKey: string }[])[0] as { memberId: string; sealedKey: string };
    for (const memberId of [pending.memberId, agency.admin.memberId, '00000000-0000-4000-8000-000000000000']) {
      expectClientError(await submit({ ...body, recipients: [{ ...recipient, memberId }] }), 400, 'invalid_recipient');
    }
    expectClientError(await submit({ ...body, recipients: [recipient, recipient] }), 400, 'invalid_recipient');
    expectClientError(await submit({ ...body, recipients: [] }), 400, 'validation_failed');
  });

  it('refuses the same case twice', async () => {
    const { body } = submissionFor([prosecutor]);
    expectStatus(await submit(body), 201);
    expectClientError(await submit(body), 409, 'case_exists');
  });
});

describe(`case sessions that must not open (${backend})`, () => {
  const open = (body: unknown): Promise<LightMyRequestResponse> => post(world, ROUTES.openSession.url, body);

  it('refuses a wrong signature, and an unknown case, with the same answer', async () => {
    const issued = await requestChallenge(world, tipCase.caseIdText);
    const stranger = deriveCaseKeys(generateCaseEntropy());
    const wrongKey = await open(answerBody(issued, stranger.signing.secretKey));
    expectClientError(wrongKey, 401, 'case_auth_failed');
    const unknownCase = await open(answerBody(await requestChallenge(world, toBase64Url(stranger.caseId)), stranger.signing.secretKey));
    expectClientError(unknownCase, 401, 'case_auth_failed');
    expect(unknownCase.json()).toEqual(wrongKey.json());
    // The correct answer still works: a failed attempt consumed nothing.
    expectStatus(await open(answerBody(issued, tipCase.keys.signing.secretKey)), 200);
  });

  it('gives the same shape of challenge for a case that exists and one that does not', async () => {
    const known = await requestChallenge(world, tipCase.caseIdText);
    const unknown = await requestChallenge(world, toBase64Url(new Uint8Array(randomBytes(32))));
    const shape = (c: typeof known): unknown => ({ nonce: c.challenge.nonce.length, token: c.challengeToken.length, ttl: c.challenge.expiresAt - Math.floor(world.clock.now().getTime() / 1000) });
    expect(shape(unknown)).toEqual(shape(known));
    expect(shape(known)).toEqual({ nonce: 43, token: 43, ttl: 120 });
  });

  it('refuses a challenge whose case, nonce, expiry or token was changed', async () => {
    const issued = await requestChallenge(world, tipCase.caseIdText);
    const other = await requestChallenge(world, tipCase.caseIdText);
    const body = answerBody(issued, tipCase.keys.signing.secretKey) as { challenge: typeof issued.challenge; challengeToken: string; signature: string };
    for (const changed of [
      { ...body, challengeToken: other.challengeToken },
      { ...body, challenge: { ...body.challenge, nonce: other.challenge.nonce } },
      { ...body, challenge: { ...body.challenge, expiresAt: body.challenge.expiresAt + 3600 } },
      { ...body, challenge: { ...body.challenge, expiresAt: -1 } },
      { ...body, challenge: { ...body.challenge, caseId: toBase64Url(new Uint8Array(32)) } },
    ]) {
      expectClientError(await open(changed), 401, 'case_auth_failed');
    }
  });

  it('refuses a replayed answer', async () => {
    const body = answerBody(await requestChallenge(world, tipCase.caseIdText), tipCase.keys.signing.secretKey);
    expectStatus(await open(body), 200);
    expectClientError(await open(body), 401, 'challenge_replayed');
  });

  it('refuses an answer after the challenge expired', async () => {
    const body = answerBody(await requestChallenge(world, tipCase.caseIdText), tipCase.keys.signing.secretKey);
    world.clock.advance(120);
    expectClientError(await open(body), 401, 'challenge_expired');
  });

  it('forgets used challenges after two days', async () => {
    const rows = async (): Promise<string[]> => (await world.database.db.selectFrom('used_challenges').select('day').execute()).map((r) => r.day);
    expect((await rows()).length).toBeGreaterThan(0);
    world.clock.advance(3 * 86_400);
    const later = await submitTip(world, [prosecutor]);
    await openCase(world, later);
    expect(await rows()).toEqual([world.clock.today()]);
    caseToken = await openCase(world, tipCase);
    prosecutorToken = await login(world, prosecutor);
  });
});

describe(`messages that do not continue the thread (${backend})`, () => {
  async function thread(): Promise<CaseViewResponse> {
    return (await get(world, ROUTES.caseView.url, caseToken)).json() as CaseViewResponse;
  }
  const send = (body: unknown): Promise<LightMyRequestResponse> => post(world, ROUTES.postCaseMessage.url, body, caseToken);
  const envelope = (): Uint8Array => envelopeFor(tipCase.contentKey, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'y' });

  it('answers a stale seq or prevHash with 409 thread_moved_on, and a seq beyond the end with 400', async () => {
    const view = await thread();
    const next = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelope());
    const stale = nextMessage(tipCase.keys.caseId, view.messages.slice(0, -1), tipCase.keys.signing, 'whistleblower', envelope());
    expectClientError(await send(wireMessage(stale)), 409, 'thread_moved_on');
    const wrongPrev = signMessage({ ...next, prevHash: new Uint8Array(32) }, tipCase.keys.signing.secretKey);
    expectClientError(await send(wireMessage(wrongPrev)), 409, 'thread_moved_on');
    const ahead = signMessage({ ...next, seq: next.seq + 1 }, tipCase.keys.signing.secretKey);
    expectClientError(await send(wireMessage(ahead)), 400, 'invalid_message');
    expectStatus(await send(wireMessage(next)), 201);
    expectClientError(await send(wireMessage(next)), 409, 'thread_moved_on');
  });

  it('lets exactly one of two racing messages for the same place in the thread in', async () => {
    const view = await thread();
    const one = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelope());
    const two = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelope());
    const responses = await Promise.all([send(wireMessage(one)), send(wireMessage(two))]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const loser = responses.find((response) => response.statusCode === 409);
    if (loser !== undefined) expectClientError(loser, 409, 'thread_moved_on');
    expect((await thread()).messages).toHaveLength(view.messages.length + 1);
  });

  it('refuses a message by another author, with a bad signature, or not an envelope', async () => {
    const view = await thread();
    const byProsecutorKey = nextMessage(tipCase.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'whistleblower', envelope());
    expectClientError(await send(wireMessage(byProsecutorKey)), 400, 'invalid_message');
    const next = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelope());
    const badSignature = { ...wireMessage(next), signature: toBase64Url(new Uint8Array(64)) };
    expectClientError(await send(badSignature), 400, 'invalid_message');
    const forOtherCase = signMessage({ ...next, caseId: new Uint8Array(32) }, tipCase.keys.signing.secretKey);
    expectClientError(await send(wireMessage(forOtherCase)), 400, 'invalid_message');
    const notEnvelope = signMessage({ ...next, envelope: new Uint8Array(2000) }, tipCase.keys.signing.secretKey);
    expectClientError(await send(wireMessage(notEnvelope)), 400, 'invalid_message');
    const badVersion = next.envelope.slice();
    badVersion[0] = 2;
    expectClientError(await send(wireMessage(signMessage({ ...next, envelope: badVersion }, tipCase.keys.signing.secretKey))), 400, 'invalid_message');
    // The thread is unchanged by all of that, and still verifies as the server stores it.
    const after = await thread();
    expect(after.messages).toEqual(view.messages);
    expect(after.messages.map((m) => recordOfWire(tipCase.keys.caseId, m).seq)).toEqual(view.messages.map((_, i) => i));
  });

  it('refuses a prosecutor message signed with the case key, and a bad status', async () => {
    const url = routePath(ROUTES.postProsecutorMessage.url, { caseId: tipCase.caseIdText });
    const view = (await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tipCase.caseIdText }), prosecutorToken)).json() as ProsecutorCaseResponse;
    const asCase = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'prosecutor', envelope());
    expectClientError(await post(world, url, wireMessage(asCase), prosecutorToken), 400, 'invalid_message');
    const byOther = nextMessage(tipCase.keys.caseId, view.messages, agency.admin.enrollment.keys.signing, 'prosecutor', envelope());
    expectClientError(await post(world, url, wireMessage(byOther), prosecutorToken), 400, 'invalid_message');
    const good = nextMessage(tipCase.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelope());
    const statusUrl = routePath(ROUTES.setStatus.url, { caseId: tipCase.caseIdText });
    expectClientError(await post(world, statusUrl, { status: 'archived', message: wireMessage(good) }, prosecutorToken), 400, 'validation_failed');
    const before = (await get(world, ROUTES.caseView.url, caseToken)).json() as CaseViewResponse;
    expectClientError(await post(world, statusUrl, { status: 'closed', message: wireMessage(asCase) }, prosecutorToken), 400, 'invalid_message');
    expect(((await get(world, ROUTES.caseView.url, caseToken)).json() as CaseViewResponse).status).toBe(before.status);
  });
});

describe(`enrollments and approvals that must not happen (${backend})`, () => {
  it('refuses an unknown, used or expired invite the same way', async () => {
    const body = enrollBodyOf(inviteToken, 'p.fresh', enrollProsecutor('p.fresh', 'another passphrase here', MIN_ARGON2ID));
    expectClientError(await post(world, ROUTES.enroll.url, { ...body, token: toBase64Url(new Uint8Array(randomBytes(32))) }), 404, 'invite_invalid');
    expectClientError(await post(world, ROUTES.enroll.url, body), 404, 'invite_invalid'); // used by the POSTS test
    const expiring = await createInvite(world, agency.agencyId, 'prosecutor', 1);
    world.clock.advance(86_400);
    expectClientError(await post(world, ROUTES.enroll.url, { ...body, token: expiring }), 404, 'invite_invalid');
    expectClientError(await get(world, routePath(ROUTES.invite.url, { token: expiring })), 404, 'invite_invalid');
  });

  it('refuses wrapped keys made for another user or other keys, weak KDF settings, or equal login secrets', async () => {
    const token = await createInvite(world, agency.agencyId, 'prosecutor');
    const fresh = enrollProsecutor('p.keys', 'yet another passphrase', MIN_ARGON2ID);
    const body = enrollBodyOf(token, 'p.keys', fresh);
    const other = enrollBodyOf(token, 'p.other', enrollProsecutor('p.other', 'yet another passphrase', MIN_ARGON2ID));
    const send = (changes: Record<string, unknown>): Promise<LightMyRequestResponse> => post(world, ROUTES.enroll.url, { ...body, ...changes });
    expectClientError(await send({ username: 'p.other' }), 400, 'invalid_keys');
    expectClientError(await send({ signingPublicKey: other['signingPublicKey'] }), 400, 'invalid_keys');
    expectClientError(await send({ wrappedKeys: other['wrappedKeys'] }), 400, 'invalid_keys');
    expectClientError(await send({ wrappedKeys: body['recoveryWrappedKeys'] }), 400, 'invalid_keys');
    expectClientError(await send({ recoveryWrappedKeys: body['wrappedKeys'] }), 400, 'invalid_keys');
    expectClientError(await send({ wrappedKeys: '{"type":"thicket-wrapped-keys"}' }), 400, 'invalid_keys');
    const weak = JSON.parse(body['wrappedKeys'] as string) as Record<string, unknown>;
    expectClientError(await send({ wrappedKeys: JSON.stringify({ ...weak, opsLimit: 1 }) }), 400, 'invalid_keys');
    expectClientError(await send({ wrappedKeys: JSON.stringify({ ...weak, memLimitBytes: 2 * 1024 ** 3 }) }), 400, 'invalid_keys');
    expectClientError(await send({ recoveryLoginSecret: body['loginSecret'] }), 400, 'invalid_keys');
    // None of that used the invite.
    expectStatus(await send({}), 201);
  });

  it('refuses a taken username, keys already registered, and a second admin', async () => {
    const taken = enrollBodyOf(await createInvite(world, agency.agencyId, 'prosecutor'), 'p.one', enrollProsecutor('p.one', 'passphrase of an impostor', MIN_ARGON2ID));
    expectClientError(await post(world, ROUTES.enroll.url, taken), 409, 'username_taken');
    // p.one's public keys, in blobs relabelled for a new username (the server cannot unwrap them).
    const keysOfOne = enrollBodyOf(await createInvite(world, agency.agencyId, 'prosecutor'), 'p.reuse', {
      ...prosecutor.enrollment,
      passphraseWrapped: { ...prosecutor.enrollment.passphraseWrapped, userId: 'p.reuse' },
      recoveryWrapped: { ...prosecutor.enrollment.recoveryWrapped, userId: 'p.reuse' },
    });
    expectClientError(await post(world, ROUTES.enroll.url, keysOfOne), 409, 'keys_in_use');
    const adminInvite = await createInvite(world, agency.agencyId, 'admin');
    const second = enrollBodyOf(adminInvite, 'second.admin', enrollProsecutor('second.admin', 'x passphrase', MIN_ARGON2ID));
    expectClientError(await post(world, ROUTES.enroll.url, second), 409, 'agency_has_admin');
    const fresh = await createAgency(world, 'Agency without admin');
    expectStatus(await post(world, ROUTES.enroll.url, { ...second, token: await createInvite(world, fresh, 'admin') }), 201);
  });

  it('refuses certificates that are damaged, for someone else, with other keys, or not by the agency key', async () => {
    const adminToken = { sessionToken: await login(world, agency.admin) };
    const url = routePath(ROUTES.approveMember.url, { memberId: pending.memberId });
    const approveWith = (certificate: string): Promise<LightMyRequestResponse> => post(world, url, { certificate }, adminToken.sessionToken);
    const body = (overrides: Partial<{ subjectId: string; signingPublicKey: Uint8Array; boxPublicKey: Uint8Array }>, issuer = agency.admin.enrollment.keys.signing.secretKey): string =>
      encodeCertificate(
        signCertificate(
          {
            kind: 'prosecutor',
            subjectId: pending.memberId,
            signingPublicKey: pending.enrollment.keys.signing.publicKey,
            boxPublicKey: pending.enrollment.keys.box.publicKey,
            issuedAt: world.clock.today(),
            ...overrides,
          },
          issuer,
        ),
      );
    expectClientError(await approveWith('not json'), 400, 'invalid_certificate');
    expectClientError(await approveWith(body({ subjectId: prosecutor.memberId })), 400, 'invalid_certificate');
    expectClientError(await approveWith(body({ signingPublicKey: prosecutor.enrollment.keys.signing.publicKey })), 400, 'invalid_certificate');
    expectClientError(await approveWith(body({ boxPublicKey: prosecutor.enrollment.keys.box.publicKey })), 400, 'invalid_certificate');
    expectClientError(await approveWith(body({}, pending.enrollment.keys.signing.secretKey)), 400, 'invalid_certificate');
    expectClientError(await approveWith(body({}, world.root.secretKey)), 400, 'invalid_certificate');
    const agencyKind = encodeCertificate(signCertificate({ kind: 'agency', subjectId: pending.memberId, signingPublicKey: pending.enrollment.keys.signing.publicKey, issuedAt: world.clock.today() }, agency.admin.enrollment.keys.signing.secretKey));
    expectClientError(await approveWith(agencyKind), 400, 'invalid_certificate');
    expectClientError(await post(world, routePath(ROUTES.approveMember.url, { memberId: prosecutor.memberId }), { certificate: body({}) }, adminToken.sessionToken), 409, 'not_pending');
    expectClientError(await post(world, routePath(ROUTES.approveMember.url, { memberId: 'not-a-uuid' }), { certificate: body({}) }, adminToken.sessionToken), 400, 'validation_failed');
  });

  it('refuses malformed case ids in the URL', async () => {
    prosecutorToken = await login(world, prosecutor);
    for (const caseId of ['short', `${tipCase.caseIdText.slice(0, -1)}+`, nonCanonical(tipCase.caseIdText) ?? '']) {
      const response = await get(world, `/api/prosecutor/cases/${encodeURIComponent(caseId)}`, prosecutorToken);
      expectClientError(response, 400);
    }
  });
});
