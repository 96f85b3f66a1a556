// An open case, held in memory only while the case page is open: the case keys, the session
// token, the content key and the thread's next link. close() wipes the secrets; nothing is ever
// written to storage. An expired session is renewed with the keys already in memory, so an
// answer typed slowly (or a long upload) is never lost.
import {
  ROUTES,
  messageContent,
  postMessageResponse,
  routePath,
  type CaseViewResponse,
  type FileManifestEntryV1,
  type FilesContent,
  type MessageContent,
} from '../../../api/index';
import { encryptEnvelope, signMessage, toBase64Url, utf8, type CaseKeys, type EnvelopePurpose } from '../../../crypto/index';
import { attachedFileIds, filesEnvelope } from '../../shared/files/manifest';
import type { DownloadSource, UploadTarget } from '../../shared/files/types';
import { ApiError, apiRequest } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
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
  private renewing: Promise<void> | null = null;

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
    const content: MessageContent = messageContent.parse({ kind: 'message', version: 1, text });
    await this.append('message', content, [], msg('whistleblower:errors.what.answer'));
    return this.load();
  }

  /**
   * Sends the files message (purpose 'file-manifest') that attaches uploaded files to the case,
   * then reloads it. When a message arrived meanwhile: with `onMovedOn` 'relink' it reloads and
   * sends once more after it (the files do not depend on what was written); with 'throw' it
   * throws ThreadMovedOn so the person can read the new message first (a note goes with it).
   */
  async sendFiles(content: FilesContent, onMovedOn: 'relink' | 'throw'): Promise<CaseSnapshot> {
    const what = msg('whistleblower:errors.what.files', { count: content.files.length });
    try {
      await this.append('file-manifest', content, attachedFileIds(content), what);
    } catch (error) {
      if (!(error instanceof ThreadMovedOn) || onMovedOn === 'throw') throw error;
      await this.load();
      await this.append('file-manifest', content, attachedFileIds(content), what);
    }
    return this.load();
  }

  /** Where this case's uploads go, authenticated with this connection's session. */
  uploadTarget(): UploadTarget {
    this.assertOpen();
    return { caseId: this.keys.caseId.slice(), asProsecutor: false, getToken: (refused) => this.token(refused) };
  }

  /** How to fetch one attached file of this case. */
  downloadSource(entry: FileManifestEntryV1): DownloadSource {
    this.assertOpen();
    return {
      url: routePath(ROUTES.caseFile.url, { fileId: entry.fileId }),
      caseId: this.keys.caseId.slice(),
      entry,
      getToken: (refused) => this.token(refused),
    };
  }

  /**
   * The session token for uploads and downloads. `refused` is a token the server just refused:
   * then a new session is opened (once, however many transfers ask at the same time).
   */
  async token(refused?: string): Promise<string> {
    this.assertOpen();
    if (refused !== undefined && refused === this.session.token) {
      this.renewing ??= openSession(this.keys)
        .then((session) => {
          this.assertOpen();
          this.session = session;
        })
        .finally(() => {
          this.renewing = null;
        });
      await this.renewing;
    } else if (this.renewing !== null) {
      await this.renewing;
    }
    this.assertOpen();
    return this.session.token;
  }

  /** Encrypts, signs and posts one message after the last verified one. */
  private async append(purpose: EnvelopePurpose, content: MessageContent | FilesContent, files: readonly string[], what: Message): Promise<void> {
    const next = this.next;
    const contentKey = this.contentKey;
    if (next === null || contentKey === null) throw new ServiceFailure(msg('whistleblower:errors.cannotAnswer'));
    await nextPaint();
    const caseId = this.keys.caseId;
    const envelope =
      content.kind === 'files'
        ? filesEnvelope(contentKey, caseId, content)
        : encryptEnvelope(contentKey, utf8(JSON.stringify(content)), { caseId, purpose });
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
      ...(files.length > 0 ? { files: [...files] } : {}),
    };
    try {
      await this.withSession((token) => this.post(token, body));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'file_not_ready') {
        throw new ServiceFailure(msg('whistleblower:errors.filesNotReady', { what }));
      }
      // The server refused the link: someone wrote meanwhile. The page reloads and asks again.
      if (error instanceof ApiError && error.status === 409 && error.code !== 'thread_full') throw new ThreadMovedOn();
      throw requestFailure(error, what);
    }
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
    if (this.closed) throw new ServiceFailure(msg('whistleblower:errors.leftCase'));
  }
}
