// Agencies: who a whistleblower can report to. Created by the operator's tool; certified (the
// agency key, which is its admin's signing key, signed by the instance root key) by the same tool
// once the operator has compared the admin's fingerprint out of band.
import type { Kysely, Selectable } from 'kysely';
import type { AgenciesTable, Database } from '../db/schema';

export type AgencyRow = Selectable<AgenciesTable>;

export interface NewAgency {
  /** crypto.randomUUID(). */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 codes, upper-case. */
  readonly countries: readonly string[];
  /** BCP 47 tags. */
  readonly languages: readonly string[];
}

export interface AgencyCertification {
  /** The agency's Ed25519 key (its admin's signing key), 32 bytes. */
  readonly signingPublicKey: Uint8Array;
  /** encodeCertificate() text of the agency certificate signed by the root key. */
  readonly certificate: string;
}

/** An insert that broke a unique constraint: here, an agency of the same name already exists. */
export class DuplicateAgencyNameError extends Error {
  override readonly name = 'DuplicateAgencyNameError';
  constructor() {
    super('an agency with this name already exists');
  }
}

/** An update named an agency that does not exist. */
export class AgencyNotFoundError extends Error {
  override readonly name = 'AgencyNotFoundError';
  constructor() {
    super('no such agency');
  }
}

/** SQLSTATE 23505 from either backend (pg and PGlite both expose `code`). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';
}

// Copy bytea values into plain Uint8Arrays: pg hands out Buffers that may share a pooled allocation.
function copyRow(row: AgencyRow): AgencyRow {
  return { ...row, signing_public_key: row.signing_public_key === null ? null : Uint8Array.from(row.signing_public_key) };
}

/** Throws DuplicateAgencyNameError when the name is taken. */
export async function insertAgency(db: Kysely<Database>, agency: NewAgency): Promise<void> {
  try {
    await db
      .insertInto('agencies')
      .values({ id: agency.id, name: agency.name, countries: [...agency.countries], languages: [...agency.languages] })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateAgencyNameError();
    throw error;
  }
}

export async function getAgency(db: Kysely<Database>, id: string): Promise<AgencyRow | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : copyRow(row);
}

/**
 * The same, with the row locked until the transaction ends: for decisions that must not race
 * (certification). Call it inside db.transaction().
 */
export async function getAgencyForUpdate(db: Kysely<Database>, id: string): Promise<AgencyRow | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : copyRow(row);
}

/** Every agency, oldest first (then by name). */
export async function listAgencies(db: Kysely<Database>): Promise<AgencyRow[]> {
  const rows = await db.selectFrom('agencies').selectAll().orderBy('created_on', 'asc').orderBy('name', 'asc').execute();
  return rows.map(copyRow);
}

/**
 * Stores the agency's key and its root-signed certificate. Throws AgencyNotFoundError when no
 * agency has this id. Verifying the certificate is the caller's job, before calling this.
 */
export async function setAgencyCertificate(
  db: Kysely<Database>,
  id: string,
  certification: AgencyCertification,
): Promise<void> {
  if (certification.signingPublicKey.length !== 32) throw new RangeError('agency signing public key must be 32 bytes');
  if (certification.certificate === '') throw new RangeError('agency certificate must not be empty');
  const result = await db
    .updateTable('agencies')
    .set({ signing_public_key: certification.signingPublicKey, certificate: certification.certificate })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AgencyNotFoundError();
}

/** Agencies whose key has been certified by the root key, oldest first (then by name). */
export async function listCertifiedAgencies(db: Kysely<Database>): Promise<AgencyRow[]> {
  const rows = await db
    .selectFrom('agencies')
    .selectAll()
    .where('certificate', 'is not', null)
    .where('signing_public_key', 'is not', null)
    .orderBy('created_on', 'asc')
    .orderBy('name', 'asc')
    .execute();
  return rows.map(copyRow);
}
