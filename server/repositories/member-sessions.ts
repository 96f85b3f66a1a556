// Member sessions: only the hash of each bearer token is stored (server/auth/tokens.ts), with
// its expiry. Deleted at logout; expired rows are deleted when met and purged at each login.
import type { Kysely, Selectable } from 'kysely';
import type { Database, MemberSessionsTable } from '../db/schema';
import type { MemberWithAgency } from './members';

export type MemberSessionRow = Selectable<MemberSessionsTable>;

export async function insertMemberSession(
  db: Kysely<Database>,
  session: { readonly tokenHash: Uint8Array; readonly memberId: string; readonly expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('member_sessions')
    .values({ token_hash: session.tokenHash, member_id: session.memberId, expires_at: session.expiresAt })
    .execute();
}

/** The session with this token hash and its member (with the agency name), or undefined. */
export async function findSessionWithMember(
  db: Kysely<Database>,
  tokenHash: Uint8Array,
): Promise<{ readonly expiresAt: Date; readonly member: MemberWithAgency } | undefined> {
  const row = await db
    .selectFrom('member_sessions')
    .innerJoin('members', 'members.id', 'member_sessions.member_id')
    .innerJoin('agencies', 'agencies.id', 'members.agency_id')
    .selectAll('members')
    .select(['agencies.name as agency_name', 'member_sessions.expires_at as session_expires_at'])
    .where('member_sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { session_expires_at: expiresAt, ...member } = row;
  return { expiresAt, member };
}

/** True if a session was deleted. */
export async function deleteMemberSession(db: Kysely<Database>, tokenHash: Uint8Array): Promise<boolean> {
  const result = await db.deleteFrom('member_sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes every session that expired at or before `now`; returns how many. */
export async function purgeExpiredMemberSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('member_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
