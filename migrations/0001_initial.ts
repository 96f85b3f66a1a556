// FROZEN once landed: never edit this file, add a new migration instead (see README.md).
// Uses only Kysely<unknown> and the schema builder, never application code, so that what it
// does can never change after it has run somewhere.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The server's Ed25519 keys for signing submission receipts. Newest row is the active key.
  // Dates only ever to the day, in UTC.
  await db.schema
    .createTable('receipt_keys')
    .addColumn('id', 'serial', (column) => column.primaryKey())
    .addColumn('public_key', 'bytea', (column) => column.notNull().unique())
    .addColumn('secret_key', 'bytea', (column) => column.notNull())
    .addColumn('created_on', 'date', (column) => column.notNull().defaultTo(sql`(now() at time zone 'UTC')::date`))
    .addCheckConstraint('receipt_keys_public_key_length', sql`octet_length(public_key) = 32`)
    .addCheckConstraint('receipt_keys_secret_key_length', sql`octet_length(secret_key) = 64`)
    .execute();

  // The audit log. It records who among prosecutors, admins, operators and the system did
  // what, to the day. It records nothing about whistleblowers: there is no whistleblower
  // actor kind, and no column for a time, an address or a client.
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('day', 'date', (column) => column.notNull())
    .addColumn('actor_kind', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('subject', 'text')
    .addCheckConstraint('audit_events_actor_kind', sql`actor_kind in ('system', 'operator', 'admin', 'prosecutor')`)
    .addCheckConstraint('audit_events_actor_id_length', sql`actor_id is null or char_length(actor_id) between 1 and 200`)
    .addCheckConstraint('audit_events_action_length', sql`char_length(action) between 1 and 100`)
    .addCheckConstraint('audit_events_subject_length', sql`subject is null or char_length(subject) between 1 and 200`)
    .execute();
  await db.schema.createIndex('audit_events_day').on('audit_events').column('day').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
  await db.schema.dropTable('receipt_keys').execute();
}
