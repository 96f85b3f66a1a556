// FROZEN once landed: never edit this file, add a new migration instead (see README.md).
// The core loop: agencies and their members (admins, prosecutors), invites, member sessions,
// cases with their recipients and signed message threads, and the server's own secrets.
//
// Whistleblower data is dated to the day and never carries a time: cases, recipients,
// messages and used challenges have only `date` columns. Members are not anonymous; their
// sessions, invites and login throttling carry `timestamptz` expiries (listed in the schema
// test's allowlist), none of which concerns a whistleblower.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const today = sql`(now() at time zone 'UTC')::date`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Secrets the server generates for itself (MAC keys for stateless challenges and case
  // sessions, the key for plausible salts of unknown usernames). Named, 32 bytes each.
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'bytea', (c) => c.notNull())
    .addColumn('created_on', 'date', (c) => c.notNull().defaultTo(today))
    .addCheckConstraint('server_secrets_length', sql`octet_length(secret) = 32`)
    .execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('countries', sql`text[]`, (c) => c.notNull())
    .addColumn('languages', sql`text[]`, (c) => c.notNull())
    // The agency's Ed25519 key: its admin's signing key, registered at the admin's enrollment.
    .addColumn('signing_public_key', 'bytea')
    // encodeCertificate() text by the instance root key, added by the operator's tool.
    .addColumn('certificate', 'text')
    .addColumn('created_on', 'date', (c) => c.notNull().defaultTo(today))
    .addCheckConstraint('agencies_name_length', sql`char_length(name) between 1 and 200`)
    .addCheckConstraint('agencies_key_length', sql`signing_public_key is null or octet_length(signing_public_key) = 32`)
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('signing_public_key', 'bytea', (c) => c.notNull().unique())
    .addColumn('box_public_key', 'bytea', (c) => c.notNull().unique())
    .addColumn('wrapped_keys', 'text', (c) => c.notNull())
    .addColumn('recovery_wrapped_keys', 'text', (c) => c.notNull())
    .addColumn('login_hash', 'bytea', (c) => c.notNull())
    .addColumn('recovery_login_hash', 'bytea', (c) => c.notNull())
    // encodeCertificate() text by the agency key once an admin approved this prosecutor.
    .addColumn('certificate', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('enrolled_on', 'date', (c) => c.notNull().defaultTo(today))
    .addCheckConstraint('members_role', sql`role in ('admin', 'prosecutor')`)
    .addCheckConstraint('members_state', sql`state in ('pending', 'active', 'rejected')`)
    .addCheckConstraint('members_key_lengths', sql`octet_length(signing_public_key) = 32 and octet_length(box_public_key) = 32`)
    .addCheckConstraint('members_hash_lengths', sql`octet_length(login_hash) = 32 and octet_length(recovery_login_hash) = 32`)
    .execute();
  await db.schema.createIndex('members_agency').on('members').column('agency_id').execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // SHA-256 of the one-time token (server/auth/tokens.ts); the token itself exists only in the link.
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_on', 'date')
    .addColumn('created_on', 'date', (c) => c.notNull().defaultTo(today))
    .addCheckConstraint('invites_role', sql`role in ('admin', 'prosecutor')`)
    .addCheckConstraint('invites_token_hash_length', sql`octet_length(token_hash) = 32`)
    .execute();

  await db.schema
    .createTable('member_sessions')
    .addColumn('token_hash', 'bytea', (c) => c.primaryKey())
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('member_sessions_token_hash_length', sql`octet_length(token_hash) = 32`)
    .execute();
  await db.schema.createIndex('member_sessions_member').on('member_sessions').column('member_id').execute();

  await db.schema
    .createTable('cases')
    // The case id: derived from the case's public keys (docs/PROTOCOL.md), 32 bytes.
    .addColumn('id', 'bytea', (c) => c.primaryKey())
    .addColumn('signing_public_key', 'bytea', (c) => c.notNull().unique())
    .addColumn('box_public_key', 'bytea', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    // K sealed to the case's own box key.
    .addColumn('key_for_case', 'bytea', (c) => c.notNull())
    // encodeReceipt() text signed by the server at submission.
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('created_on', 'date', (c) => c.notNull())
    .addColumn('updated_on', 'date', (c) => c.notNull())
    .addCheckConstraint('cases_status', sql`status in ('new', 'in_review', 'waiting_for_whistleblower', 'closed')`)
    .addCheckConstraint('cases_key_lengths', sql`octet_length(id) = 32 and octet_length(signing_public_key) = 32 and octet_length(box_public_key) = 32`)
    .execute();
  await db.schema.createIndex('cases_created_on').on('cases').column('created_on').execute();

  await db.schema
    .createTable('case_recipients')
    .addColumn('case_id', 'bytea', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    // K sealed to this prosecutor's box key.
    .addColumn('sealed_key', 'bytea', (c) => c.notNull())
    .addColumn('added_on', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_recipients_pk', ['case_id', 'member_id'])
    .execute();
  await db.schema.createIndex('case_recipients_member').on('case_recipients').column('member_id').execute();

  await db.schema
    .createTable('case_messages')
    .addColumn('case_id', 'bytea', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('prev_hash', 'bytea', (c) => c.notNull())
    .addColumn('author_public_key', 'bytea', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('envelope', 'bytea', (c) => c.notNull())
    .addColumn('signature', 'bytea', (c) => c.notNull())
    .addColumn('created_on', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_messages_pk', ['case_id', 'seq'])
    .addCheckConstraint('case_messages_role', sql`author_role in ('whistleblower', 'prosecutor')`)
    .addCheckConstraint('case_messages_seq', sql`seq >= 0`)
    .addCheckConstraint('case_messages_lengths', sql`octet_length(prev_hash) = 32 and octet_length(author_public_key) = 32 and octet_length(signature) = 64`)
    .execute();

  // Challenges are stateless (MAC'd by the server); a nonce is remembered only once answered,
  // to refuse a replay, and forgotten two days later. No case id, no time.
  await db.schema
    .createTable('used_challenges')
    .addColumn('nonce_hash', 'bytea', (c) => c.primaryKey())
    .addColumn('day', 'date', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['used_challenges', 'case_messages', 'case_recipients', 'cases', 'member_sessions', 'invites', 'members', 'agencies', 'server_secrets']) {
    await db.schema.dropTable(table).execute();
  }
}
