// FROZEN once landed: never edit this file, add a new migration instead (see README.md).
// The no-JavaScript path (Tor Browser "Safest"): when the whistleblower's browser runs no
// JavaScript, the server encrypts their tip (and answers sent that way) in memory on arrival.
// Prosecutors must know, so the case carries a flag. It says only that this happened, never when.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('encrypted_on_server', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('encrypted_on_server').execute();
}
