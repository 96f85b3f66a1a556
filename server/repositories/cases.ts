// Cases and their recipients. A case is filed under its id (a hash of its public keys) and
// dated to the day; everything it holds beyond public keys is ciphertext or sealed keys.
import { sql } from 'kysely';
import type { Kysely, Selectable } from 'kysely';
import type { CaseStatus, CasesTable, Database, Day } from '../db/schema';

export type CaseRow = Selectable<CasesTable>;

export interface NewCase {
  readonly id: Uint8Array;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly keyForCase: Uint8Array;
  readonly receipt: string;
  readonly day: Day;
}

/** Inserts a new case (status 'new'). Unique violations (id, signing key) propagate. */
export async function insertCase(db: Kysely<Database>, input: NewCase): Promise<void> {
  await db
    .insertInto('cases')
    .values({
      id: input.id,
      signing_public_key: input.signingPublicKey,
      box_public_key: input.boxPublicKey,
      status: 'new',
      key_for_case: input.keyForCase,
      receipt: input.receipt,
      created_on: input.day,
      updated_on: input.day,
    })
    .execute();
}

/** True if a case has this id or this signing key. */
export async function caseIdOrKeyTaken(db: Kysely<Database>, id: Uint8Array, signingPublicKey: Uint8Array): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', id), eb('signing_public_key', '=', signingPublicKey)]))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCaseRecipients(
  db: Kysely<Database>,
  caseId: Uint8Array,
  recipients: readonly { readonly memberId: string; readonly sealedKey: Uint8Array }[],
  day: Day,
): Promise<void> {
  if (recipients.length === 0) return;
  await db
    .insertInto('case_recipients')
    .values(recipients.map((r) => ({ case_id: caseId, member_id: r.memberId, sealed_key: r.sealedKey, added_on: day })))
    .execute();
}

export async function getCase(db: Kysely<Database>, id: Uint8Array): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The case's signing public key, or undefined for an unknown case. */
export async function getCaseSigningKey(db: Kysely<Database>, id: Uint8Array): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('cases').select('signing_public_key').where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : Uint8Array.from(row.signing_public_key);
}

/** The case row locked for the rest of the transaction: appends to one thread run one at a time. */
export async function lockCase(db: Kysely<Database>, id: Uint8Array): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The case and the content key sealed to this member, only if the member is a recipient: one
 * query whether the case does not exist or the member is not on it, so both look the same.
 */
export async function getRecipientCase(
  db: Kysely<Database>,
  caseId: Uint8Array,
  memberId: string,
): Promise<{ readonly case: CaseRow; readonly sealedKey: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('case_recipients')
    .innerJoin('cases', 'cases.id', 'case_recipients.case_id')
    .selectAll('cases')
    .select('case_recipients.sealed_key as recipient_sealed_key')
    .where('case_recipients.case_id', '=', caseId)
    .where('case_recipients.member_id', '=', memberId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { recipient_sealed_key: sealedKey, ...caseRow } = row;
  return { case: caseRow, sealedKey };
}

/** The member ids the case was sent to. */
export async function listCaseRecipientIds(db: Kysely<Database>, caseId: Uint8Array): Promise<string[]> {
  const rows = await db.selectFrom('case_recipients').select('member_id').where('case_id', '=', caseId).execute();
  return rows.map((row) => row.member_id);
}

export async function setCaseStatus(db: Kysely<Database>, id: Uint8Array, status: CaseStatus, day: Day): Promise<void> {
  await db.updateTable('cases').set({ status, updated_on: day }).where('id', '=', id).execute();
}

export async function touchCase(db: Kysely<Database>, id: Uint8Array, day: Day): Promise<void> {
  await db.updateTable('cases').set({ updated_on: day }).where('id', '=', id).execute();
}

/**
 * Flags the case as encrypted on the server (the no-JavaScript path): its tip, or an answer, came
 * as plaintext and the server encrypted it in memory. Idempotent; the flag is never cleared.
 * Leaves updated_on alone: the message that went this way touches the case itself.
 */
export async function markCaseEncryptedOnServer(db: Kysely<Database>, caseId: Uint8Array): Promise<void> {
  await db.updateTable('cases').set({ encrypted_on_server: true }).where('id', '=', caseId).execute();
}

export interface InboxRow {
  readonly id: Uint8Array;
  readonly status: CaseStatus;
  readonly created_on: Day;
  readonly updated_on: Day;
  readonly sealed_key: Uint8Array;
  readonly tip_envelope: Uint8Array;
  readonly message_count: number;
  readonly encrypted_on_server: boolean;
}

/** The cases sent to this member, newest first (by day; ties in a stable order). */
export async function listInbox(db: Kysely<Database>, memberId: string): Promise<InboxRow[]> {
  return db
    .selectFrom('case_recipients')
    .innerJoin('cases', 'cases.id', 'case_recipients.case_id')
    .innerJoin('case_messages', (join) =>
      join.onRef('case_messages.case_id', '=', 'cases.id').on('case_messages.seq', '=', 0),
    )
    .select([
      'cases.id',
      'cases.status',
      'cases.created_on',
      'cases.updated_on',
      'cases.encrypted_on_server',
      'case_recipients.sealed_key',
      'case_messages.envelope as tip_envelope',
      sql<number>`(select count(*)::int from case_messages as counted where counted.case_id = cases.id)`.as('message_count'),
    ])
    .where('case_recipients.member_id', '=', memberId)
    .orderBy('cases.created_on', 'desc')
    .orderBy('cases.id', 'asc')
    .execute();
}
