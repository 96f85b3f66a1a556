// Sets up what an upload needs, the way the integration tests do (test/integration/core/world.ts,
// which cannot be imported here: it pulls in vitest): an agency whose admin is certified by a root
// key made here, an approved prosecutor, and a tip sent with POST /api/cases. Runs the real app
// in this process (inject, no port) on the benchmark's database, before the server is started.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { ROUTES, routePath } from '../../api/index';
import {
  deriveCaseKeys,
  encodeCertificate,
  encodeWrappedKeys,
  encryptEnvelope,
  generateCaseEntropy,
  generateContentKey,
  ready,
  sealContentKey,
  signCertificate,
  signMessage,
  threadGenesis,
  toBase64Url,
  utf8,
} from '../../crypto/index';
import { MIN_ARGON2ID, enrollProsecutor, generateProsecutorKeys, readySumo, type Enrollment } from '../../crypto/prosecutor-keys';
import { buildApp, type App } from '../../server/app';
import { hashToken, newToken } from '../../server/auth/tokens';
import type { FilesConfig } from '../../server/config';
import { utcDay } from '../../server/db/day';
import type { DatabaseHandle } from '../../server/db/create-database';
import type { MemberRole } from '../../server/db/schema';
import { insertAgency, setAgencyCertificate } from '../../server/repositories/agencies';
import { activateAdmin } from '../../server/repositories/agency-members';
import { insertInvite } from '../../server/repositories/invites';

export interface BenchCase {
  /** ROOT_PUBLIC_KEY of the instance (base64url). */
  readonly rootPublicKey: string;
  readonly caseId: Uint8Array;
  readonly caseIdText: string;
  /** The case signing key: what answers the challenge when the whistleblower comes back. */
  readonly signingSecretKey: Uint8Array;
}

interface Member {
  readonly memberId: string;
  readonly username: string;
  readonly enrollment: Enrollment;
}

function expect(response: LightMyRequestResponse, status: number, what: string): void {
  if (response.statusCode !== status) throw new Error(`${what}: HTTP ${String(response.statusCode)} ${response.body.slice(0, 300)}`);
}

function post(app: App, url: string, body: unknown, token?: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    payload: JSON.stringify(body),
  });
}

async function invite(handle: DatabaseHandle, agencyId: string, role: MemberRole): Promise<string> {
  const token = newToken();
  await insertInvite(handle.db, { id: randomUUID(), tokenHash: hashToken(token), agencyId, role, expiresAt: new Date(Date.now() + 86_400_000) });
  return token;
}

async function enroll(app: App, token: string, username: string): Promise<Member> {
  const enrollment = enrollProsecutor(username, `bench passphrase ${username} copper heron`, MIN_ARGON2ID);
  const response = await post(app, ROUTES.enroll.url, {
    token,
    username,
    displayName: `Bench ${username}`,
    signingPublicKey: toBase64Url(enrollment.keys.signing.publicKey),
    boxPublicKey: toBase64Url(enrollment.keys.box.publicKey),
    wrappedKeys: encodeWrappedKeys(enrollment.passphraseWrapped),
    recoveryWrappedKeys: encodeWrappedKeys(enrollment.recoveryWrapped),
    loginSecret: toBase64Url(enrollment.loginSecret),
    recoveryLoginSecret: toBase64Url(enrollment.recoveryLoginSecret),
  });
  expect(response, 201, `enroll ${username}`);
  return { memberId: (response.json() as { memberId: string }).memberId, username, enrollment };
}

async function login(app: App, member: Member): Promise<string> {
  const response = await post(app, ROUTES.login.url, { username: member.username, loginSecret: toBase64Url(member.enrollment.loginSecret) });
  expect(response, 200, `login ${member.username}`);
  return (response.json() as { sessionToken: string }).sessionToken;
}

/** Agency, certified admin, approved prosecutor, and a tip to that prosecutor. */
export async function setUpCase(handle: DatabaseHandle, files: FilesConfig): Promise<BenchCase> {
  await readySumo();
  await ready();
  const root = generateProsecutorKeys().signing;
  const rootPublicKey = toBase64Url(root.publicKey);
  const today = utcDay(new Date());
  const app = buildApp(
    { logLevel: 'silent', clientDir: '/nonexistent/thicket-bench-client', rootPublicKey, files },
    { db: handle.db, dbKind: handle.kind },
  );
  await app.ready();
  try {
    const agencyId = randomUUID();
    await insertAgency(handle.db, { id: agencyId, name: 'Upload Benchmark Unit', countries: ['KE'], languages: ['en'] });
    const admin = await enroll(app, await invite(handle, agencyId, 'admin'), 'bench-admin');
    const certificate = encodeCertificate(
      signCertificate({ kind: 'agency', subjectId: agencyId, signingPublicKey: admin.enrollment.keys.signing.publicKey, issuedAt: today }, root.secretKey),
    );
    await setAgencyCertificate(handle.db, agencyId, { signingPublicKey: admin.enrollment.keys.signing.publicKey, certificate });
    const activated = await activateAdmin(handle.db, {
      memberId: admin.memberId,
      agencyId,
      signingPublicKey: admin.enrollment.keys.signing.publicKey,
      certificate,
    });
    if (!activated) throw new Error('the benchmark admin could not be activated');
    const adminToken = await login(app, admin);

    const prosecutor = await enroll(app, await invite(handle, agencyId, 'prosecutor'), 'bench-prosecutor');
    const prosecutorCertificate = encodeCertificate(
      signCertificate(
        {
          kind: 'prosecutor',
          subjectId: prosecutor.memberId,
          signingPublicKey: prosecutor.enrollment.keys.signing.publicKey,
          boxPublicKey: prosecutor.enrollment.keys.box.publicKey,
          issuedAt: today,
        },
        admin.enrollment.keys.signing.secretKey,
      ),
    );
    const approved = await post(app, routePath(ROUTES.approveMember.url, { memberId: prosecutor.memberId }), { certificate: prosecutorCertificate }, adminToken);
    expect(approved, 200, 'approve prosecutor');

    const keys = deriveCaseKeys(generateCaseEntropy());
    const contentKey = generateContentKey();
    const envelope = encryptEnvelope(contentKey, utf8(JSON.stringify({ kind: 'tip', version: 1, title: 'Upload benchmark', description: 'Evidence to follow.' })), {
      caseId: keys.caseId,
      purpose: 'tip',
    });
    const tip = signMessage(
      { caseId: keys.caseId, seq: 0, prevHash: threadGenesis(keys.caseId), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope },
      keys.signing.secretKey,
    );
    const created = await post(app, ROUTES.createCase.url, {
      caseId: toBase64Url(keys.caseId),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      boxPublicKey: toBase64Url(keys.box.publicKey),
      tip: {
        seq: tip.seq,
        prevHash: toBase64Url(tip.prevHash),
        authorPublicKey: toBase64Url(tip.authorPublicKey),
        envelope: toBase64Url(tip.envelope),
        signature: toBase64Url(tip.signature),
      },
      keyForCase: toBase64Url(sealContentKey(contentKey, keys.caseId, keys.box.publicKey)),
      recipients: [{ memberId: prosecutor.memberId, sealedKey: toBase64Url(sealContentKey(contentKey, keys.caseId, prosecutor.enrollment.keys.box.publicKey)) }],
    });
    expect(created, 201, 'send the tip');
    return { rootPublicKey, caseId: keys.caseId, caseIdText: toBase64Url(keys.caseId), signingSecretKey: keys.signing.secretKey };
  } finally {
    await app.close();
  }
}
