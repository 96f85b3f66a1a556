// FROZEN once landed: never edit this file, add a new migration instead (see README.md).
// Evidence files (issue 4): one row per upload of an encrypted file stream. The bytes live in
// the file storage (server/storage), named by `id`; the database knows only which case a
// stream belongs to, its length, where the upload stands, and which signed message attached it.
// The file's name, type, real size and key exist only in the encrypted manifest in the thread.
// Dated to the day, like everything a whistleblower does.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const today = sql`(now() at time zone 'UTC')::date`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_files')
    // The upload id: 16 random bytes as 32 hex characters, made by the server (tus URL and storage name).
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'bytea', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // The uploader's 16-byte file id: part of every chunk's associated data (PROTOCOL §8).
    .addColumn('file_id', 'bytea', (c) => c.notNull())
    .addColumn('uploader_role', 'text', (c) => c.notNull())
    // Total bytes of the encrypted stream (header and whole chunks), declared when the upload starts.
    .addColumn('length', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('uploading'))
    // The thread message whose manifest names this file, once attached.
    .addColumn('seq', 'integer')
    .addColumn('created_on', 'date', (c) => c.notNull().defaultTo(today))
    .addUniqueConstraint('case_files_case_file', ['case_id', 'file_id'])
    .addCheckConstraint('case_files_id', sql`id ~ '^[0-9a-f]{32}$'`)
    .addCheckConstraint('case_files_file_id_length', sql`octet_length(file_id) = 16`)
    .addCheckConstraint('case_files_role', sql`uploader_role in ('whistleblower', 'prosecutor')`)
    .addCheckConstraint('case_files_length', sql`length > 0`)
    .addCheckConstraint('case_files_state', sql`state in ('uploading', 'complete', 'attached')`)
    .addCheckConstraint('case_files_attached_seq', sql`(state = 'attached') = (seq is not null)`)
    .execute();
  await db.schema.createIndex('case_files_created_on').on('case_files').column('created_on').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_files').execute();
}
