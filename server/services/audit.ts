// Audit events for member actions (decision 10 of issue 3). Nothing about whistleblowers or
// their sessions is ever recorded: only which member did what to which member or case.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { recordAuditEvent } from '../repositories/audit-events';
import type { Clock } from '../db/day';

export const AUDIT_ACTIONS = [
  'member.enrolled',
  'member.login',
  'member.login_failed',
  'member.logout',
  'member.approved',
  'member.rejected',
  'inbox.read',
  'case.read',
  'case.replied',
  'case.status_changed',
  'case.file_read',
  'case.files_sent',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditActor {
  readonly id: string;
  readonly role: 'admin' | 'prosecutor';
}

/** Records that `actor` did `action`, to the day; `subject` is a member id or a case id. */
export async function auditMemberAction(
  db: Kysely<Database>,
  clock: Clock,
  actor: AuditActor,
  action: AuditAction,
  subject: string | null = null,
): Promise<void> {
  await recordAuditEvent(db, { actorKind: actor.role, actorId: actor.id, action, subject }, { clock });
}
