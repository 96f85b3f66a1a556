// The authorization matrix, generated from api/routes.ts: every route × every kind of caller
// gets the right 401/403/404 (or its own data), and a caller who is refused learns nothing
// (the same status and body whether the case or member exists or not). A route registered in
// the app but missing from ROUTES, or in ROUTES but not registered, fails the suite; so does a
// route without an entry in REQUESTS below (a type error, and a runtime check).
import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseViewResponse, Caller, RouteName, ThreadMessage } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import { toBase64Url } from '../../../crypto/index';
import { issueCaseSessionToken } from '../../../server/auth/case-session-token';
import { hashToken, newToken } from '../../../server/auth/tokens';
import { insertMemberSession } from '../../../server/repositories/member-sessions';
import { getOrCreateServerSecret } from '../../../server/repositories/server-secrets';
import {
  backend,
  createInvite,
  enroll,
  envelopeFor,
  get,
  login,
  nextMessage,
  openCase,
  openWorld,
  post,
  setUpAgency,
  submitTip,
  wireMessage,
} from './world';
import type { Agency, Member, TipCase, World } from './world';
import { createUpload, encryptedFile, uploadIdOf, uploadWhole } from '../files/tus';

const CALLERS = [
  'none',
  'whistleblowerOfAnotherCase',
  'prosecutorOfAnotherAgency',
  'prosecutorOfSameAgencyNotOnCase',
  'agencyAdmin',
  'pendingMember',
  'expiredMemberSession',
  'expiredCaseSession',
  'forgedMemberToken',
  'forgedCaseToken',
  // Last: the one caller who may act (a positive control that the refusals are about the caller).
  'rightful',
] as const;
type CallerName = (typeof CALLERS)[number];

/** What a caller must get. 'allowed': not refused (the request went past authorization). */
type Expectation =
  | { readonly status: 401 | 403 | 404; readonly code: string }
  | { readonly allowed: true; readonly check?: (response: LightMyRequestResponse) => void };

const unauthorized: Expectation = { status: 401, code: 'unauthorized' };
const expired: Expectation = { status: 401, code: 'session_expired' };
const forbidden: Expectation = { status: 403, code: 'forbidden' };
const notFound: Expectation = { status: 404, code: 'not_found' };
const allowed: Expectation = { allowed: true };

/** The default expectations by who a route is for; REQUESTS may override per route. */
const DEFAULTS: Record<Exclude<Caller, 'public'>, Record<CallerName, Expectation>> = {
  case: {
    none: unauthorized,
    whistleblowerOfAnotherCase: allowed,
    prosecutorOfAnotherAgency: unauthorized,
    prosecutorOfSameAgencyNotOnCase: unauthorized,
    agencyAdmin: unauthorized,
    pendingMember: unauthorized,
    expiredMemberSession: unauthorized,
    expiredCaseSession: expired,
    forgedMemberToken: unauthorized,
    forgedCaseToken: unauthorized,
    rightful: allowed,
  },
  member: {
    none: unauthorized,
    whistleblowerOfAnotherCase: unauthorized,
    prosecutorOfAnotherAgency: allowed,
    prosecutorOfSameAgencyNotOnCase: allowed,
    agencyAdmin: allowed,
    pendingMember: allowed,
    expiredMemberSession: expired,
    expiredCaseSession: unauthorized,
    forgedMemberToken: unauthorized,
    forgedCaseToken: unauthorized,
    rightful: allowed,
  },
  admin: {
    none: unauthorized,
    whistleblowerOfAnotherCase: unauthorized,
    prosecutorOfAnotherAgency: forbidden,
    prosecutorOfSameAgencyNotOnCase: forbidden,
    agencyAdmin: allowed,
    pendingMember: forbidden,
    expiredMemberSession: expired,
    expiredCaseSession: unauthorized,
    forgedMemberToken: unauthorized,
    forgedCaseToken: unauthorized,
    rightful: allowed,
  },
  prosecutor: {
    none: unauthorized,
    whistleblowerOfAnotherCase: unauthorized,
    prosecutorOfAnotherAgency: notFound,
    prosecutorOfSameAgencyNotOnCase: notFound,
    agencyAdmin: forbidden,
    pendingMember: forbidden,
    expiredMemberSession: expired,
    expiredCaseSession: unauthorized,
    forgedMemberToken: unauthorized,
    forgedCaseToken: unauthorized,
    rightful: allowed,
  },
  // Uploads: a case session for its own case, or an active prosecutor on the case; every
  // upload request names case X (metadata) or an upload of case X (URL).
  uploader: {
    none: unauthorized,
    whistleblowerOfAnotherCase: notFound,
    prosecutorOfAnotherAgency: notFound,
    prosecutorOfSameAgencyNotOnCase: notFound,
    agencyAdmin: forbidden,
    pendingMember: forbidden,
    expiredMemberSession: expired,
    expiredCaseSession: expired,
    forgedMemberToken: unauthorized,
    forgedCaseToken: unauthorized,
    rightful: allowed,
  },
};

interface Targets {
  /** The case the matrix is about ("case X"), and a case id nobody has. */
  readonly caseId: string;
  readonly missingCaseId: string;
  /** A pending prosecutor of the OTHER agency (agency B), and a member id nobody has. */
  readonly foreignMemberId: string;
  readonly missingMemberId: string;
  /** An attached file of case X, and uploads in progress of case X (one to append to, one to cancel). */
  readonly fileId: string;
  readonly uploadId: string;
  readonly cancelUploadId: string;
}

interface RouteRequest {
  /** Params, body and headers for the real target, and for the missing one (same shape). */
  readonly build: (
    targets: Targets,
    missing: boolean,
  ) => { readonly params?: Record<string, string>; readonly body?: unknown; readonly headers?: Record<string, string>; readonly payload?: Buffer };
  readonly expect?: Partial<Record<CallerName, Expectation>>;
}

let world: World;
let agencyA: Agency;
let agencyB: Agency;
let caseX: TipCase;
let caseY: TipCase;
let pending: Member;
let foreignPending: Member;
let targets: Targets;
let messageForX: ReturnType<typeof wireMessage>;
let uploadLength: number;
const registered = new Set<string>();

/** A syntactically valid message (right lengths, canonical base64url) that verifies for nothing. */
function shapedMessage(): ReturnType<typeof wireMessage> {
  return {
    seq: 1,
    prevHash: toBase64Url(new Uint8Array(randomBytes(32))),
    authorPublicKey: toBase64Url(new Uint8Array(randomBytes(32))),
    envelope: toBase64Url(new Uint8Array(1065)),
    signature: toBase64Url(new Uint8Array(randomBytes(64))),
  };
}

const REQUESTS: Record<RouteName, RouteRequest> = {
  health: { build: () => ({}) },
  directory: { build: () => ({}) },
  createCase: { build: () => ({ body: { caseId: 'x' } }) },
  challenge: { build: (t, missing) => ({ body: { caseId: missing ? t.missingCaseId : t.caseId } }) },
  openSession: { build: () => ({ body: {} }) },
  caseView: {
    build: () => ({}),
    expect: {
      whistleblowerOfAnotherCase: {
        allowed: true,
        check: (response) => {
          // Their own case, never case X.
          expect(response.statusCode).toBe(200);
          expect((response.json() as CaseViewResponse).caseId).toBe(caseY.caseIdText);
        },
      },
    },
  },
  postCaseMessage: {
    build: () => ({ body: messageForX }),
    expect: {
      // A message signed for case X, sent with the session of case Y, goes nowhere.
      whistleblowerOfAnotherCase: {
        allowed: true,
        check: (response) => {
          expect(response.statusCode).toBe(400);
          expect(response.json()).toMatchObject({ error: { code: 'invalid_message' } });
        },
      },
      rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(201) },
    },
  },
  invite: { build: () => ({ params: { token: newToken() } }) },
  enroll: { build: () => ({ body: {} }) },
  authParams: { build: () => ({ body: { username: 'nobody.here' } }) },
  // A correct login (a wrong one would lock the account part-way through the callers).
  login: { build: () => ({ body: { username: agencyB.admin.username, loginSecret: toBase64Url(agencyB.admin.enrollment.loginSecret) } }) },
  logout: { build: () => ({ body: {} }) },
  me: { build: () => ({}) },
  adminMembers: {
    build: () => ({}),
    expect: {
      agencyAdmin: {
        allowed: true,
        check: (response) => {
          // Agency A's admin sees agency A only.
          expect(response.statusCode).toBe(200);
          const ids = (response.json() as { members: { memberId: string }[] }).members.map((m) => m.memberId);
          expect(ids).toContain(pending.memberId);
          expect(ids).not.toContain(foreignPending.memberId);
        },
      },
    },
  },
  approveMember: {
    build: (t, missing) => ({ params: { memberId: missing ? t.missingMemberId : t.foreignMemberId }, body: { certificate: '{"not":"a certificate"}' } }),
    expect: { agencyAdmin: notFound },
  },
  rejectMember: {
    build: (t, missing) => ({ params: { memberId: missing ? t.missingMemberId : t.foreignMemberId }, body: {} }),
    expect: { agencyAdmin: notFound },
  },
  inbox: {
    build: () => ({}),
    expect: {
      prosecutorOfAnotherAgency: {
        allowed: true,
        check: (response) => {
          expect(response.statusCode).toBe(200);
          expect((response.json() as { cases: { caseId: string }[] }).cases.map((c) => c.caseId)).toEqual([caseY.caseIdText]);
        },
      },
      prosecutorOfSameAgencyNotOnCase: {
        allowed: true,
        check: (response) => {
          expect(response.statusCode).toBe(200);
          expect(response.json()).toEqual({ cases: [] });
        },
      },
    },
  },
  prosecutorCase: { build: (t, missing) => ({ params: { caseId: missing ? t.missingCaseId : t.caseId } }) },
  postProsecutorMessage: { build: (t, missing) => ({ params: { caseId: missing ? t.missingCaseId : t.caseId }, body: shapedMessage() }) },
  setStatus: {
    build: (t, missing) => ({ params: { caseId: missing ? t.missingCaseId : t.caseId }, body: { status: 'closed', message: shapedMessage() } }),
  },
  uploadLimits: { build: () => ({}) },
  caseFile: {
    build: (t, missing) => ({ params: { fileId: missing ? toBase64Url(new Uint8Array(randomBytes(16))) : t.fileId } }),
    // Another case's session finds no such file in its own case.
    expect: { whistleblowerOfAnotherCase: notFound, rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(200) } },
  },
  prosecutorFile: {
    build: (t, missing) => ({ params: { caseId: missing ? t.missingCaseId : t.caseId, fileId: t.fileId } }),
    expect: { rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(200) } },
  },
  createUpload: {
    build: (t, missing) => ({ headers: tusCreateHeaders(missing ? t.missingCaseId : t.caseId) }),
    expect: { rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(201) } },
  },
  uploadOffset: {
    build: (t, missing) => ({ params: { uploadId: missing ? randomBytes(16).toString('hex') : t.uploadId }, headers: { 'tus-resumable': '1.0.0' } }),
    expect: { rightful: { allowed: true, check: (response) => expect(response.headers['upload-offset']).toBe('0') } },
  },
  uploadChunk: {
    build: (t, missing) => ({
      params: { uploadId: missing ? randomBytes(16).toString('hex') : t.uploadId },
      headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      payload: Buffer.alloc(100),
    }),
    expect: { rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(204) } },
  },
  cancelUpload: {
    build: (t, missing) => ({ params: { uploadId: missing ? randomBytes(16).toString('hex') : t.cancelUploadId }, headers: { 'tus-resumable': '1.0.0' } }),
    expect: { rightful: { allowed: true, check: (response) => expect(response.statusCode).toBe(204) } },
  },
};

/** tus creation headers for a small upload naming `caseId`, with a fresh file id each time. */
function tusCreateHeaders(caseId: string): Record<string, string> {
  const meta = (value: string): string => Buffer.from(value).toString('base64');
  return {
    'tus-resumable': '1.0.0',
    'upload-length': String(uploadLength),
    'upload-metadata': `fileId ${meta(toBase64Url(new Uint8Array(randomBytes(16))))},caseId ${meta(caseId)}`,
  };
}

async function memberToken(member: Member, expiresInSeconds: number): Promise<string> {
  const token = newToken();
  await insertMemberSession(world.database.db, {
    tokenHash: hashToken(token),
    memberId: member.memberId,
    expiresAt: new Date(world.clock.now().getTime() + expiresInSeconds * 1000),
  });
  return token;
}

async function caseToken(caseId: Uint8Array, expiresAt: number): Promise<string> {
  const key = await getOrCreateServerSecret(world.database.db, 'case-session-mac', new Uint8Array(randomBytes(32)));
  return issueCaseSessionToken(key, caseId, expiresAt);
}

/** A fresh token for each request (logout ends the session it is called with). */
async function tokenFor(caller: CallerName, route: RouteName): Promise<string | undefined> {
  const now = Math.floor(world.clock.now().getTime() / 1000);
  const rightfulMember: Record<Caller, Member | undefined> = {
    public: undefined,
    case: undefined,
    member: agencyA.prosecutors[0],
    admin: agencyB.admin,
    prosecutor: agencyA.prosecutors[0],
    uploader: agencyA.prosecutors[0],
  };
  switch (caller) {
    case 'none':
      return undefined;
    case 'whistleblowerOfAnotherCase':
      return openCase(world, caseY);
    case 'prosecutorOfAnotherAgency':
      return memberToken(agencyB.prosecutors[0] as Member, 3600);
    case 'prosecutorOfSameAgencyNotOnCase':
      return memberToken(agencyA.prosecutors[1] as Member, 3600);
    case 'agencyAdmin':
      return memberToken(agencyA.admin, 3600);
    case 'pendingMember':
      return memberToken(pending, 3600);
    case 'expiredMemberSession':
      return memberToken(agencyA.prosecutors[0] as Member, -1);
    case 'expiredCaseSession':
      return caseToken(caseX.keys.caseId, now - 1);
    case 'forgedMemberToken':
      return newToken();
    case 'forgedCaseToken':
      return toBase64Url(new Uint8Array(randomBytes(72)));
    case 'rightful': {
      // Uploads: the whistleblower of case X (the prosecutor on X is checked by the upload tests).
      if (ROUTES[route].caller === 'case' || ROUTES[route].caller === 'uploader') return openCase(world, caseX);
      const member = rightfulMember[ROUTES[route].caller];
      return member === undefined ? undefined : memberToken(member, 3600);
    }
  }
}

async function send(route: RouteName, caller: CallerName, missing: boolean): Promise<LightMyRequestResponse> {
  const spec = ROUTES[route];
  const { params, body, headers, payload } = REQUESTS[route].build(targets, missing);
  const url = routePath(spec.url, params ?? {});
  const token = await tokenFor(caller, route);
  if (headers !== undefined) {
    return world.app.inject({ method: spec.method, url, headers: { ...headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, ...(payload === undefined ? {} : { payload }) });
  }
  return spec.method === 'GET' ? get(world, url, token) : post(world, url, body ?? {}, token);
}

beforeAll(async () => {
  world = await openWorld({
    beforeReady: (app) =>
      app.addHook('onRoute', (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const method of methods) if (route.url.startsWith('/api')) registered.add(`${method} ${route.url}`);
      }),
  });
  agencyA = await setUpAgency(world, 'Agency A', ['a1.prosecutor', 'a2.prosecutor']);
  agencyB = await setUpAgency(world, 'Agency B', ['b1.prosecutor']);
  pending = await enroll(world, await createInvite(world, agencyA.agencyId, 'prosecutor'), 'a3.pending', agencyA.agencyId, 'prosecutor');
  await login(world, pending);
  foreignPending = await enroll(world, await createInvite(world, agencyB.agencyId, 'prosecutor'), 'b2.pending', agencyB.agencyId, 'prosecutor');
  caseX = await submitTip(world, [agencyA.prosecutors[0] as Member]);
  caseY = await submitTip(world, [agencyB.prosecutors[0] as Member]);
  // Case X has an attached file and two uploads in progress.
  const sessionX = await openCase(world, caseX);
  const attached = encryptedFile(caseX.keys.caseId, new Uint8Array(1000));
  uploadLength = attached.stream.length;
  await uploadWhole(world, sessionX, attached, { fileId: attached.fileIdText });
  const before: ThreadMessage[] = ((await get(world, ROUTES.caseView.url, sessionX)).json() as CaseViewResponse).messages;
  const manifest = envelopeFor(caseX.contentKey, caseX.keys.caseId, 'file-manifest', { kind: 'files' });
  const attach = await post(world, ROUTES.postCaseMessage.url, { ...wireMessage(nextMessage(caseX.keys.caseId, before, caseX.keys.signing, 'whistleblower', manifest)), files: [attached.fileIdText] }, sessionX);
  expect(attach.statusCode).toBe(201);
  const inProgress = async (): Promise<string> => uploadIdOf(await createUpload(world, sessionX, uploadLength, { fileId: toBase64Url(new Uint8Array(randomBytes(16))) }));
  targets = {
    caseId: caseX.caseIdText,
    missingCaseId: toBase64Url(new Uint8Array(randomBytes(32))),
    foreignMemberId: foreignPending.memberId,
    missingMemberId: randomUUID(),
    fileId: attached.fileIdText,
    uploadId: await inProgress(),
    cancelUploadId: await inProgress(),
  };
  // A genuine next message of case X, signed by case X's key.
  const thread: ThreadMessage[] = (((await get(world, ROUTES.caseView.url, await openCase(world, caseX))).json()) as CaseViewResponse).messages;
  messageForX = wireMessage(
    nextMessage(caseX.keys.caseId, thread, caseX.keys.signing, 'whistleblower', envelopeFor(caseX.contentKey, caseX.keys.caseId, 'message', { kind: 'message', version: 1, text: 'hello' })),
  );
});
afterAll(async () => {
  await world.close();
});

describe(`route table (${backend})`, () => {
  it('registers exactly the routes of api/routes.ts, and the matrix has a request for each', () => {
    const declared = new Set(Object.values(ROUTES).map((route) => `${route.method} ${route.url}`));
    // Fastify answers HEAD for every GET route by itself; only HEAD routes of their own count.
    const own = [...registered].filter((entry) => !(entry.startsWith('HEAD ') && registered.has(`GET ${entry.slice(5)}`)));
    expect(own.sort()).toEqual([...declared].sort());
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describe(`authorization matrix (${backend})`, () => {
  const NOT_FOUND_BODY = { error: { code: 'not_found', message: 'Not found' } };

  for (const route of Object.keys(ROUTES) as RouteName[]) {
    const spec = ROUTES[route];
    it(`${spec.method} ${spec.url} (${spec.caller})`, async () => {
      if (spec.caller === 'public') {
        // Public routes ignore whatever token comes with them: every caller gets the same answer.
        const baseline = await send(route, 'none', false);
        expect([401, 403]).not.toContain(baseline.statusCode);
        expect(baseline.statusCode).toBeLessThan(500);
        for (const caller of CALLERS) {
          const response = await send(route, caller, false);
          expect(response.statusCode, `${caller}`).toBe(baseline.statusCode);
          if (baseline.statusCode >= 400) expect(response.json(), caller).toEqual(baseline.json());
        }
        return;
      }
      const hasTarget = [':caseId', ':memberId', ':fileId', ':uploadId'].some((param) => spec.url.includes(param)) || route === 'createUpload';
      // HEAD answers carry no body: compare statuses only.
      const bodyOf = (response: LightMyRequestResponse): unknown => (spec.method === 'HEAD' ? null : response.json());
      for (const caller of CALLERS) {
        const expectation = REQUESTS[route].expect?.[caller] ?? DEFAULTS[spec.caller][caller];
        const response = await send(route, caller, false);
        if ('allowed' in expectation) {
          expect([401, 403, 404], `${caller} should be let through, got ${response.body.slice(0, 200)}`).not.toContain(response.statusCode);
          expect(response.statusCode, caller).toBeLessThan(500);
          expectation.check?.(response);
          continue;
        }
        if (spec.method === 'HEAD') {
          expect({ caller, status: response.statusCode }).toEqual({ caller, status: expectation.status });
        } else {
          expect({ caller, status: response.statusCode, code: (response.json() as { error?: { code: string } }).error?.code }).toEqual({
            caller,
            status: expectation.status,
            code: expectation.code,
          });
          expect(Object.keys(response.json() as object)).toEqual(['error']);
          if (expectation.status === 404) expect(response.json()).toEqual(NOT_FOUND_BODY);
        }
        if (hasTarget) {
          // Learns nothing: the same answer for a case, member, file or upload that does not exist.
          const missing = await send(route, caller, true);
          expect({ caller, status: missing.statusCode, body: bodyOf(missing) }).toEqual({ caller, status: response.statusCode, body: bodyOf(response) });
        }
      }
    });
  }

  it('answers a session for a case that no longer exists like no session at all', async () => {
    const token = await caseToken(new Uint8Array(randomBytes(32)), Math.floor(world.clock.now().getTime() / 1000) + 600);
    const response = await get(world, ROUTES.caseView.url, token);
    expect(response.statusCode).toBe(401);
    expect((await get(world, ROUTES.caseView.url)).json()).toEqual(response.json());
  });

  it('refuses a case session token whose case id or expiry was changed', async () => {
    const now = Math.floor(world.clock.now().getTime() / 1000);
    const genuine = Buffer.from(await caseToken(caseX.keys.caseId, now + 600), 'base64url');
    for (const index of [0, 35, 71]) {
      const altered = Buffer.from(genuine);
      altered[index] = (altered[index] ?? 0) ^ 1;
      const response = await get(world, ROUTES.caseView.url, altered.toString('base64url'));
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('refuses a member token sent with another scheme or with extra text', async () => {
    const token = await memberToken(agencyA.admin, 3600);
    for (const header of [`Basic ${token}`, `Bearer ${token} x`, `Bearer  ${token}`, token, `bearer:${token}`]) {
      const response = await world.app.inject({ method: 'GET', url: ROUTES.me.url, headers: { authorization: header } });
      expect(response.statusCode, header.slice(0, 10)).toBe(401);
    }
    expect((await get(world, ROUTES.me.url, token)).statusCode).toBe(200);
  });
});
