// A stand-in for the tip line's server in unit tests of the whistleblower services: the same
// routes and schemas (api/), and the checks docs/PROTOCOL.md asks of the server, done with the
// real crypto. It also plays the prosecutors (reply, change status) and can misbehave on request
// (tamper with rows, substitute keys, drop the connection) so the tests can show the browser
// side notices. Not a server: requests are answered in memory through a fetch stand-in.
import { randomUUID } from 'node:crypto';
import {
  ROUTES,
  caseStatus,
  challengeBody,
  createCaseBody,
  openSessionBody,
  postCaseMessageBody,
  type CaseStatus,
  type DirectoryAgency,
  type RouteSpec,
  type ThreadMessage,
} from '../../../../api/index';
import {
  createChallenge,
  deriveCaseKeys,
  encodeCertificate,
  encodeReceipt,
  encryptEnvelope,
  fromBase64Url,
  generateCaseEntropy,
  generateContentKey,
  openContentKey,
  signCertificate,
  signMessage,
  signReceipt,
  toBase64Url,
  utf8,
  verifyCaseId,
  verifyChallengeResponse,
  verifyThread,
  nextLink,
  type BoxKeyPair,
  type MessageRecord,
  type SigningKeyPair,
} from '../../../../crypto/index';

interface FakeProsecutor {
  readonly memberId: string;
  readonly signing: SigningKeyPair;
  readonly box: BoxKeyPair;
  certificate: string;
}

interface FakeAgency {
  readonly agencyId: string;
  readonly name: string;
  readonly signing: SigningKeyPair;
  readonly certificate: string;
  readonly prosecutors: FakeProsecutor[];
}

export interface FakeCase {
  readonly caseId: string;
  readonly signingPublicKey: string;
  readonly boxPublicKey: string;
  status: CaseStatus;
  readonly keyForCase: string;
  readonly recipients: ReadonlyMap<string, string>;
  messages: ThreadMessage[];
  readonly receipt: string;
  /** Complete uploads (base64url file id -> stored bytes), and those attached by a message (-> seq). */
  readonly uploads: Map<string, number>;
  readonly attached: Map<string, number>;
}

export interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: string | null;
}

const DAY = '2026-11-21';

/** An Ed25519 and an X25519 pair from fresh entropy (the case KDF is a convenient key maker). */
function keyPairs(): { signing: SigningKeyPair; box: BoxKeyPair } {
  const { signing, box } = deriveCaseKeys(generateCaseEntropy());
  return { signing, box };
}

function error(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'content-type': 'application/json' } });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function toRecord(caseId: Uint8Array, message: ThreadMessage): MessageRecord {
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

export class FakeTipLine {
  readonly root = keyPairs().signing;
  readonly receiptKey = keyPairs().signing;
  readonly agencies: FakeAgency[] = [];
  readonly cases = new Map<string, FakeCase>();
  readonly sent: Sent[] = [];
  private readonly sessions = new Map<string, string>();
  private readonly usedNonces = new Set<string>();
  /**
   * When set, the next request to this route goes through this instead: it may answer by itself,
   * or call `proceed` (the normal handling) and then, say, lose the answer by throwing.
   */
  readonly interceptions = new Map<RouteSpec, (proceed: () => Promise<Response>) => Promise<Response>>();

  get rootPublicKey(): string {
    return toBase64Url(this.root.publicKey);
  }

  addAgency(name: string, prosecutorCount = 1): FakeAgency {
    const agencyId = randomUUID();
    const signing = keyPairs().signing;
    const certificate = encodeCertificate(signCertificate({ kind: 'agency', subjectId: agencyId, signingPublicKey: signing.publicKey, issuedAt: DAY }, this.root.secretKey));
    const agency: FakeAgency = { agencyId, name, signing, certificate, prosecutors: [] };
    for (let i = 0; i < prosecutorCount; i++) {
      const memberId = randomUUID();
      const keys = keyPairs();
      const prosecutorCertificate = encodeCertificate(
        signCertificate(
          { kind: 'prosecutor', subjectId: memberId, signingPublicKey: keys.signing.publicKey, boxPublicKey: keys.box.publicKey, issuedAt: DAY },
          signing.secretKey,
        ),
      );
      agency.prosecutors.push({ memberId, ...keys, certificate: prosecutorCertificate });
    }
    this.agencies.push(agency);
    return agency;
  }

  /** Serves a prosecutor certificate whose box key is not the one the agency signed. */
  substituteBoxKey(agency: FakeAgency): void {
    const prosecutor = agency.prosecutors[0];
    if (prosecutor === undefined) throw new Error('agency has no prosecutor');
    const forged = JSON.parse(prosecutor.certificate) as Record<string, unknown>;
    forged.boxPublicKey = toBase64Url(keyPairs().box.publicKey);
    prosecutor.certificate = JSON.stringify(forged);
  }

  directoryAgency(agency: FakeAgency): DirectoryAgency {
    return {
      agencyId: agency.agencyId,
      name: agency.name,
      countries: ['KE', 'UG'],
      languages: ['en', 'sw'],
      certificate: agency.certificate,
      prosecutors: agency.prosecutors.map((p) => ({ memberId: p.memberId, certificate: p.certificate })),
    };
  }

  /** The fetch the browser code calls. */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? init.body : null;
    this.sent.push({ method, url, body });
    const headers = new Headers(init.headers);
    return this.answer(method, url, body, headers.get('authorization'));
  };

  private async answer(method: string, url: string, body: string | null, authorization: string | null): Promise<Response> {
    const route = Object.values(ROUTES).find((r: RouteSpec) => r.method === method && r.url === url);
    if (route === undefined) return error(404, 'not_found', 'No such route.');
    const intercept = this.interceptions.get(route);
    if (intercept !== undefined) {
      this.interceptions.delete(route);
      return intercept(() => this.handle(route, body, authorization));
    }
    return this.handle(route, body, authorization);
  }

  private async handle(route: RouteSpec, body: string | null, authorization: string | null): Promise<Response> {
    const parsed: unknown = body === null ? undefined : JSON.parse(body);
    switch (route) {
      case ROUTES.directory:
        return json(200, { agencies: this.agencies.map((a) => this.directoryAgency(a)) });
      case ROUTES.createCase:
        return this.createCase(parsed);
      case ROUTES.challenge:
        return this.challenge(parsed);
      case ROUTES.openSession:
        return this.openSession(parsed);
      case ROUTES.caseView:
        return this.caseView(authorization);
      case ROUTES.postCaseMessage:
        return this.postMessage(authorization, parsed);
      default:
        return error(404, 'not_found', 'No such route.');
    }
  }

  private createCase(input: unknown): Response {
    const body = createCaseBody.safeParse(input);
    if (!body.success) return error(400, 'bad_request', 'The request is not valid.');
    const { caseId, signingPublicKey, boxPublicKey, tip, keyForCase, recipients } = body.data;
    if (this.cases.has(caseId)) return error(409, 'case_exists', 'This case already exists.');
    const id = fromBase64Url(caseId, 32);
    verifyCaseId(id, fromBase64Url(signingPublicKey, 32), fromBase64Url(boxPublicKey, 32));
    const message: ThreadMessage = { ...tip, authorRole: 'whistleblower' };
    verifyThread(id, [toRecord(id, message)], (key, role) => role === 'whistleblower' && toBase64Url(key) === signingPublicKey);
    const known = new Set(this.agencies.flatMap((a) => a.prosecutors.map((p) => p.memberId)));
    if (!recipients.every((r) => known.has(r.memberId))) return error(422, 'unknown_recipient', 'A recipient is not an active prosecutor.');
    const receipt = encodeReceipt(signReceipt({ casePublicKey: fromBase64Url(signingPublicKey), tipCiphertext: fromBase64Url(tip.envelope), day: DAY }, this.receiptKey.secretKey));
    this.cases.set(caseId, {
      caseId,
      signingPublicKey,
      boxPublicKey,
      status: 'new',
      keyForCase,
      recipients: new Map(recipients.map((r) => [r.memberId, r.sealedKey])),
      messages: [message],
      receipt,
      uploads: new Map(),
      attached: new Map(),
    });
    return json(201, { receipt });
  }

  private challenge(input: unknown): Response {
    const body = challengeBody.safeParse(input);
    if (!body.success) return error(400, 'bad_request', 'The request is not valid.');
    const challenge = createChallenge(fromBase64Url(body.data.caseId, 32), Math.floor(Date.now() / 1000) + 120);
    // The fake keeps challenges in memory instead of MAC-ing them: the token is just random.
    return json(200, {
      challenge: { caseId: body.data.caseId, nonce: toBase64Url(challenge.nonce), expiresAt: challenge.expiresAt },
      challengeToken: toBase64Url(generateContentKey()),
    });
  }

  private openSession(input: unknown): Response {
    const body = openSessionBody.safeParse(input);
    if (!body.success) return error(400, 'bad_request', 'The request is not valid.');
    const { challenge, signature } = body.data;
    const stored = this.cases.get(challenge.caseId);
    if (this.usedNonces.has(challenge.nonce)) return error(401, 'challenge_replayed', 'This challenge was already used.');
    this.usedNonces.add(challenge.nonce);
    try {
      if (stored === undefined) throw new Error('unknown case');
      verifyChallengeResponse(
        { caseId: fromBase64Url(challenge.caseId, 32), nonce: fromBase64Url(challenge.nonce, 32), expiresAt: challenge.expiresAt },
        fromBase64Url(signature, 64),
        fromBase64Url(stored.signingPublicKey, 32),
        Math.floor(Date.now() / 1000),
      );
    } catch {
      return error(401, 'case_auth_failed', 'The case could not be opened.');
    }
    const token = toBase64Url(generateContentKey()) + toBase64Url(generateContentKey());
    this.sessions.set(token, challenge.caseId);
    return json(200, { sessionToken: token, expiresAt: Math.floor(Date.now() / 1000) + 1800 });
  }

  /** Ends every open session, as if 30 minutes had passed. */
  expireSessions(): void {
    this.sessions.clear();
  }

  private sessionCase(authorization: string | null): FakeCase | undefined {
    const token = authorization?.replace(/^Bearer /, '') ?? '';
    const caseId = this.sessions.get(token);
    return caseId === undefined ? undefined : this.cases.get(caseId);
  }

  private caseView(authorization: string | null): Response {
    const stored = this.sessionCase(authorization);
    if (stored === undefined) return error(401, 'unauthorized', 'Sign in again.');
    const agencies = this.agencies
      .filter((a) => a.prosecutors.some((p) => stored.recipients.has(p.memberId)))
      .map((a) => this.directoryAgency(a));
    return json(200, {
      caseId: stored.caseId,
      status: stored.status,
      createdOn: DAY,
      keyForCase: stored.keyForCase,
      messages: stored.messages,
      agencies,
      receipt: stored.receipt,
      files: [...stored.attached].map(([fileId, seq]) => ({ fileId, storedBytes: stored.uploads.get(fileId) ?? 0, seq, uploadedOn: DAY })),
      quota: { usedBytes: [...stored.uploads.values()].reduce((sum, bytes) => sum + bytes, 0), limitBytes: FakeTipLine.QUOTA_BYTES },
    });
  }

  /** Storage quota of every fake case. */
  static readonly QUOTA_BYTES = 10 * 1024 ** 3;

  /** Records a complete upload of `fileId` to the case, as if it had arrived through tus. */
  completeUpload(caseId: string, fileId: string, storedBytes: number): void {
    const stored = this.cases.get(caseId);
    if (stored === undefined) throw new Error('no such case');
    stored.uploads.set(fileId, storedBytes);
  }

  private postMessage(authorization: string | null, input: unknown): Response {
    const stored = this.sessionCase(authorization);
    if (stored === undefined) return error(401, 'unauthorized', 'Sign in again.');
    const body = postCaseMessageBody.safeParse(input);
    if (!body.success) return error(400, 'bad_request', 'The request is not valid.');
    const { files: _files, ...signed } = body.data;
    const message: ThreadMessage = { ...signed, authorRole: 'whistleblower' };
    if (message.seq !== stored.messages.length) return error(409, 'thread_moved_on', 'Someone wrote in the meantime.');
    const id = fromBase64Url(stored.caseId, 32);
    try {
      verifyThread(id, [...stored.messages, message].map((m) => toRecord(id, m)), () => true);
    } catch {
      return error(400, 'bad_message', 'The message does not verify.');
    }
    if (message.authorPublicKey !== stored.signingPublicKey) return error(403, 'forbidden', 'Not the case key.');
    const files = body.data.files ?? [];
    if (files.some((fileId) => !stored.uploads.has(fileId) || stored.attached.has(fileId))) {
      return error(409, 'file_not_ready', 'A file named by this message has not fully arrived (or is already attached).');
    }
    stored.messages.push(message);
    for (const fileId of files) stored.attached.set(fileId, message.seq);
    return json(201, { seq: message.seq });
  }

  // The prosecutors' side.

  private prosecutorWrite(caseId: string, purpose: 'message' | 'status' | 'file-manifest', plaintext: object, agency = this.agencies[0]): void {
    const stored = this.cases.get(caseId);
    const prosecutor = agency?.prosecutors.find((p) => stored?.recipients.has(p.memberId));
    if (stored === undefined || prosecutor === undefined) throw new Error('no such case for this prosecutor');
    const id = fromBase64Url(caseId, 32);
    const sealed = stored.recipients.get(prosecutor.memberId) ?? '';
    const contentKey = openContentKey(fromBase64Url(sealed), prosecutor.box, id);
    const envelope = encryptEnvelope(contentKey, utf8(JSON.stringify(plaintext)), { caseId: id, purpose });
    const verified = verifyThread(id, stored.messages.map((m) => toRecord(id, m)), () => true);
    const record = signMessage(
      { caseId: id, ...nextLink(id, verified), authorPublicKey: prosecutor.signing.publicKey, authorRole: 'prosecutor', envelope },
      prosecutor.signing.secretKey,
    );
    stored.messages.push({
      seq: record.seq,
      prevHash: toBase64Url(record.prevHash),
      authorPublicKey: toBase64Url(record.authorPublicKey),
      authorRole: 'prosecutor',
      envelope: toBase64Url(record.envelope),
      signature: toBase64Url(record.signature),
    });
  }

  reply(caseId: string, text: string): void {
    this.prosecutorWrite(caseId, 'message', { kind: 'message', version: 1, text });
  }

  /** A prosecutor's files message; `arrived` file ids are recorded as uploaded and attached to it. */
  sendFiles(caseId: string, content: object, arrived: readonly string[]): void {
    this.prosecutorWrite(caseId, 'file-manifest', content);
    const stored = this.cases.get(caseId);
    if (stored === undefined) return;
    for (const fileId of arrived) {
      stored.uploads.set(fileId, 65_577);
      stored.attached.set(fileId, stored.messages.length - 1);
    }
  }

  setStatus(caseId: string, status: CaseStatus): void {
    this.prosecutorWrite(caseId, 'status', { kind: 'status', version: 1, status: caseStatus.parse(status) });
    const stored = this.cases.get(caseId);
    if (stored !== undefined) stored.status = status;
  }

  onlyCase(): FakeCase {
    const [only, ...more] = [...this.cases.values()];
    if (only === undefined || more.length > 0) throw new Error(`expected one case, found ${this.cases.size}`);
    return only;
  }
}
