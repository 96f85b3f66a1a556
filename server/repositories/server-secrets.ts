// Secrets the server makes for itself (MAC keys): 32 bytes each, created on first use. Two
// instances racing to create the same secret both end up with the one row that won.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export const SERVER_SECRET_BYTES = 32;

/**
 * The secret called `name`; if there is none yet, stores `fresh` (32 CSPRNG bytes from the
 * caller) under that name first. Returns whichever value the database holds afterwards.
 */
export async function getOrCreateServerSecret(db: Kysely<Database>, name: string, fresh: Uint8Array): Promise<Uint8Array> {
  if (fresh.length !== SERVER_SECRET_BYTES) throw new RangeError(`server secret must be ${String(SERVER_SECRET_BYTES)} bytes`);
  await db
    .insertInto('server_secrets')
    .values({ name, secret: fresh })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('server_secrets').select('secret').where('name', '=', name).executeTakeFirstOrThrow();
  // A plain copy: pg hands out Buffers that may share a pooled allocation.
  return Uint8Array.from(row.secret);
}
