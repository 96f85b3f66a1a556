// Writing to a case: a reply, a status change or a files message is encrypted under K, linked to
// the last verified message (seq, prevHash) and signed with this prosecutor's key; the server
// re-checks all of it.
import {
  MAX_FILES_PER_MESSAGE,
  ROUTES,
  filesContent,
  messageContent,
  postMessageResponse,
  statusContent,
  statusResponse,
  type CaseStatus,
  type FileManifestEntryV1,
  type FilesContent,
  type MessageContent,
  type MessageWithFiles,
  type NewMessage,
  type StatusContent,
} from '../../../api/index';
import { encryptEnvelope, signMessage, toBase64Url, utf8 } from '../../../crypto/index';
import type { SigningKeyPair } from '../../../crypto/index';
import { ApiError } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import type { MemberSession } from '../session';
import type { OpenedCase } from './case-view';
import { UserFacingError } from './describe-error';
import { inEnglish } from './english';
import { memberRequest } from './member-api';

export const MAX_REPLY_CHARACTERS = 20_000;

export const THREAD_MOVED_ON = inEnglish(msg('prosecutor:reply.threadMovedOn'));

/** The case changed on the server between reading and writing (409). */
export class ThreadMovedOnError extends UserFacingError {
  constructor() {
    super(msg('prosecutor:reply.threadMovedOn'));
    this.name = 'ThreadMovedOnError';
  }
}

/** Why this reply cannot be sent, or null when it can. */
export function replyProblemText(text: string): Message | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return msg('prosecutor:reply.empty');
  if (trimmed.length > MAX_REPLY_CHARACTERS) return msg('prosecutor:reply.tooLong', { max: String(MAX_REPLY_CHARACTERS) });
  return null;
}

/** replyProblemText in English. */
export function replyProblem(text: string): string | null {
  const problem = replyProblemText(text);
  return problem === null ? null : inEnglish(problem);
}

/** What a prosecutor may write, per envelope purpose (the tip is the whistleblower's alone). */
export interface ContentOfPurpose {
  readonly message: MessageContent;
  readonly status: StatusContent;
  readonly 'file-manifest': FilesContent;
}
export type WritablePurpose = keyof ContentOfPurpose;

const SCHEMAS = { message: messageContent, status: statusContent, 'file-manifest': filesContent } as const;

/** The content does not fit its purpose's schema (a programming error or an over-long field). */
export class MessageContentError extends UserFacingError {
  constructor() {
    super(msg('prosecutor:reply.badContent'));
    this.name = 'MessageContentError';
  }
}

/**
 * The signed next message of `opened`, carrying `content` as an envelope of `purpose`. The
 * content is checked against the schema the readers use (api/content.ts) before it is
 * encrypted, so nothing unreadable is ever signed.
 */
export function buildMessage<Purpose extends WritablePurpose>(
  opened: Pick<OpenedCase, 'caseIdBytes' | 'contentKey' | 'thread'>,
  signing: SigningKeyPair,
  purpose: Purpose,
  content: ContentOfPurpose[Purpose],
): NewMessage {
  const { next, problem } = opened.thread;
  if (problem !== null || next.seq < 1) {
    throw new UserFacingError(msg('prosecutor:reply.caseFailed'));
  }
  // K is wiped when the case closes or reloads: never encrypt under a wiped key.
  if (opened.contentKey.every((byte) => byte === 0)) {
    throw new UserFacingError(msg('prosecutor:reply.caseClosed'));
  }
  const schema: { safeParse(value: unknown): { success: boolean } } = SCHEMAS[purpose];
  if (!Object.hasOwn(SCHEMAS, purpose) || !schema.safeParse(content).success) throw new MessageContentError();
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
  const problem = replyProblemText(text);
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

/** Why this note cannot go with files, or null when it can (it may be empty). */
export function filesNoteProblemText(note: string): Message | null {
  if (note.trim().length > MAX_REPLY_CHARACTERS) return msg('prosecutor:reply.tooLong', { max: String(MAX_REPLY_CHARACTERS) });
  return null;
}

/** filesNoteProblemText in English. */
export function filesNoteProblem(note: string): string | null {
  const problem = filesNoteProblemText(note);
  return problem === null ? null : inEnglish(problem);
}

/**
 * The signed files message (purpose 'file-manifest') attaching the uploaded `files`, with the
 * note if there is one, and the body to post: the message plus the ids of the files it attaches.
 */
export function buildFilesMessage(
  opened: Pick<OpenedCase, 'caseIdBytes' | 'contentKey' | 'thread'>,
  signing: SigningKeyPair,
  files: readonly FileManifestEntryV1[],
  note: string,
): MessageWithFiles {
  if (files.length === 0) throw new UserFacingError(msg('prosecutor:reply.noFile'));
  if (files.length > MAX_FILES_PER_MESSAGE) throw new UserFacingError(msg('prosecutor:reply.tooManyFiles', { count: MAX_FILES_PER_MESSAGE }));
  const ids = files.map((file) => file.fileId);
  if (new Set(ids).size !== ids.length) throw new UserFacingError(msg('prosecutor:reply.sameFileTwice'));
  const problem = filesNoteProblemText(note);
  if (problem !== null) throw new UserFacingError(problem);
  const trimmed = note.trim();
  const content: FilesContent = { kind: 'files', version: 1, ...(trimmed === '' ? {} : { note: trimmed }), files: [...files] };
  return { ...buildMessage(opened, signing, 'file-manifest', content), files: ids };
}

/** Attaches uploaded files to the case with a signed files message; `note` may be empty. */
export async function sendFiles(session: MemberSession, opened: OpenedCase, files: readonly FileManifestEntryV1[], note: string): Promise<void> {
  const body = buildFilesMessage(opened, session.keys.signing, files, note);
  await memberRequest(ROUTES.postProsecutorMessage, { response: postMessageResponse, params: { caseId: opened.caseId }, body }).catch(rethrowConflict);
}
