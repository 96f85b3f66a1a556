// Writing to a case: a reply or a status change is encrypted under K, linked to the last verified
// message (seq, prevHash) and signed with this prosecutor's key; the server re-checks all of it.
import { ROUTES, postMessageResponse, statusResponse, type CaseStatus, type NewMessage } from '../../../api/index';
import type { MessageContent, StatusContent } from '../../../api/index';
import { encryptEnvelope, signMessage, toBase64Url, utf8, type EnvelopePurpose } from '../../../crypto/index';
import type { SigningKeyPair } from '../../../crypto/index';
import { ApiError } from '../../shared/http';
import type { MemberSession } from '../session';
import type { OpenedCase } from './case-view';
import { UserFacingError } from './describe-error';
import { memberRequest } from './member-api';

export const MAX_REPLY_CHARACTERS = 20_000;

export const THREAD_MOVED_ON = 'Someone added to this case while you were writing. The case has been reloaded: read the new messages, then send again. Your text is kept.';

/** The case changed on the server between reading and writing (409). */
export class ThreadMovedOnError extends UserFacingError {
  constructor() {
    super(THREAD_MOVED_ON);
    this.name = 'ThreadMovedOnError';
  }
}

export function replyProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'Write a message first.';
  if (trimmed.length > MAX_REPLY_CHARACTERS) return `Messages are limited to ${MAX_REPLY_CHARACTERS} characters. Split it in two.`;
  return null;
}

/** The signed next message of `opened`, carrying `content` as an envelope of `purpose`. */
export function buildMessage(
  opened: Pick<OpenedCase, 'caseIdBytes' | 'contentKey' | 'thread'>,
  signing: SigningKeyPair,
  purpose: EnvelopePurpose,
  content: MessageContent | StatusContent,
): NewMessage {
  const { next, problem } = opened.thread;
  if (problem !== null || next.seq < 1) {
    throw new UserFacingError('This case failed verification, so nothing can be added to it.');
  }
  const envelope = encryptEnvelope(opened.contentKey, utf8(JSON.stringify(content)), { caseId: opened.caseIdBytes, purpose });
  const record = signMessage(
    { caseId: opened.caseIdBytes, seq: next.seq, prevHash: next.prevHash, authorPublicKey: signing.publicKey, authorRole: 'prosecutor', envelope },
    signing.secretKey,
  );
  return {
    seq: record.seq,
    prevHash: toBase64Url(record.prevHash),
    authorPublicKey: toBase64Url(record.authorPublicKey),
    envelope: toBase64Url(record.envelope),
    signature: toBase64Url(record.signature),
  };
}

function rethrowConflict(error: unknown): never {
  if (error instanceof ApiError && error.status === 409) throw new ThreadMovedOnError();
  throw error;
}

export async function sendReply(session: MemberSession, opened: OpenedCase, text: string): Promise<void> {
  const problem = replyProblem(text);
  if (problem !== null) throw new UserFacingError(problem);
  const message = buildMessage(opened, session.keys.signing, 'message', { kind: 'message', version: 1, text: text.trim() });
  await memberRequest(ROUTES.postProsecutorMessage, { response: postMessageResponse, params: { caseId: opened.caseId }, body: message }).catch(
    rethrowConflict,
  );
}

export async function changeStatus(session: MemberSession, opened: OpenedCase, status: CaseStatus): Promise<void> {
  const message = buildMessage(opened, session.keys.signing, 'status', { kind: 'status', version: 1, status });
  await memberRequest(ROUTES.setStatus, { response: statusResponse, params: { caseId: opened.caseId }, body: { status, message } }).catch(
    rethrowConflict,
  );
}
