// The audit log: who (a prosecutor, admin, operator or the system) did what, to the day.
// Append-only from the app's side, and it has no place for anything about a whistleblower.
import type { Kysely } from 'kysely';
import { today } from '../db/day';
import type { Clock } from '../db/day';
import type { ActorKind, AuditEventRow, Database, Day } from '../db/schema';

export interface AuditEvent {
  readonly id: string;
  readonly day: Day;
  readonly actorKind: ActorKind;
  readonly actorId: string | null;
  readonly action: string;
  readonly subject: string | null;
}

export interface NewAuditEvent {
  readonly actorKind: ActorKind;
  readonly actorId?: string | null;
  /** A stable verb such as 'case.opened'. */
  readonly action: string;
  /** What was acted on, e.g. a case id. Never a case code, a key or any content. */
  readonly subject?: string | null;
}

export const MAX_AUDIT_EVENTS_PER_PAGE = 1000;

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    day: row.day,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    action: row.action,
    subject: row.subject,
  };
}

export async function recordAuditEvent(
  db: Kysely<Database>,
  event: NewAuditEvent,
  options: { readonly clock?: Clock } = {},
): Promise<AuditEvent> {
  const row = await db
    .insertInto('audit_events')
    .values({
      day: today(options.clock),
      actor_kind: event.actorKind,
      actor_id: event.actorId ?? null,
      action: event.action,
      subject: event.subject ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAuditEvent(row);
}

/** Newest first. */
export async function listAuditEvents(
  db: Kysely<Database>,
  options: { readonly limit: number },
): Promise<AuditEvent[]> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_EVENTS_PER_PAGE) {
    throw new RangeError(`limit must be an integer 1-${String(MAX_AUDIT_EVENTS_PER_PAGE)}`);
  }
  // Order by id, not day: ids are the insertion order, days only the coarse date.
  const rows = await db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toAuditEvent);
}
