// `list-agencies`: every agency with where it stands in the set-up, as a table.
import { listAgencies as listAgencyRows } from '../../repositories/agencies';
import { NO_MEMBERS, countMembersByAgency } from '../../repositories/agency-members';
import type { DatabaseDeps } from './deps';
import { formatTable, printable } from './output';
import type { Output } from './output';

/**
 * 'awaiting admin': nobody has enrolled as its admin yet (invite one);
 * 'awaiting certification': its admin enrolled and waits for certify-agency;
 * 'active': the root key certified it.
 */
export type AgencyState = 'awaiting admin' | 'awaiting certification' | 'active';

export interface AgencySummary {
  readonly agencyId: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  readonly state: AgencyState;
  readonly activeProsecutors: number;
  /** Admins and prosecutors who enrolled and wait for certification or approval. */
  readonly pendingMembers: number;
  readonly createdOn: string;
}

export const listAgenciesHelp = `Usage: npm run admin -- list-agencies

Lists every agency: id, name, countries, languages, state, active prosecutors and members
waiting (an admin waiting for certify-agency, prosecutors waiting for their admin's approval).

States:
  awaiting admin            nobody has enrolled as its admin yet: invite --role admin
  awaiting certification    its admin enrolled: compare fingerprints, then certify-agency
  active                    certified by the root key; whistleblowers can report to it once
                            it has at least one active prosecutor

Options:
  --help    show this help`;

const MAX_NAME_COLUMN = 48;

function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

export type ListAgenciesArgs = Record<string, never>;

export async function listAgencies(deps: DatabaseDeps, _args: ListAgenciesArgs, output: Output): Promise<AgencySummary[]> {
  const [rows, counts] = await Promise.all([listAgencyRows(deps.db), countMembersByAgency(deps.db)]);
  const summaries = rows.map((row): AgencySummary => {
    const members = counts.get(row.id) ?? NO_MEMBERS;
    const state: AgencyState =
      row.certificate !== null ? 'active' : members.pendingAdmins > 0 ? 'awaiting certification' : 'awaiting admin';
    return {
      agencyId: row.id,
      name: row.name,
      countries: row.countries,
      languages: row.languages,
      state,
      activeProsecutors: members.activeProsecutors,
      pendingMembers: members.pendingAdmins + members.pendingProsecutors,
      createdOn: row.created_on,
    };
  });

  if (summaries.length === 0) {
    output.out('No agencies yet. Create one with: npm run admin -- create-agency --name NAME --countries KE,TZ --languages en,sw');
    return summaries;
  }
  const table = formatTable(
    ['ID', 'NAME', 'COUNTRIES', 'LANGUAGES', 'STATE', 'PROSECUTORS', 'PENDING'],
    summaries.map((agency) => [
      agency.agencyId,
      shorten(printable(agency.name), MAX_NAME_COLUMN),
      agency.countries.map(printable).join(','),
      agency.languages.map(printable).join(','),
      agency.state,
      String(agency.activeProsecutors),
      String(agency.pendingMembers),
    ]),
  );
  for (const line of table) output.out(line);
  return summaries;
}
