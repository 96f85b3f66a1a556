// What the whistleblower needs to see a verified agency, set up the way the integration tests do
// (test/integration/core/world.ts cannot be imported by benchmarks: it pulls in vitest): an agency
// whose admin is certified by the instance's root key and one prosecutor the admin approved, all
// through the real app's API (inject) on the instance's database. Used by bench/page-load and
// bench/upload.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { ROUTES, routePath } from '../../api/index';
import { encodeCertificate, encodeWrappedKeys, signCertificate, toBase64Url } from '../../crypto/index';
import type { SigningKeyPair } from '../../crypto/index';
import { MIN_ARGON2ID, enrollProsecutor, type Enrollment } from '../../crypto/prosecutor-keys';
import type { App } from '../../server/app';
import { hashToken, newToken } from '../../server/auth/tokens';
import { utcDay } from '../../server/db/day';
import type { DatabaseHandle } from '../../server/db/create-database';
import type { MemberRole } from '../../server/db/schema';
import { insertAgency, setAgencyCertificate } from '../../server/repositories/agencies';
import { activateAdmin } from '../../server/repositories/agency-members';
import { insertInvite } from '../../server/repositories/invites';

export interface Member {
  readonly memberId: string;
  readonly username: string;
  readonly enrollment: Enrollment;
}

export function expectStatus(response: LightMyRequestResponse, status: number, what: string): void {
  if (response.statusCode !== status) throw new Error(`${what}: HTTP ${String(response.statusCode)} ${response.body.slice(0, 300)}`);
}

export function post(app: App, url: string, body: unknown, token?: string): Promise<LightMyRequestResponse> {
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
  expectStatus(response, 201, `enroll ${username}`);
  return { memberId: (response.json() as { memberId: string }).memberId, username, enrollment };
}

async function login(app: App, member: Member): Promise<string> {
  const response = await post(app, ROUTES.login.url, { username: member.username, loginSecret: toBase64Url(member.enrollment.loginSecret) });
  expectStatus(response, 200, `login ${member.username}`);
  return (response.json() as { sessionToken: string }).sessionToken;
}

/**
 * A verified agency named `name`: admin certified by `root`, one approved prosecutor (returned).
 * Needs ready() and readySumo() from crypto/ to have resolved.
 */
export async function setUpAgency(app: App, handle: DatabaseHandle, root: SigningKeyPair, name: string): Promise<Member> {
  const today = utcDay(new Date());
  const agencyId = randomUUID();
  await insertAgency(handle.db, { id: agencyId, name, countries: ['KE'], languages: ['en'] });
  const admin = await enroll(app, await invite(handle, agencyId, 'admin'), 'bench-admin');
  const certificate = encodeCertificate(
    signCertificate({ kind: 'agency', subjectId: agencyId, signingPublicKey: admin.enrollment.keys.signing.publicKey, issuedAt: today }, root.secretKey),
  );
  await setAgencyCertificate(handle.db, agencyId, { signingPublicKey: admin.enrollment.keys.signing.publicKey, certificate });
  const activated = await activateAdmin(handle.db, { memberId: admin.memberId, agencyId, signingPublicKey: admin.enrollment.keys.signing.publicKey, certificate });
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
  expectStatus(approved, 200, 'approve prosecutor');
  return prosecutor;
}
