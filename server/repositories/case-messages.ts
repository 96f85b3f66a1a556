// The signed, hash-chained messages of a case (docs/PROTOCOL.md §7), stored as received and
// dated to the day. The server checks each link before inserting; clients check them all again.
import type { Kysely, Selectable } from 'kysely';
import type { CaseMessagesTable, Database, Day } from '../db/schema';

export type CaseMessageRow = Selectable<CaseMessagesTable>;

export interface NewCaseMessage {
  readonly caseId: Uint8Array;
  readonly seq: number;
  readonly prevHash: Uint8Array;
  readonly authorPublicKey: Uint8Array;
  readonly authorRole: 'whistleblower' | 'prosecutor';
  readonly envelope: Uint8Array;
  readonly signature: Uint8Array;
  readonly day: Day;
}

/** Inserts one message. A taken (case, seq) is a unique violation, which propagates. */
export async function insertCaseMessage(db: Kysely<Database>, message: NewCaseMessage): Promise<void> {
  await db
    .insertInto('case_messages')
    .values({
      case_id: message.caseId,
      seq: message.seq,
      prev_hash: message.prevHash,
      author_public_key: message.authorPublicKey,
      author_role: message.authorRole,
      envelope: message.envelope,
      signature: message.signature,
      created_on: message.day,
    })
    .execute();
}

/** Every message of the case in thread order. */
export async function listCaseMessages(db: Kysely<Database>, caseId: Uint8Array): Promise<CaseMessageRow[]> {
  return db.selectFrom('case_messages').selectAll().where('case_id', '=', caseId).orderBy('seq', 'asc').execute();
}

/** The message with the highest seq, or undefined for a thread with none. */
export async function getLastCaseMessage(db: Kysely<Database>, caseId: Uint8Array): Promise<CaseMessageRow | undefined> {
  return db.selectFrom('case_messages').selectAll().where('case_id', '=', caseId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}
