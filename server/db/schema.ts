// Every table's row type, in one place. Kysely infers all query types from this interface.
//
// Conventions shared by both backends (see create-database.ts, which installs the parsers):
// - `date` columns are plain 'YYYY-MM-DD' strings, never JS Dates (no time, no time zone).
// - `bigint`/`bigserial` columns are decimal strings (JS numbers lose precision past 2^53).
// - `bytea` columns are Uint8Array (pg gives a Buffer, which is one).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A calendar day, 'YYYY-MM-DD' (UTC). The finest time the database ever records. */
export type Day = string;

export interface ReceiptKeysTable {
  id: Generated<number>;
  /** Ed25519 public key, 32 bytes. */
  public_key: Uint8Array;
  /** Ed25519 secret key as libsodium stores it (seed then public key), 64 bytes. */
  secret_key: Uint8Array;
  created_on: ColumnType<Day, Day | undefined, never>;
}

export const ACTOR_KINDS = ['system', 'operator', 'admin', 'prosecutor'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface AuditEventsTable {
  id: Generated<string>;
  day: ColumnType<Day, Day, never>;
  actor_kind: ColumnType<ActorKind, ActorKind, never>;
  actor_id: ColumnType<string | null, string | null | undefined, never>;
  action: ColumnType<string, string, never>;
  subject: ColumnType<string | null, string | null | undefined, never>;
}

export interface Database {
  receipt_keys: ReceiptKeysTable;
  audit_events: AuditEventsTable;
}

export type ReceiptKeyRow = Selectable<ReceiptKeysTable>;
export type NewReceiptKeyRow = Insertable<ReceiptKeysTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEventRow = Insertable<AuditEventsTable>;
