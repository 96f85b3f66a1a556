// Agency members (agency admins and prosecutors): enrollment, login state, approval.
import type { Kysely, Selectable } from 'kysely';
import type { Database, Day, MemberRole, MemberState, MembersTable } from '../db/schema';

export type MemberRow = Selectable<MembersTable>;

/** A member with the name of their agency, as the API shows them. */
export type MemberWithAgency = MemberRow & { readonly agency_name: string };

export interface NewMember {
  readonly id: string;
  readonly agencyId: string;
  readonly role: MemberRole;
  readonly username: string;
  readonly displayName: string;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly wrappedKeys: string;
  readonly recoveryWrappedKeys: string;
  readonly loginHash: Uint8Array;
  readonly recoveryLoginHash: Uint8Array;
  readonly enrolledOn: Day;
}

/** Inserts a pending member. Unique violations (username, keys) propagate as database errors. */
export async function insertMember(db: Kysely<Database>, member: NewMember): Promise<void> {
  await db
    .insertInto('members')
    .values({
      id: member.id,
      agency_id: member.agencyId,
      role: member.role,
      state: 'pending',
      username: member.username,
      display_name: member.displayName,
      signing_public_key: member.signingPublicKey,
      box_public_key: member.boxPublicKey,
      wrapped_keys: member.wrappedKeys,
      recovery_wrapped_keys: member.recoveryWrappedKeys,
      login_hash: member.loginHash,
      recovery_login_hash: member.recoveryLoginHash,
      enrolled_on: member.enrolledOn,
    })
    .execute();
}

export async function findMemberByUsername(db: Kysely<Database>, username: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * The member row locked for the rest of the transaction (SELECT ... FOR UPDATE), so concurrent
 * login attempts on one account are counted one after the other.
 */
export async function lockMemberByUsername(db: Kysely<Database>, username: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('username', '=', username).forUpdate().executeTakeFirst();
}

/** True if some member already uses one of these public keys. */
export async function publicKeysInUse(db: Kysely<Database>, signingPublicKey: Uint8Array, boxPublicKey: Uint8Array): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where((eb) => eb.or([eb('signing_public_key', '=', signingPublicKey), eb('box_public_key', '=', boxPublicKey)]))
    .executeTakeFirst();
  return row !== undefined;
}

export async function getMemberWithAgency(db: Kysely<Database>, id: string): Promise<MemberWithAgency | undefined> {
  return db
    .selectFrom('members')
    .innerJoin('agencies', 'agencies.id', 'members.agency_id')
    .selectAll('members')
    .select('agencies.name as agency_name')
    .where('members.id', '=', id)
    .executeTakeFirst();
}

/** Members of one agency, admins first, then by enrollment day and username. */
export async function listAgencyMembers(db: Kysely<Database>, agencyId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('role', 'asc')
    .orderBy('enrolled_on', 'asc')
    .orderBy('username', 'asc')
    .execute();
}

/** A member of this agency, or undefined (also for a member of another agency). */
export async function findAgencyMember(db: Kysely<Database>, agencyId: string, memberId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('id', '=', memberId).where('agency_id', '=', agencyId).executeTakeFirst();
}

/** Records a failed login: the new count of failures in a row and the lock, if any. */
export async function recordLoginFailure(
  db: Kysely<Database>,
  id: string,
  failures: number,
  lockedUntil: Date | null,
): Promise<void> {
  await db.updateTable('members').set({ failed_logins: failures, locked_until: lockedUntil }).where('id', '=', id).execute();
}

export async function resetLoginFailures(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('members').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
}

/**
 * pending → active with the certificate the admin signed. Conditional: true only if the member
 * was a pending prosecutor of this agency (so two approvals cannot both win).
 */
export async function activateProsecutor(
  db: Kysely<Database>,
  input: { readonly agencyId: string; readonly memberId: string; readonly certificate: string },
): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ state: 'active', certificate: input.certificate })
    .where('id', '=', input.memberId)
    .where('agency_id', '=', input.agencyId)
    .where('role', '=', 'prosecutor')
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** pending → rejected. Conditional like activateProsecutor. */
export async function rejectPendingMember(
  db: Kysely<Database>,
  input: { readonly agencyId: string; readonly memberId: string },
): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ state: 'rejected' satisfies MemberState })
    .where('id', '=', input.memberId)
    .where('agency_id', '=', input.agencyId)
    .where('role', '=', 'prosecutor')
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Active prosecutors holding a certificate, of the given agencies. */
export async function listCertifiedProsecutors(
  db: Kysely<Database>,
  agencyIds: readonly string[],
): Promise<Pick<MemberRow, 'id' | 'agency_id' | 'certificate'>[]> {
  if (agencyIds.length === 0) return [];
  return db
    .selectFrom('members')
    .select(['id', 'agency_id', 'certificate'])
    .where('agency_id', 'in', agencyIds)
    .where('role', '=', 'prosecutor')
    .where('state', '=', 'active')
    .where('certificate', 'is not', null)
    .orderBy('enrolled_on', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** The members with these ids (any agency, any state). */
export async function getMembersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('members').selectAll().where('id', 'in', ids).execute();
}

