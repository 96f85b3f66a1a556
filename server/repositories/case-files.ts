// Uploads of encrypted evidence files (migration 0003). A row exists from the moment an upload is
// accepted; it is 'complete' once every byte arrived, and 'attached' once a signed thread message
// names it. Only attached files are ever served or listed.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CaseFileRow, Database, Day } from '../db/schema';

export type { CaseFileRow };

export interface NewCaseFile {
  readonly id: string;
  readonly caseId: Uint8Array;
  readonly fileId: Uint8Array;
  readonly uploaderRole: 'whistleblower' | 'prosecutor';
  readonly length: number;
  readonly day: Day;
}

/** Inserts a new upload in state 'uploading'. A taken (case, file id) is a unique violation. */
export async function insertCaseFile(db: Kysely<Database>, file: NewCaseFile): Promise<void> {
  await db
    .insertInto('case_files')
    .values({
      id: file.id,
      case_id: file.caseId,
      file_id: file.fileId,
      uploader_role: file.uploaderRole,
      length: String(file.length),
      created_on: file.day,
    })
    .execute();
}

export async function getCaseFile(db: Kysely<Database>, id: string): Promise<CaseFileRow | undefined> {
  return db.selectFrom('case_files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An attached file of the case by its file id (what the download routes serve). */
export async function getAttachedFile(db: Kysely<Database>, caseId: Uint8Array, fileId: Uint8Array): Promise<CaseFileRow | undefined> {
  return db
    .selectFrom('case_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('file_id', '=', fileId)
    .where('state', '=', 'attached')
    .executeTakeFirst();
}

/** The attached files of a case, in thread order. */
export async function listAttachedFiles(db: Kysely<Database>, caseId: Uint8Array): Promise<CaseFileRow[]> {
  return db
    .selectFrom('case_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('state', '=', 'attached')
    .orderBy('seq', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Bytes the case stores or has reserved (every upload counts from the moment it is accepted). */
export async function caseStoredBytes(db: Kysely<Database>, caseId: Uint8Array): Promise<number> {
  const row = await db
    .selectFrom('case_files')
    .select(sql<string>`coalesce(sum(length), 0)::text`.as('total'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Marks an upload complete. Returns false when it was not uploading (already complete, or gone). */
export async function markCaseFileComplete(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('case_files')
    .set({ state: 'complete' })
    .where('id', '=', id)
    .where('state', '=', 'uploading')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The case's uploads with these file ids, locked for the attaching transaction. */
export async function lockCaseFiles(db: Kysely<Database>, caseId: Uint8Array, fileIds: readonly Uint8Array[]): Promise<CaseFileRow[]> {
  if (fileIds.length === 0) return [];
  return db
    .selectFrom('case_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('file_id', 'in', fileIds)
    .forUpdate()
    .execute();
}

/** Attaches complete uploads to the thread message `seq`. */
export async function attachCaseFiles(db: Kysely<Database>, ids: readonly string[], seq: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('case_files').set({ state: 'attached', seq }).where('id', 'in', ids).where('state', '=', 'complete').execute();
}

export async function deleteCaseFile(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('case_files').where('id', '=', id).execute();
}

/** Uploads never attached and started before `day`: abandoned, to be removed with their bytes. */
export async function listAbandonedUploads(db: Kysely<Database>, before: Day, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('case_files')
    .select('id')
    .where('state', '!=', 'attached')
    .where('created_on', '<', before)
    .orderBy('created_on', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Which of these ids still have a row (the rest are orphans in storage, e.g. of deleted cases). */
export async function existingCaseFileIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('case_files').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}
