// The member queries of the operator's tool, per agency: its admin waiting for certification,
// activating that admin, and head counts. (Enrollment, login and approvals live in members.ts.)
import type { Kysely } from 'kysely';
import type { Database, Day } from '../db/schema';

/** An agency admin who enrolled and waits for the operator to certify the agency key. */
export interface PendingAdmin {
  readonly memberId: string;
  readonly agencyId: string;
  readonly username: string;
  readonly displayName: string;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly enrolledOn: Day;
}

export interface AgencyMemberCounts {
  readonly activeAdmins: number;
  readonly pendingAdmins: number;
  readonly activeProsecutors: number;
  readonly pendingProsecutors: number;
}

export const NO_MEMBERS: AgencyMemberCounts = Object.freeze({
  activeAdmins: 0,
  pendingAdmins: 0,
  activeProsecutors: 0,
  pendingProsecutors: 0,
});

export interface AdminActivation {
  readonly memberId: string;
  readonly agencyId: string;
  /** The key the certificate was made for: the update happens only if the row still has it. */
  readonly signingPublicKey: Uint8Array;
  /** encodeCertificate() text of the agency certificate: an admin's certificate is its agency's. */
  readonly certificate: string;
}

/** The agency's admins in state 'pending', oldest enrollment first. */
export async function listPendingAdmins(db: Kysely<Database>, agencyId: string): Promise<PendingAdmin[]> {
  const rows = await db
    .selectFrom('members')
    .select(['id', 'agency_id', 'username', 'display_name', 'signing_public_key', 'box_public_key', 'enrolled_on'])
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('state', '=', 'pending')
    .orderBy('enrolled_on', 'asc')
    .orderBy('username', 'asc')
    .execute();
  return rows.map((row) => ({
    memberId: row.id,
    agencyId: row.agency_id,
    username: row.username,
    displayName: row.display_name,
    signingPublicKey: Uint8Array.from(row.signing_public_key),
    boxPublicKey: Uint8Array.from(row.box_public_key),
    enrolledOn: row.enrolled_on,
  }));
}

/** True when the agency has an admin who is active or waiting for certification. */
export async function hasActiveOrPendingAdmin(db: Kysely<Database>, agencyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('state', 'in', ['active', 'pending'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Makes a pending admin active with the agency certificate. A conditional update: true only if
 * the member is still a pending admin of that agency with that signing key (so a row changed
 * since the operator compared fingerprints is never activated).
 */
export async function activateAdmin(db: Kysely<Database>, activation: AdminActivation): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ state: 'active', certificate: activation.certificate })
    .where('id', '=', activation.memberId)
    .where('agency_id', '=', activation.agencyId)
    .where('role', '=', 'admin')
    .where('state', '=', 'pending')
    .where('signing_public_key', '=', activation.signingPublicKey)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Rejects the agency's other pending admins (an agency has one admin): returns how many. Used
 * when one of several enrolled admins is certified.
 */
export async function rejectOtherPendingAdmins(db: Kysely<Database>, agencyId: string, keptMemberId: string): Promise<number> {
  const result = await db
    .updateTable('members')
    .set({ state: 'rejected' })
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'admin')
    .where('state', '=', 'pending')
    .where('id', '!=', keptMemberId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Active and pending admins and prosecutors per agency id; agencies without members are absent. */
export async function countMembersByAgency(db: Kysely<Database>): Promise<Map<string, AgencyMemberCounts>> {
  const rows = await db
    .selectFrom('members')
    .select(['agency_id', 'role', 'state'])
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('state', 'in', ['active', 'pending'])
    .groupBy(['agency_id', 'role', 'state'])
    .execute();
  const counts = new Map<string, AgencyMemberCounts>();
  for (const row of rows) {
    const current = counts.get(row.agency_id) ?? NO_MEMBERS;
    // count(*) is int8: a decimal string on both backends (schema.ts).
    const n = Number(row.count);
    const key =
      row.role === 'admin'
        ? row.state === 'active'
          ? 'activeAdmins'
          : 'pendingAdmins'
        : row.state === 'active'
          ? 'activeProsecutors'
          : 'pendingProsecutors';
    counts.set(row.agency_id, { ...current, [key]: current[key] + n });
  }
  return counts;
}
