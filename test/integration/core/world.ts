// The core loop's test world: the real app on a real test database (PGlite, or PostgreSQL with
// DATABASE_URL), a clock the tests move, a root key made in the test, and helpers that do what
// the operator's tool and the two browsers do, with real crypto (Argon2id at the floor cost).
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { ThreadMessage } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import {
  decryptEnvelope,
  deriveCaseKeys,
  encodeCertificate,
  encodeWrappedKeys,
  encryptEnvelope,
  fromBase64Url,
  generateCaseEntropy,
  generateContentKey,
  messageHash,
  openContentKey,
  ready,
  sealContentKey,
  signCertificate,
  signChallenge,
  signMessage,
  threadGenesis,
  toBase64Url,
  utf8,
  fromUtf8,
} from '../../../crypto/index';
import type { AuthorRole, CaseKeys, EnvelopePurpose, MessageRecord, SigningKeyPair } from '../../../crypto/index';
import { MIN_ARGON2ID, enrollProsecutor, generateProsecutorKeys, readySumo } from '../../../crypto/prosecutor-keys';
import type { Enrollment } from '../../../crypto/prosecutor-keys';
import { buildApp } from '../../../server/app';
import type { App } from '../../../server/app';
import type { FilesConfig } from '../../../server/config';
import { hashToken, newToken } from '../../../server/auth/tokens';
import { utcDay } from '../../../server/db/day';
import type { MemberRole } from '../../../server/db/schema';
import { insertAgency, setAgencyCertificate } from '../../../server/repositories/agencies';
import { activateAdmin } from '../../../server/repositories/agency-members';
import { insertInvite } from '../../../server/repositories/invites';
import { captureLog } from '../../helpers/app';
import type { CapturedLog } from '../../helpers/app';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';

export const backend = process.env['DATABASE_URL'] ? 'postgres' : 'pglite';

/** A clock the test moves by hand. Starts at a fixed instant so days are predictable. */
export class TestClock {
  private current: Date;

  constructor(start = new Date('2026-11-03T09:00:00.000Z')) {
    this.current = start;
  }

  readonly now = (): Date => new Date(this.current.getTime());

  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }

  today(): string {
    return utcDay(this.current);
  }
}

export interface World {
  readonly app: App;
  readonly database: TestDatabase;
  readonly log: CapturedLog;
  readonly clock: TestClock;
  /** The instance root key, made in the test as `init-root` would. */
  readonly root: SigningKeyPair;
  close(): Promise<void>;
}

export interface OpenWorldOptions {
  /** Configure ROOT_PUBLIC_KEY on the server (default true). */
  readonly configureRoot?: boolean;
  /** Hook to run on the app before it is ready (e.g. an onRoute collector). */
  readonly beforeReady?: (app: App) => void;
  /** Evidence file limits and folder (default: the app's defaults in a temporary folder). */
  readonly files?: FilesConfig;
}

export async function openWorld(options: OpenWorldOptions = {}): Promise<World> {
  await readySumo();
  await ready();
  const database = await openTestDatabase();
  const log = captureLog();
  const clock = new TestClock();
  const root = generateProsecutorKeys().signing;
  const app = buildApp(
    {
      logLevel: 'debug',
      clientDir: '/nonexistent/thicket-client',
      ...(options.configureRoot === false ? {} : { rootPublicKey: toBase64Url(root.publicKey) }),
      files: options.files,
    },
    { db: database.db, dbKind: database.kind, logStream: log.stream, clock: clock.now },
  );
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    database,
    log,
    clock,
    root,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

// ---------------------------------------------------------------- HTTP

export function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

export function get(world: World, url: string, token?: string): Promise<LightMyRequestResponse> {
  return world.app.inject({ method: 'GET', url, headers: bearer(token) });
}

export function post(world: World, url: string, body: unknown, token?: string): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...bearer(token) },
    payload: JSON.stringify(body),
  });
}

/** Asserts the status, printing the body when it differs (so a failure says why). */
export function expectStatus(response: LightMyRequestResponse, status: number): void {
  if (response.statusCode !== status) {
    throw new Error(`expected HTTP ${String(status)}, got ${String(response.statusCode)}: ${response.body.slice(0, 500)}`);
  }
}

export function errorCode(response: LightMyRequestResponse): string {
  return (response.json() as { error: { code: string } }).error.code;
}

// ---------------------------------------------------------------- operator (as the CLI does)

export async function createAgency(world: World, name: string): Promise<string> {
  const id = randomUUID();
  await insertAgency(world.database.db, { id, name, countries: ['KE', 'TZ'], languages: ['en', 'sw'] });
  return id;
}

export async function createInvite(world: World, agencyId: string, role: MemberRole, validDays = 7): Promise<string> {
  const token = newToken();
  await insertInvite(world.database.db, {
    id: randomUUID(),
    tokenHash: hashToken(token),
    agencyId,
    role,
    expiresAt: new Date(world.clock.now().getTime() + validDays * 86_400_000),
  });
  return token;
}

export interface Member {
  readonly memberId: string;
  readonly username: string;
  readonly role: MemberRole;
  readonly agencyId: string;
  readonly enrollment: Enrollment;
}

/** The browser's part of enrollment: keys, wraps, login secrets; then POST /api/enroll. */
export async function enroll(world: World, token: string, username: string, agencyId: string, role: MemberRole): Promise<Member> {
  const enrollment = enrollProsecutor(username, `correct horse battery staple ${username}`, MIN_ARGON2ID);
  const response = await post(world, ROUTES.enroll.url, enrollBodyOf(token, username, enrollment));
  expectStatus(response, 201);
  const { memberId } = response.json() as { memberId: string };
  return { memberId, username, role, agencyId, enrollment };
}

export function enrollBodyOf(token: string, username: string, enrollment: Enrollment): Record<string, unknown> {
  return {
    token,
    username,
    displayName: `Officer ${username}`,
    signingPublicKey: toBase64Url(enrollment.keys.signing.publicKey),
    boxPublicKey: toBase64Url(enrollment.keys.box.publicKey),
    wrappedKeys: encodeWrapped(enrollment, 'passphrase'),
    recoveryWrappedKeys: encodeWrapped(enrollment, 'recovery'),
    loginSecret: toBase64Url(enrollment.loginSecret),
    recoveryLoginSecret: toBase64Url(enrollment.recoveryLoginSecret),
  };
}

function encodeWrapped(enrollment: Enrollment, method: 'passphrase' | 'recovery'): string {
  return encodeWrappedKeys(method === 'passphrase' ? enrollment.passphraseWrapped : enrollment.recoveryWrapped);
}

/** certify-agency: the root signs the admin's key as the agency key; the admin becomes active. */
export async function certifyAgency(world: World, admin: Member): Promise<string> {
  const certificate = encodeCertificate(
    signCertificate(
      { kind: 'agency', subjectId: admin.agencyId, signingPublicKey: admin.enrollment.keys.signing.publicKey, issuedAt: world.clock.today() },
      world.root.secretKey,
    ),
  );
  await setAgencyCertificate(world.database.db, admin.agencyId, { signingPublicKey: admin.enrollment.keys.signing.publicKey, certificate });
  const activated = await activateAdmin(world.database.db, {
    memberId: admin.memberId,
    agencyId: admin.agencyId,
    signingPublicKey: admin.enrollment.keys.signing.publicKey,
    certificate,
  });
  if (!activated) throw new Error('admin could not be activated');
  return certificate;
}

// ---------------------------------------------------------------- members

export async function login(world: World, member: Member): Promise<string> {
  const response = await post(world, ROUTES.login.url, { username: member.username, loginSecret: toBase64Url(member.enrollment.loginSecret) });
  expectStatus(response, 200);
  return (response.json() as { sessionToken: string }).sessionToken;
}

/** The admin's browser signs the prosecutor's keys (after comparing fingerprints) and approves. */
export function prosecutorCertificate(world: World, admin: Member, member: Member): string {
  return encodeCertificate(
    signCertificate(
      {
        kind: 'prosecutor',
        subjectId: member.memberId,
        signingPublicKey: member.enrollment.keys.signing.publicKey,
        boxPublicKey: member.enrollment.keys.box.publicKey,
        issuedAt: world.clock.today(),
      },
      admin.enrollment.keys.signing.secretKey,
    ),
  );
}

export async function approve(world: World, admin: Member, adminToken: string, member: Member): Promise<void> {
  const response = await post(
    world,
    routePath(ROUTES.approveMember.url, { memberId: member.memberId }),
    { certificate: prosecutorCertificate(world, admin, member) },
    adminToken,
  );
  expectStatus(response, 200);
}

export interface Agency {
  readonly agencyId: string;
  readonly name: string;
  readonly admin: Member;
  readonly adminToken: string;
  readonly prosecutors: readonly Member[];
  readonly prosecutorTokens: readonly string[];
}

/** An agency with a certified, logged-in admin and approved, logged-in prosecutors. */
export async function setUpAgency(world: World, name: string, prosecutorUsernames: readonly string[]): Promise<Agency> {
  const agencyId = await createAgency(world, name);
  const admin = await enroll(world, await createInvite(world, agencyId, 'admin'), `${prosecutorUsernames[0] ?? name}-admin`, agencyId, 'admin');
  await certifyAgency(world, admin);
  const adminToken = await login(world, admin);
  const prosecutors: Member[] = [];
  const prosecutorTokens: string[] = [];
  for (const username of prosecutorUsernames) {
    const member = await enroll(world, await createInvite(world, agencyId, 'prosecutor'), username, agencyId, 'prosecutor');
    await approve(world, admin, adminToken, member);
    prosecutors.push(member);
    prosecutorTokens.push(await login(world, member));
  }
  return { agencyId, name, admin, adminToken, prosecutors, prosecutorTokens };
}

// ---------------------------------------------------------------- whistleblower

export interface TipCase {
  readonly keys: CaseKeys;
  readonly caseIdText: string;
  readonly contentKey: Uint8Array;
  readonly receipt: string;
}

export function envelopeFor(contentKey: Uint8Array, caseId: Uint8Array, purpose: EnvelopePurpose, content: unknown): Uint8Array {
  return encryptEnvelope(contentKey, utf8(JSON.stringify(content)), { caseId, purpose });
}

export function openEnvelope(contentKey: Uint8Array, caseId: Uint8Array, purpose: EnvelopePurpose, envelope: string): unknown {
  return JSON.parse(fromUtf8(decryptEnvelope(contentKey, fromBase64Url(envelope), { caseId, purpose })));
}

export function wireMessage(record: MessageRecord): Omit<ThreadMessage, 'authorRole'> {
  return {
    seq: record.seq,
    prevHash: toBase64Url(record.prevHash),
    authorPublicKey: toBase64Url(record.authorPublicKey),
    envelope: toBase64Url(record.envelope),
    signature: toBase64Url(record.signature),
  };
}

export function recordOfWire(caseId: Uint8Array, message: ThreadMessage): MessageRecord {
  return {
    caseId,
    seq: message.seq,
    prevHash: fromBase64Url(message.prevHash),
    authorPublicKey: fromBase64Url(message.authorPublicKey),
    authorRole: message.authorRole,
    envelope: fromBase64Url(message.envelope),
    signature: fromBase64Url(message.signature),
  };
}

/** The browser's part of a submission: the request body of POST /api/cases and its secrets. */
export function submissionFor(
  recipients: readonly Member[],
  tip: { title: string; description: string } = { title: 'Ivory on a marketplace', description: 'Carved tusks listed as "resin".' },
): { keys: CaseKeys; contentKey: Uint8Array; body: Record<string, unknown>; tipRecord: MessageRecord } {
  const keys = deriveCaseKeys(generateCaseEntropy());
  const contentKey = generateContentKey();
  const envelope = envelopeFor(contentKey, keys.caseId, 'tip', { kind: 'tip', version: 1, ...tip });
  const tipRecord = signMessage(
    { caseId: keys.caseId, seq: 0, prevHash: threadGenesis(keys.caseId), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope },
    keys.signing.secretKey,
  );
  return {
    keys,
    contentKey,
    tipRecord,
    body: {
      caseId: toBase64Url(keys.caseId),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      boxPublicKey: toBase64Url(keys.box.publicKey),
      tip: wireMessage(tipRecord),
      keyForCase: toBase64Url(sealContentKey(contentKey, keys.caseId, keys.box.publicKey)),
      recipients: recipients.map((member) => ({
        memberId: member.memberId,
        sealedKey: toBase64Url(sealContentKey(contentKey, keys.caseId, member.enrollment.keys.box.publicKey)),
      })),
    },
  };
}

export async function submitTip(world: World, recipients: readonly Member[], tip?: { title: string; description: string }): Promise<TipCase> {
  const submission = submissionFor(recipients, tip);
  const response = await post(world, ROUTES.createCase.url, submission.body);
  expectStatus(response, 201);
  return {
    keys: submission.keys,
    caseIdText: toBase64Url(submission.keys.caseId),
    contentKey: submission.contentKey,
    receipt: (response.json() as { receipt: string }).receipt,
  };
}

export interface IssuedChallenge {
  readonly challenge: { caseId: string; nonce: string; expiresAt: number };
  readonly challengeToken: string;
}

export async function requestChallenge(world: World, caseIdText: string): Promise<IssuedChallenge> {
  const response = await post(world, ROUTES.challenge.url, { caseId: caseIdText });
  expectStatus(response, 200);
  return response.json() as IssuedChallenge;
}

/** The answer the whistleblower's browser sends: the challenge signed with the case key. */
export function answerBody(issued: IssuedChallenge, signingSecretKey: Uint8Array): Record<string, unknown> {
  const signature = signChallenge(
    { caseId: fromBase64Url(issued.challenge.caseId), nonce: fromBase64Url(issued.challenge.nonce), expiresAt: issued.challenge.expiresAt },
    signingSecretKey,
  );
  return { challenge: issued.challenge, challengeToken: issued.challengeToken, signature: toBase64Url(signature) };
}

/** Challenge, answer, session: what returning with the case code does. */
export async function openCase(world: World, tipCase: { keys: CaseKeys; caseIdText: string }): Promise<string> {
  const issued = await requestChallenge(world, tipCase.caseIdText);
  const response = await post(world, ROUTES.openSession.url, answerBody(issued, tipCase.keys.signing.secretKey));
  expectStatus(response, 200);
  return (response.json() as { sessionToken: string }).sessionToken;
}

/** The next message after `thread` (as served), signed by `author`. */
export function nextMessage(
  caseId: Uint8Array,
  thread: readonly ThreadMessage[],
  author: SigningKeyPair,
  role: AuthorRole,
  envelope: Uint8Array,
): MessageRecord {
  const last = thread[thread.length - 1];
  const prevHash = last === undefined ? threadGenesis(caseId) : messageHash(recordOfWire(caseId, last));
  return signMessage({ caseId, seq: thread.length, prevHash, authorPublicKey: author.publicKey, authorRole: role, envelope }, author.secretKey);
}

/** A prosecutor's key K for a case, opened from the sealed key the server gave them. */
export function contentKeyFor(member: Member, caseId: Uint8Array, sealedKey: string): Uint8Array {
  return openContentKey(fromBase64Url(sealedKey), member.enrollment.keys.box, caseId);
}
