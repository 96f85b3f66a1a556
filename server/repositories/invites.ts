// One-time, expiring invites for agency admins and prosecutors. Only a hash of the token is
// stored (server/auth/tokens.ts): the token itself exists only in the link the operator sends.
import type { Kysely, Selectable } from 'kysely';
import type { Database, Day, InvitesTable, MemberRole } from '../db/schema';

export type InviteRow = Selectable<InvitesTable>;

export interface NewInvite {
  /** crypto.randomUUID(). */
  readonly id: string;
  /** hashToken(token), 32 bytes. */
  readonly tokenHash: Uint8Array;
  readonly agencyId: string;
  readonly role: MemberRole;
  readonly expiresAt: Date;
}

export type InviteStatus = 'usable' | 'used' | 'expired';

function copyRow(row: InviteRow): InviteRow {
  return { ...row, token_hash: Uint8Array.from(row.token_hash) };
}

export async function insertInvite(db: Kysely<Database>, invite: NewInvite): Promise<void> {
  if (invite.tokenHash.length !== 32) throw new RangeError('invite token hash must be 32 bytes');
  if (Number.isNaN(invite.expiresAt.getTime())) throw new RangeError('invite expiry is not a valid date');
  await db
    .insertInto('invites')
    .values({
      id: invite.id,
      token_hash: invite.tokenHash,
      agency_id: invite.agencyId,
      role: invite.role,
      expires_at: invite.expiresAt,
      used_on: null,
    })
    .execute();
}

/**
 * The invite whose token hashes to `tokenHash`, used or not, expired or not: decide with
 * inviteStatus(). Undefined when there is none.
 */
export async function findInviteByTokenHash(db: Kysely<Database>, tokenHash: Uint8Array): Promise<InviteRow | undefined> {
  if (tokenHash.length !== 32) return undefined;
  const row = await db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? undefined : copyRow(row);
}

/**
 * Whether an invite may still be used at `now`: 'used' once markInviteUsed has succeeded,
 * 'expired' from its expiry instant on (an invite expiring exactly now is expired).
 */
export function inviteStatus(invite: Pick<InviteRow, 'used_on' | 'expires_at'>, now: Date): InviteStatus {
  if (invite.used_on !== null) return 'used';
  if (!(invite.expires_at.getTime() > now.getTime())) return 'expired';
  return 'usable';
}

/**
 * Marks the invite used on `day`. A conditional update: true only if it was still unused, so of
 * two enrollments racing on one invite exactly one wins. Call it in the enrollment's
 * transaction, after checking inviteStatus() (this does not look at the expiry).
 */
export async function markInviteUsed(db: Kysely<Database>, id: string, day: Day): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ used_on: day })
    .where('id', '=', id)
    .where('used_on', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
