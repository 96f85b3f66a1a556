// The whole core loop through the HTTP API with real crypto, as the operator's tool and the two
// browsers would drive it: invite → enroll admin → certify → login → invite prosecutor → enroll →
// approve → directory → submit → challenge/session → thread → messages both ways → status →
// inbox newest first; and the audit log it leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseViewResponse, DirectoryResponse, InboxCase, ProsecutorCaseResponse, ThreadMessage } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import { verifyAgency } from '../../../client/shared/trust';
import {
  constantTimeEqual,
  decodeReceipt,
  fromBase64Url,
  openContentKey,
  toBase64Url,
  verifyReceipt,
  verifyReceiptCoversTip,
  verifyThread,
} from '../../../crypto/index';
import type { AuthorRole } from '../../../crypto/index';
import { derivePassphraseSecrets, unwrapWithPassphrase } from '../../../crypto/prosecutor-keys';
import { decodeWrappedKeys } from '../../../crypto/index';
import { getActiveReceiptKey } from '../../../server/repositories/receipt-keys';
import {
  answerBody,
  approve,
  backend,
  certifyAgency,
  contentKeyFor,
  createAgency,
  createInvite,
  enroll,
  envelopeFor,
  errorCode,
  expectStatus,
  get,
  login,
  nextMessage,
  openCase,
  openEnvelope,
  openWorld,
  post,
  recordOfWire,
  requestChallenge,
  submitTip,
  wireMessage,
} from './world';
import type { Member, TipCase, World } from './world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => {
  await world.close();
});

/** What both browsers do with a thread: verify every message against the trusted authors. */
function verifyServedThread(caseId: Uint8Array, casePublicKey: Uint8Array, view: { messages: ThreadMessage[]; agencies: DirectoryResponse['agencies'] }): void {
  const prosecutorKeys = view.agencies.flatMap((agency) => verifyAgency(agency, toBase64Url(world.root.publicKey)).prosecutors.map((p) => p.signingPublicKey));
  const trusted = (key: Uint8Array, role: AuthorRole): boolean =>
    role === 'whistleblower' ? constantTimeEqual(key, casePublicKey) : prosecutorKeys.some((k) => constantTimeEqual(k, key));
  verifyThread(caseId, view.messages.map((m) => recordOfWire(caseId, m)), trusted);
}

describe(`the core loop over HTTP (${backend})`, () => {
  let agencyId: string;
  let admin: Member;
  let adminToken: string;
  let prosecutor: Member;
  let prosecutorToken: string;
  let tipCase: TipCase;
  let caseToken: string;

  it('starts with an empty directory', async () => {
    const response = await get(world, ROUTES.directory.url);
    expectStatus(response, 200);
    expect(response.json()).toEqual({ agencies: [] });
  });

  it('enrolls the agency admin from a one-time invite, pending until certified', async () => {
    agencyId = await createAgency(world, 'Kenya Wildlife Service Prosecutions');
    const token = await createInvite(world, agencyId, 'admin');
    const invite = await get(world, routePath(ROUTES.invite.url, { token }));
    expectStatus(invite, 200);
    expect(invite.json()).toEqual({ role: 'admin', agencyName: 'Kenya Wildlife Service Prosecutions', expiresOn: '2026-11-10' });

    admin = await enroll(world, token, 'amina.admin', agencyId, 'admin');
    const again = await get(world, routePath(ROUTES.invite.url, { token }));
    expectStatus(again, 404);
    expect(errorCode(again)).toBe('invite_invalid');
  });

  it('logs the pending admin in with the passphrase derived in the browser, to see their state only', async () => {
    const params = await post(world, ROUTES.authParams.url, { username: 'amina.admin' });
    expectStatus(params, 200);
    const { opsLimit, memLimitBytes, salt } = params.json() as { opsLimit: number; memLimitBytes: number; salt: string };
    const wrapped = admin.enrollment.passphraseWrapped;
    expect(wrapped.method).toBe('passphrase');
    if (wrapped.method !== 'passphrase') return;
    expect({ opsLimit, memLimitBytes, salt }).toEqual({ opsLimit: wrapped.kdf.opsLimit, memLimitBytes: wrapped.kdf.memLimitBytes, salt: toBase64Url(wrapped.kdf.salt) });

    const derived = derivePassphraseSecrets('correct horse battery staple amina.admin', { algorithm: 'argon2id13', opsLimit, memLimitBytes, salt: fromBase64Url(salt) });
    const response = await post(world, ROUTES.login.url, { username: 'amina.admin', loginSecret: toBase64Url(derived.loginSecret) });
    expectStatus(response, 200);
    const body = response.json() as { sessionToken: string; expiresAt: number; member: { state: string; role: string; certificate: string | null }; wrappedKeys: string };
    expect(body.member).toMatchObject({ state: 'pending', role: 'admin', certificate: null });
    expect(body.expiresAt).toBe(Math.floor(world.clock.now().getTime() / 1000) + 12 * 3600);
    // The browser unwraps its private keys locally.
    const unwrapped = unwrapWithPassphrase(decodeWrappedKeys(body.wrappedKeys), 'correct horse battery staple amina.admin', 'amina.admin');
    expect(unwrapped.keys.signing.publicKey).toEqual(admin.enrollment.keys.signing.publicKey);
    adminToken = body.sessionToken;

    const me = await get(world, ROUTES.me.url, adminToken);
    expectStatus(me, 200);
    expect(me.json()).toMatchObject({ member: { username: 'amina.admin', state: 'pending', agencyId } });
    const members = await get(world, ROUTES.adminMembers.url, adminToken);
    expectStatus(members, 403);
  });

  it('lets the certified admin approve a prosecutor whose keys they signed', async () => {
    await certifyAgency(world, admin);
    const me = await get(world, ROUTES.me.url, adminToken);
    expect(me.json()).toMatchObject({ member: { state: 'active' } });

    prosecutor = await enroll(world, await createInvite(world, agencyId, 'prosecutor'), 'peter.prosecutor', agencyId, 'prosecutor');
    const pending = await get(world, ROUTES.adminMembers.url, adminToken);
    expectStatus(pending, 200);
    const listed = (pending.json() as { members: { username: string; state: string; signingPublicKey: string; enrolledOn: string }[] }).members;
    expect(listed.map((m) => [m.username, m.state])).toEqual([
      ['amina.admin', 'active'],
      ['peter.prosecutor', 'pending'],
    ]);
    expect(listed[1]?.signingPublicKey).toBe(toBase64Url(prosecutor.enrollment.keys.signing.publicKey));
    expect(listed[1]?.enrolledOn).toBe('2026-11-03');

    await approve(world, admin, adminToken, prosecutor);
    prosecutorToken = await login(world, prosecutor);
    const me2 = await get(world, ROUTES.me.url, prosecutorToken);
    expect(me2.json()).toMatchObject({ member: { state: 'active', role: 'prosecutor' } });
  });

  it('rejects a second pending prosecutor when the admin says so', async () => {
    const impostor = await enroll(world, await createInvite(world, agencyId, 'prosecutor'), 'not.peter', agencyId, 'prosecutor');
    const response = await post(world, routePath(ROUTES.rejectMember.url, { memberId: impostor.memberId }), {}, adminToken);
    expectStatus(response, 200);
    expect(response.json()).toEqual({ memberId: impostor.memberId, state: 'rejected' });
    const again = await post(world, routePath(ROUTES.approveMember.url, { memberId: impostor.memberId }), { certificate: '{}' }, adminToken);
    expectStatus(again, 409);
    expect(errorCode(again)).toBe('not_pending');
  });

  it('lists the agency in the directory, and its chain verifies against the root in the browser', async () => {
    const response = await get(world, ROUTES.directory.url);
    expectStatus(response, 200);
    const directory = response.json() as DirectoryResponse;
    expect(directory.agencies).toHaveLength(1);
    const trusted = verifyAgency(directory.agencies[0] as DirectoryResponse['agencies'][number], toBase64Url(world.root.publicKey));
    expect(trusted.agencyId).toBe(agencyId);
    expect(trusted.prosecutors.map((p) => p.memberId)).toEqual([prosecutor.memberId]);
    expect(trusted.prosecutors[0]?.boxPublicKey).toEqual(prosecutor.enrollment.keys.box.publicKey);
  });

  it('takes a tip and answers with a receipt signed by the server key, covering the tip ciphertext', async () => {
    tipCase = await submitTip(world, [prosecutor], { title: 'Pangolin scales on a chat group', description: 'CANARY-flow-7781' });
    const receipt = decodeReceipt(tipCase.receipt);
    const serverKey = await getActiveReceiptKey(world.database.db);
    expect(serverKey).toBeDefined();
    if (serverKey === undefined) return;
    verifyReceipt(receipt, serverKey.publicKey);
    expect(receipt.casePublicKey).toEqual(tipCase.keys.signing.publicKey);
    expect(receipt.day).toBe('2026-11-03');
  });

  it('shows the prosecutor the case in the inbox, with a title only they can decrypt', async () => {
    const response = await get(world, ROUTES.inbox.url, prosecutorToken);
    expectStatus(response, 200);
    const cases = (response.json() as { cases: InboxCase[] }).cases;
    expect(cases).toHaveLength(1);
    const entry = cases[0] as InboxCase;
    expect(entry).toMatchObject({ caseId: tipCase.caseIdText, status: 'new', createdOn: '2026-11-03', updatedOn: '2026-11-03', messageCount: 1 });
    const key = contentKeyFor(prosecutor, tipCase.keys.caseId, entry.sealedKey);
    expect(openEnvelope(key, tipCase.keys.caseId, 'tip', entry.tipEnvelope)).toMatchObject({ title: 'Pangolin scales on a chat group' });
    const receipt = decodeReceipt(tipCase.receipt);
    verifyReceiptCoversTip(receipt, fromBase64Url(entry.tipEnvelope));
  });

  it('lets the prosecutor read the verified thread and reply', async () => {
    const response = await get(world, routePath(ROUTES.prosecutorCase.url, { caseId: tipCase.caseIdText }), prosecutorToken);
    expectStatus(response, 200);
    const view = response.json() as ProsecutorCaseResponse;
    expect(view.signingPublicKey).toBe(toBase64Url(tipCase.keys.signing.publicKey));
    verifyServedThread(tipCase.keys.caseId, tipCase.keys.signing.publicKey, view);
    const key = contentKeyFor(prosecutor, tipCase.keys.caseId, view.sealedKey);
    const reply = nextMessage(tipCase.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelopeFor(key, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'Which platform was it?' }));
    const posted = await post(world, routePath(ROUTES.postProsecutorMessage.url, { caseId: tipCase.caseIdText }), wireMessage(reply), prosecutorToken);
    expectStatus(posted, 201);
    expect(posted.json()).toEqual({ seq: 1 });
  });

  it('lets the whistleblower come back with the case key, read the reply and answer', async () => {
    caseToken = await openCase(world, tipCase);
    const response = await get(world, ROUTES.caseView.url, caseToken);
    expectStatus(response, 200);
    const view = response.json() as CaseViewResponse;
    expect(view).toMatchObject({ caseId: tipCase.caseIdText, status: 'new', createdOn: '2026-11-03', receipt: tipCase.receipt });
    verifyServedThread(tipCase.keys.caseId, tipCase.keys.signing.publicKey, view);
    const key = openContentKey(fromBase64Url(view.keyForCase), tipCase.keys.box, tipCase.keys.caseId);
    expect(key).toEqual(tipCase.contentKey);
    expect(openEnvelope(key, tipCase.keys.caseId, 'message', (view.messages[1] as ThreadMessage).envelope)).toMatchObject({ text: 'Which platform was it?' });

    const answer = nextMessage(tipCase.keys.caseId, view.messages, tipCase.keys.signing, 'whistleblower', envelopeFor(key, tipCase.keys.caseId, 'message', { kind: 'message', version: 1, text: 'A WhatsApp group' }));
    const posted = await post(world, ROUTES.postCaseMessage.url, wireMessage(answer), caseToken);
    expectStatus(posted, 201);
    expect(posted.json()).toEqual({ seq: 2 });
  });

  it('records a status change with its signed message, and the whistleblower sees it', async () => {
    const caseUrl = routePath(ROUTES.prosecutorCase.url, { caseId: tipCase.caseIdText });
    const view = (await get(world, caseUrl, prosecutorToken)).json() as ProsecutorCaseResponse;
    const key = contentKeyFor(prosecutor, tipCase.keys.caseId, view.sealedKey);
    expect(openEnvelope(key, tipCase.keys.caseId, 'message', (view.messages[2] as ThreadMessage).envelope)).toMatchObject({ text: 'A WhatsApp group' });
    const message = nextMessage(tipCase.keys.caseId, view.messages, prosecutor.enrollment.keys.signing, 'prosecutor', envelopeFor(key, tipCase.keys.caseId, 'status', { kind: 'status', version: 1, status: 'waiting_for_whistleblower' }));
    const response = await post(world, routePath(ROUTES.setStatus.url, { caseId: tipCase.caseIdText }), { status: 'waiting_for_whistleblower', message: wireMessage(message) }, prosecutorToken);
    expectStatus(response, 200);
    expect(response.json()).toEqual({ status: 'waiting_for_whistleblower', seq: 3 });

    const seen = (await get(world, ROUTES.caseView.url, caseToken)).json() as CaseViewResponse;
    expect(seen.status).toBe('waiting_for_whistleblower');
    expect(seen.messages).toHaveLength(4);
    verifyServedThread(tipCase.keys.caseId, tipCase.keys.signing.publicKey, seen);
    expect(openEnvelope(key, tipCase.keys.caseId, 'status', (seen.messages[3] as ThreadMessage).envelope)).toMatchObject({ status: 'waiting_for_whistleblower' });
  });

  it('adds no audit event for anything a whistleblower does', async () => {
    const before = await auditCount();
    const other = await submitTip(world, [prosecutor]);
    const token = await openCase(world, other);
    const view = (await get(world, ROUTES.caseView.url, token)).json() as CaseViewResponse;
    const key = openContentKey(fromBase64Url(view.keyForCase), other.keys.box, other.keys.caseId);
    const more = nextMessage(other.keys.caseId, view.messages, other.keys.signing, 'whistleblower', envelopeFor(key, other.keys.caseId, 'message', { kind: 'message', version: 1, text: 'One more thing' }));
    expectStatus(await post(world, ROUTES.postCaseMessage.url, wireMessage(more), token), 201);
    expect(await auditCount()).toBe(before);
  });

  it('lists the inbox newest first, with days only', async () => {
    world.clock.advance(86_400);
    prosecutorToken = await login(world, prosecutor);
    const newer = await submitTip(world, [prosecutor], { title: 'Live parrots', description: 'Listed on a marketplace' });
    const response = await get(world, ROUTES.inbox.url, prosecutorToken);
    expectStatus(response, 200);
    const cases = (response.json() as { cases: InboxCase[] }).cases;
    expect(cases.map((c) => c.createdOn)).toEqual(['2026-11-04', '2026-11-03', '2026-11-03']);
    expect(cases[0]).toMatchObject({ caseId: newer.caseIdText, status: 'new', messageCount: 1 });
    expect(cases.find((c) => c.caseId === tipCase.caseIdText)).toMatchObject({ status: 'waiting_for_whistleblower', messageCount: 4, updatedOn: '2026-11-03' });
    adminToken = await login(world, admin);
  });

  it('invalidates the session at logout', async () => {
    const response = await post(world, ROUTES.logout.url, {}, adminToken);
    expectStatus(response, 204);
    const me = await get(world, ROUTES.me.url, adminToken);
    expectStatus(me, 401);
    expect(errorCode(me)).toBe('unauthorized');
  });

  it('audited every member action, to the day, with nothing about whistleblowers', async () => {
    const challenge = await requestChallenge(world, tipCase.caseIdText);
    const opened = await post(world, ROUTES.openSession.url, answerBody(challenge, tipCase.keys.signing.secretKey));
    expectStatus(opened, 200);
    const events = await world.database.db.selectFrom('audit_events').selectAll().orderBy('id').execute();
    const actions = events.map((event) => `${event.actor_kind}:${event.action}`);
    for (const expected of [
      'admin:member.enrolled',
      'admin:member.login',
      'prosecutor:member.enrolled',
      'admin:member.approved',
      'admin:member.rejected',
      'prosecutor:member.login',
      'prosecutor:inbox.read',
      'prosecutor:case.read',
      'prosecutor:case.replied',
      'prosecutor:case.status_changed',
      'admin:member.logout',
    ]) {
      expect(actions).toContain(expected);
    }
    for (const event of events) expect(event.day).toMatch(/^2026-11-0[34]$/);
    const dump = JSON.stringify(events);
    expect(dump).not.toContain(caseToken);
    expect(dump).not.toContain((opened.json() as { sessionToken: string }).sessionToken);
    expect(dump).not.toContain(challenge.challenge.nonce);
    expect(dump).not.toContain(challenge.challengeToken);
    expect(dump).not.toContain('127.0.0.1');
    expect(dump).not.toContain('lightMyRequest');
    expect(dump).not.toContain(toBase64Url(tipCase.keys.signing.publicKey));
    expect(dump).not.toContain('CANARY');
  });

  it('logs no case session token, nonce, address or user agent', async () => {
    const challenge = await requestChallenge(world, tipCase.caseIdText);
    const opened = await post(world, ROUTES.openSession.url, answerBody(challenge, tipCase.keys.signing.secretKey));
    expectStatus(opened, 200);
    const text = world.log.text();
    for (const secret of [caseToken, (opened.json() as { sessionToken: string }).sessionToken, challenge.challenge.nonce, challenge.challengeToken, prosecutorToken, '127.0.0.1', 'lightMyRequest', 'CANARY']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('request completed');
  });
});

async function auditCount(): Promise<number> {
  const rows = await world.database.db.selectFrom('audit_events').select('id').execute();
  return rows.length;
}
