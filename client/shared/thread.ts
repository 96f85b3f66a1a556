// Verifies a case thread end to end and decrypts it, for both apps. A thread that fails any
// check is never shown as if it were fine: the result says where it broke and why, in words for
// people, and carries only the messages before the break (property P3).
import { z } from 'zod';
import {
  filesContent,
  messageContent,
  statusContent,
  tipContent,
  type CaseStatus,
  type FilesContent,
  type MessageContent,
  type StatusContent,
  type ThreadMessage,
  type TipContent,
} from '../../api/index';
import {
  CryptoError,
  ThreadIntegrityError,
  decryptEnvelope,
  fromBase64Url,
  fromUtf8,
  toBase64Url,
  verifyThread,
  type MessageRecord,
  type VerifiedMessage,
} from '../../crypto/index';
import type { TrustedAgency } from './trust';
import { englishCommon } from './i18n/english-common';
import { msg, translate, type Message } from './i18n/message';

export type ThreadContent = TipContent | MessageContent | StatusContent | FilesContent;

export interface ThreadEntry {
  readonly seq: number;
  readonly role: 'whistleblower' | 'prosecutor';
  /** For prosecutor messages: the agency whose certified prosecutor wrote it. */
  readonly agencyName: string | null;
  readonly content: ThreadContent;
}

export interface ThreadProblem {
  /** 0-based index of the first message that failed. */
  readonly index: number;
  readonly reason: string;
  /** What to tell the person, in plain words (English). */
  readonly message: string;
  /** The same, for the page to show in its language. */
  readonly text: Message;
}

export interface ReadThread {
  readonly entries: readonly ThreadEntry[];
  /** Set when the thread does not verify; `entries` then holds only the messages before the break. */
  readonly problem: ThreadProblem | null;
  /** The latest status announced by a verified prosecutor message, if any. */
  readonly latestStatus: CaseStatus | null;
  /** Link for the next message (seq and prevHash), valid only when there is no problem. */
  readonly next: { readonly seq: number; readonly prevHash: Uint8Array };
  readonly verified: readonly VerifiedMessage[];
}

/** Why a message failed, as the end of the warning sentence. */
function reasonText(reason: string): Message {
  switch (reason) {
    case 'bad_signature':
      return msg('common:thread.reasons.badSignature');
    case 'chain_broken':
      return msg('common:thread.reasons.chainBroken');
    case 'seq_gap':
      return msg('common:thread.reasons.seqGap');
    case 'unknown_author':
      return msg('common:thread.reasons.unknownAuthor');
    case 'wrong_case':
      return msg('common:thread.reasons.wrongCase');
    case 'decrypt_failed':
      return msg('common:thread.reasons.decryptFailed');
    case 'bad_content':
      return msg('common:thread.reasons.badContent');
    default:
      return msg('common:thread.reasons.other');
  }
}

function problemAt(index: number, reason: string): ThreadProblem {
  const text = msg('common:thread.altered', { number: index + 1, why: reasonText(reason) });
  return { index, reason, message: translate(englishCommon(), text), text };
}

/** A served thread message as the record crypto/ verifies. Throws CryptoError on bad encodings. */
export function toRecord(caseId: Uint8Array, message: ThreadMessage): MessageRecord {
  return {
    caseId,
    seq: message.seq,
    prevHash: fromBase64Url(message.prevHash, 32),
    authorPublicKey: fromBase64Url(message.authorPublicKey, 32),
    authorRole: message.authorRole,
    envelope: fromBase64Url(message.envelope),
    signature: fromBase64Url(message.signature, 64),
  };
}

function parseJson<T>(schema: z.ZodType<T>, bytes: Uint8Array): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(fromUtf8(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function decryptContent(key: Uint8Array, caseId: Uint8Array, message: VerifiedMessage): ThreadContent | 'decrypt_failed' | 'bad_content' {
  const attempts =
    message.seq === 0
      ? ([['tip', tipContent]] as const)
      : ([['message', messageContent], ['status', statusContent], ['file-manifest', filesContent]] as const);
  for (const [purpose, schema] of attempts) {
    let plaintext: Uint8Array;
    try {
      plaintext = decryptEnvelope(key, message.envelope, { caseId, purpose });
    } catch (error) {
      if (error instanceof CryptoError) continue;
      throw error;
    }
    const content: ThreadContent | null = parseJson<ThreadContent>(schema, plaintext);
    if (content === null) return 'bad_content';
    if (purpose === 'status' && message.authorRole !== 'prosecutor') return 'bad_content';
    return content;
  }
  return 'decrypt_failed';
}

/**
 * Verifies every signature and link of `messages` against the case key and the certified
 * prosecutors of `agencies`, then decrypts them with the case content key. Never throws for a
 * bad thread: returns the problem. Throws only for programming errors.
 */
export function readThread(input: {
  readonly caseId: Uint8Array;
  readonly caseSigningPublicKey: Uint8Array;
  readonly contentKey: Uint8Array;
  readonly messages: readonly ThreadMessage[];
  readonly agencies: readonly TrustedAgency[];
}): ReadThread {
  const { caseId, contentKey } = input;
  const caseKey = toBase64Url(input.caseSigningPublicKey);
  const prosecutorAgency = new Map<string, string>();
  for (const agency of input.agencies) {
    for (const prosecutor of agency.prosecutors) prosecutorAgency.set(toBase64Url(prosecutor.signingPublicKey), agency.name);
  }

  let records: MessageRecord[];
  try {
    records = input.messages.map((message) => toRecord(caseId, message));
  } catch (error) {
    if (error instanceof CryptoError) {
      return { entries: [], problem: problemAt(0, 'bad_content'), latestStatus: null, next: { seq: -1, prevHash: new Uint8Array(32) }, verified: [] };
    }
    throw error;
  }

  let verified: VerifiedMessage[];
  let problem: ThreadProblem | null = null;
  try {
    verified = verifyThread(caseId, records, (key, role) =>
      role === 'whistleblower' ? toBase64Url(key) === caseKey : prosecutorAgency.has(toBase64Url(key)),
    );
  } catch (error) {
    if (!(error instanceof ThreadIntegrityError)) throw error;
    problem = problemAt(error.index, error.reason);
    // Keep what verified before the break, re-verifying that prefix on its own.
    verified = error.index === 0 ? [] : verifyThread(caseId, records.slice(0, error.index), () => true);
  }

  const entries: ThreadEntry[] = [];
  let latestStatus: CaseStatus | null = null;
  for (const message of verified) {
    const content = decryptContent(contentKey, caseId, message);
    if (content === 'decrypt_failed' || content === 'bad_content') {
      problem = problemAt(message.seq, content);
      break;
    }
    if (content.kind === 'status') latestStatus = content.status;
    entries.push({
      seq: message.seq,
      role: message.authorRole,
      agencyName: message.authorRole === 'prosecutor' ? (prosecutorAgency.get(toBase64Url(message.authorPublicKey)) ?? null) : null,
      content,
    });
  }
  const kept = verified.slice(0, entries.length);
  const last = kept[kept.length - 1];
  // A thread that failed verification gets no valid next link: nobody may append to it.
  const next = problem === null && last !== undefined ? { seq: kept.length, prevHash: last.messageHash } : { seq: -1, prevHash: new Uint8Array(32) };
  return { entries, problem, latestStatus, next, verified: kept };
}
