// Appending a message to a case thread (docs/PROTOCOL.md §7). The server re-checks what every
// client will check (author, position, link to the last message, signature) before storing,
// so an honest server never stores a thread that fails verification. Appends to one case are
// serialised by locking the case row; the (case_id, seq) primary key settles any other race.
import type { Kysely, Transaction } from 'kysely';
import {
  verifyMessageSignature,
  CryptoError,
  ENVELOPE_OVERHEAD,
  MAX_BUCKET,
  MIN_BUCKET,
  PROTOCOL_VERSION,
  constantTimeEqual,
  messageHash,
  threadGenesis,
} from '../../crypto/index';
import type { AuthorRole, MessageRecord } from '../../crypto/index';
import { MAX_CASE_MESSAGES } from '../../api/index';
import type { Database, Day } from '../db/schema';
import { HttpError } from '../errors';
import { getLastCaseMessage, insertCaseMessage } from '../repositories/case-messages';
import type { CaseMessageRow } from '../repositories/case-messages';
import { lockCase, touchCase } from '../repositories/cases';
import type { CaseRow } from '../repositories/cases';
import { isUniqueViolation } from './db-errors';

/** A message as its author sent it (bytes decoded from the wire; the case id is the route's). */
export interface IncomingMessage {
  readonly seq: number;
  readonly prevHash: Uint8Array;
  readonly authorPublicKey: Uint8Array;
  readonly envelope: Uint8Array;
  readonly signature: Uint8Array;
}

/** True for the size of an envelope: version, nonce, tag and a padding bucket (PROTOCOL §5). */
export function isEnvelopeLength(length: number): boolean {
  const bucket = length - ENVELOPE_OVERHEAD;
  return bucket >= MIN_BUCKET && bucket <= MAX_BUCKET && (bucket & (bucket - 1)) === 0;
}

const invalid = (message: string): HttpError => new HttpError(400, 'invalid_message', message);
const movedOn = (): HttpError =>
  new HttpError(409, 'thread_moved_on', 'The conversation has changed since you loaded it. Reload it, then send your message again.');

export function recordOf(caseId: Uint8Array, role: AuthorRole, message: IncomingMessage): MessageRecord {
  return {
    caseId,
    seq: message.seq,
    prevHash: message.prevHash,
    authorPublicKey: message.authorPublicKey,
    authorRole: role,
    envelope: message.envelope,
    signature: message.signature,
  };
}

export function recordOfRow(row: CaseMessageRow): MessageRecord {
  return {
    caseId: row.case_id,
    seq: row.seq,
    prevHash: row.prev_hash,
    authorPublicKey: row.author_public_key,
    authorRole: row.author_role,
    envelope: row.envelope,
    signature: row.signature,
  };
}

/**
 * Checks what the server can check of a message on its own: an envelope of a valid size and
 * version, written by `expectedAuthor`, correctly signed. Throws HttpError 400 invalid_message.
 */
export function checkMessage(record: MessageRecord, expectedAuthor: Uint8Array): void {
  if (!isEnvelopeLength(record.envelope.length) || record.envelope[0] !== PROTOCOL_VERSION) {
    throw invalid('The message is not an encrypted envelope of a valid size.');
  }
  if (!constantTimeEqual(record.authorPublicKey, expectedAuthor)) {
    throw invalid('The message must be signed with your own key.');
  }
  try {
    verifyMessageSignature(record);
  } catch (error) {
    if (error instanceof CryptoError) throw invalid('The message signature does not verify.');
    throw error;
  }
}

export interface AppendInput {
  readonly caseId: Uint8Array;
  readonly role: AuthorRole;
  /** The only key this caller may sign with: the case key, or the prosecutor's own key. */
  readonly expectedAuthor: Uint8Array;
  readonly message: IncomingMessage;
  readonly day: Day;
  /** Runs in the same transaction once the message is in (status change, audit). */
  readonly alsoDo?: (trx: Transaction<Database>, current: CaseRow) => Promise<void>;
}

/**
 * Stores the next message of a case and returns its seq. Throws HttpError: 404 not_found if
 * the case is gone, 400 invalid_message for a message that can never fit (bad envelope, wrong
 * author or signature, a seq beyond the end), 409 thread_moved_on for one written against an
 * older view of the thread (seq already taken, or prevHash not the last message's hash).
 */
export async function appendMessage(db: Kysely<Database>, input: AppendInput): Promise<number> {
  const record = recordOf(input.caseId, input.role, input.message);
  checkMessage(record, input.expectedAuthor);
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await lockCase(trx, input.caseId);
      if (current === undefined) throw new HttpError(404, 'not_found', 'Not found');
      const last = await getLastCaseMessage(trx, input.caseId);
      const expectedSeq = last === undefined ? 0 : last.seq + 1;
      if (expectedSeq >= MAX_CASE_MESSAGES) {
        throw new HttpError(409, 'thread_full', `This conversation has reached its limit of ${MAX_CASE_MESSAGES} messages.`);
      }
      if (record.seq < expectedSeq) throw movedOn();
      if (record.seq > expectedSeq) throw invalid('The message number must follow the last message of the conversation.');
      const expectedPrev = last === undefined ? threadGenesis(input.caseId) : messageHash(recordOfRow(last));
      if (!constantTimeEqual(record.prevHash, expectedPrev)) throw movedOn();
      await insertCaseMessage(trx, { ...record, day: input.day });
      await touchCase(trx, input.caseId, input.day);
      if (input.alsoDo !== undefined) await input.alsoDo(trx, current);
      return record.seq;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw movedOn();
    throw error;
  }
}
