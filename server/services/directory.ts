// The public directory (who a whistleblower can report to) and the agencies of one case, both
// as certificate texts: the browser verifies root → agency → prosecutor itself (P4), so the
// server serves exactly what is stored and never vouches for a key.
import type { Kysely } from 'kysely';
import type { DirectoryAgency } from '../../api/index';
import type { Database } from '../db/schema';
import { getAgency, listCertifiedAgencies } from '../repositories/agencies';
import { listCaseRecipientIds } from '../repositories/cases';
import { getMembersByIds, listCertifiedProsecutors } from '../repositories/members';

interface AgencyFields {
  readonly id: string;
  readonly name: string;
  readonly countries: string[];
  readonly languages: string[];
  readonly certificate: string | null;
}

function directoryAgency(agency: AgencyFields & { readonly certificate: string }, prosecutors: DirectoryAgency['prosecutors']): DirectoryAgency {
  return {
    agencyId: agency.id,
    name: agency.name,
    countries: [...agency.countries],
    languages: [...agency.languages],
    certificate: agency.certificate,
    prosecutors,
  };
}

function hasCertificate<T extends { readonly certificate: string | null }>(row: T): row is T & { readonly certificate: string } {
  return row.certificate !== null;
}

const byName = (a: DirectoryAgency, b: DirectoryAgency): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Certified agencies with at least one approved prosecutor, by name. */
export async function loadDirectory(db: Kysely<Database>): Promise<DirectoryAgency[]> {
  const agencies = (await listCertifiedAgencies(db)).filter(hasCertificate);
  const prosecutors = (await listCertifiedProsecutors(db, agencies.map((agency) => agency.id))).filter(hasCertificate);
  return agencies
    .map((agency) =>
      directoryAgency(
        agency,
        prosecutors.filter((p) => p.agency_id === agency.id).map((p) => ({ memberId: p.id, certificate: p.certificate })),
      ),
    )
    .filter((agency) => agency.prosecutors.length > 0)
    .sort(byName);
}

/**
 * The agencies a case was sent to, each with the certificates of the case's recipients in it:
 * what a client needs to check every prosecutor-signed message of the thread. Recipients keep
 * their place here whatever happens to them later, so their old messages stay verifiable.
 */
export async function loadCaseAgencies(db: Kysely<Database>, caseId: Uint8Array): Promise<DirectoryAgency[]> {
  const recipients = (await getMembersByIds(db, await listCaseRecipientIds(db, caseId))).filter(hasCertificate);
  const agencyIds = [...new Set(recipients.map((member) => member.agency_id))];
  const result: DirectoryAgency[] = [];
  for (const agencyId of agencyIds) {
    const agency = await getAgency(db, agencyId);
    if (agency === undefined || !hasCertificate(agency)) continue;
    const prosecutors = recipients
      .filter((member) => member.agency_id === agencyId)
      .map((member) => ({ memberId: member.id, certificate: member.certificate }))
      .sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
    result.push(directoryAgency(agency, prosecutors));
  }
  return result.sort(byName);
}
