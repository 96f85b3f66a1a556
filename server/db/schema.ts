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

export interface ServerSecretsTable {
  name: string;
  /** 32 bytes from the CSPRNG. */
  secret: Uint8Array;
  created_on: ColumnType<Day, Day | undefined, never>;
}

export interface AgenciesTable {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** BCP 47 tags. */
  languages: string[];
  /** The agency's Ed25519 key (its admin's signing key), once the admin has enrolled. */
  signing_public_key: Uint8Array | null;
  /** encodeCertificate() text signed by the instance root key. */
  certificate: string | null;
  created_on: ColumnType<Day, Day | undefined, never>;
}

export const MEMBER_ROLES = ['admin', 'prosecutor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_STATES = ['pending', 'active', 'rejected'] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

export interface MembersTable {
  id: string;
  agency_id: string;
  role: MemberRole;
  state: MemberState;
  username: string;
  display_name: string;
  signing_public_key: Uint8Array;
  box_public_key: Uint8Array;
  /** encodeWrappedKeys() text under the passphrase. */
  wrapped_keys: string;
  /** encodeWrappedKeys() text under the recovery key. */
  recovery_wrapped_keys: string;
  /** hashLoginSecret() of the passphrase-derived login secret. */
  login_hash: Uint8Array;
  recovery_login_hash: Uint8Array;
  certificate: string | null;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  enrolled_on: ColumnType<Day, Day | undefined, never>;
}

export interface InvitesTable {
  id: string;
  token_hash: Uint8Array;
  agency_id: string;
  role: MemberRole;
  expires_at: ColumnType<Date, Date, never>;
  used_on: Day | null;
  created_on: ColumnType<Day, Day | undefined, never>;
}

export interface MemberSessionsTable {
  token_hash: Uint8Array;
  member_id: string;
  expires_at: ColumnType<Date, Date, never>;
}

export const CASE_STATUSES = ['new', 'in_review', 'waiting_for_whistleblower', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface CasesTable {
  id: Uint8Array;
  signing_public_key: Uint8Array;
  box_public_key: Uint8Array;
  status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>;
  key_for_case: Uint8Array;
  receipt: string;
  created_on: ColumnType<Day, Day, never>;
  updated_on: Day;
  /** The server encrypted this case's tip (and any answers sent that way): the no-JavaScript path. Only ever set to true. */
  encrypted_on_server: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface CaseRecipientsTable {
  case_id: Uint8Array;
  member_id: string;
  sealed_key: Uint8Array;
  added_on: ColumnType<Day, Day, never>;
}

export interface CaseMessagesTable {
  case_id: Uint8Array;
  seq: number;
  prev_hash: Uint8Array;
  author_public_key: Uint8Array;
  author_role: 'whistleblower' | 'prosecutor';
  envelope: Uint8Array;
  signature: Uint8Array;
  created_on: ColumnType<Day, Day, never>;
}

export const CASE_FILE_STATES = ['uploading', 'complete', 'attached'] as const;
export type CaseFileState = (typeof CASE_FILE_STATES)[number];

export interface CaseFilesTable {
  id: ColumnType<string, string, never>;
  case_id: ColumnType<Uint8Array, Uint8Array, never>;
  file_id: ColumnType<Uint8Array, Uint8Array, never>;
  uploader_role: ColumnType<'whistleblower' | 'prosecutor', 'whistleblower' | 'prosecutor', never>;
  /** bigint: a decimal string. */
  length: ColumnType<string, string, never>;
  state: ColumnType<CaseFileState, CaseFileState | undefined, CaseFileState>;
  seq: ColumnType<number | null, never, number>;
  created_on: ColumnType<Day, Day | undefined, never>;
}

export interface UsedChallengesTable {
  nonce_hash: Uint8Array;
  day: ColumnType<Day, Day, never>;
}

export interface Database {
  receipt_keys: ReceiptKeysTable;
  audit_events: AuditEventsTable;
  server_secrets: ServerSecretsTable;
  agencies: AgenciesTable;
  members: MembersTable;
  invites: InvitesTable;
  member_sessions: MemberSessionsTable;
  cases: CasesTable;
  case_recipients: CaseRecipientsTable;
  case_messages: CaseMessagesTable;
  used_challenges: UsedChallengesTable;
  case_files: CaseFilesTable;
}

export type CaseFileRow = Selectable<CaseFilesTable>;
export type ReceiptKeyRow = Selectable<ReceiptKeysTable>;
export type NewReceiptKeyRow = Insertable<ReceiptKeysTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEventRow = Insertable<AuditEventsTable>;
