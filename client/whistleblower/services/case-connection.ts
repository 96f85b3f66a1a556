// An open case, held in memory only while the case page is open: the case keys, the session
// token, the content key and the thread's next link. close() wipes the secrets; nothing is ever
// written to storage. An expired session is renewed with the keys already in memory, so an
// answer typed slowly is never lost.
import { ROUTES, messageContent, postMessageResponse, type CaseViewResponse, type MessageContent } from '../../../api/index';
import { encryptEnvelope, signMessage, toBase64Url, utf8, type CaseKeys } from '../../../crypto/index';
import { ApiError, apiRequest } from '../../shared/http';
import type { CaseSnapshot } from '../logic/case-snapshot';
import { fetchCaseView, openSession, SessionExpired, type CaseSessionToken } from './case-session';
import { ServiceFailure, ThreadMovedOn } from './errors';
import { nextPaint } from './next-paint';
import { readCase, type NextLink } from './read-case';
import { requestFailure } from './request-failure';

export const ANSWER_MAX_CHARACTERS = 20_000;

export class CaseConnection {
  private contentKey: Uint8Array | null = null;
  private next: NextLink | null = null;
  private closed = false;

  constructor(
    private readonly keys: CaseKeys,
    private session: CaseSessionToken,
    private readonly rootPublicKey: string,
  ) {}

  /** Fetches and verifies the case; the snapshot shows only what verified. */
  async load(): Promise<CaseSnapshot> {
    const view = await this.withSession((token) => fetchCaseView(token));
    return this.read(view);
  }

  /**
   * Encrypts, signs and sends an answer after the last verified message, then reloads the case.
   * Throws ThreadMovedOn when a message arrived meanwhile: load() again, then let the person re-send.
   */
  async sendAnswer(text: string): Promise<CaseSnapshot> {
    const next = this.next;
    const contentKey = this.contentKey;
    if (next === null || contentKey === null) throw new ServiceFailure('This case cannot be answered: it did not pass its checks.');
    const content: MessageContent = messageContent.parse({ kind: 'message', version: 1, text });
    await nextPaint();
    const caseId = this.keys.caseId;
    const envelope = encryptEnvelope(contentKey, utf8(JSON.stringify(content)), { caseId, purpose: 'message' });
    const record = signMessage(
      { caseId, seq: next.seq, prevHash: next.prevHash, authorPublicKey: this.keys.signing.publicKey, authorRole: 'whistleblower', envelope },
      this.keys.signing.secretKey,
    );
    const body = {
      seq: record.seq,
      prevHash: toBase64Url(record.prevHash),
      authorPublicKey: toBase64Url(record.authorPublicKey),
      envelope: toBase64Url(record.envelope),
      signature: toBase64Url(record.signature),
    };
    try {
      await this.withSession((token) => this.post(token, body));
    } catch (error) {
      // The server refused the link: someone wrote meanwhile. The page reloads and asks again.
      if (error instanceof ApiError && error.status === 409) throw new ThreadMovedOn();
      throw requestFailure(error, 'Your answer was not sent.');
    }
    return this.load();
  }

  /** Wipes the keys and forgets the session. The object cannot be used afterwards. */
  close(): void {
    this.closed = true;
    this.keys.signing.secretKey.fill(0);
    this.keys.box.secretKey.fill(0);
    this.contentKey?.fill(0);
    this.contentKey = null;
    this.next = null;
    this.session = { token: '', expiresAt: 0 };
  }

  private async post(token: string, body: object): Promise<void> {
    try {
      await apiRequest(ROUTES.postCaseMessage, { response: postMessageResponse, body, token });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw new SessionExpired();
      throw error;
    }
  }

  private read(view: CaseViewResponse): CaseSnapshot {
    this.assertOpen();
    const result = readCase(view, this.keys, this.rootPublicKey);
    this.contentKey?.fill(0);
    this.contentKey = result.contentKey;
    this.next = result.next;
    return result.snapshot;
  }

  /** Runs `action` with the session token; on SessionExpired opens a new session once and retries. */
  private async withSession<T>(action: (token: string) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await action(this.session.token);
    } catch (error) {
      if (!(error instanceof SessionExpired)) throw error;
      this.session = await openSession(this.keys);
      this.assertOpen();
      return action(this.session.token);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new ServiceFailure('You have left this case. Open it again with your code.');
  }
}
