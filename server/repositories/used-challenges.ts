// Answered case-session challenges, remembered only to refuse a replay: the hash of the nonce
// and the day, no case id, no time. Forgotten after two days (a challenge lives two minutes).
import type { Kysely } from 'kysely';
import type { Database, Day } from '../db/schema';

/** Records the nonce hash; false if it was already there (the challenge was answered before). */
export async function markChallengeUsed(db: Kysely<Database>, nonceHash: Uint8Array, day: Day): Promise<boolean> {
  const inserted = await db
    .insertInto('used_challenges')
    .values({ nonce_hash: nonceHash, day })
    .onConflict((oc) => oc.column('nonce_hash').doNothing())
    .returning('nonce_hash')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Deletes the rows of days before `firstKeptDay`; returns how many. */
export async function purgeUsedChallenges(db: Kysely<Database>, firstKeptDay: Day): Promise<number> {
  const result = await db.deleteFrom('used_challenges').where('day', '<', firstKeptDay).executeTakeFirst();
  return Number(result.numDeletedRows);
}
