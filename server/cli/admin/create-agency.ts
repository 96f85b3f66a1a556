// `create-agency --name NAME --countries KE,TZ --languages en,sw`: a new agency, without keys.
// Its admin is invited next (invite --role admin), enrolls in the browser, and the operator
// certifies the agency key after comparing fingerprints (certify-agency).
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '../../repositories/audit-events';
import { DuplicateAgencyNameError, insertAgency } from '../../repositories/agencies';
import type { DatabaseDeps } from './deps';
import { CommandError } from './errors';
import { printable } from './output';
import type { Output } from './output';
import { agencyName, countryCodes, languageTags } from './validate';

export interface CreateAgencyArgs {
  readonly name: string;
  /** ISO 3166-1 alpha-2 codes (case is normalised). */
  readonly countries: readonly string[];
  /** BCP 47 tags (canonicalised). */
  readonly languages: readonly string[];
}

export interface CreateAgencyResult {
  readonly agencyId: string;
  readonly name: string;
  readonly countries: readonly string[];
  readonly languages: readonly string[];
}

export const createAgencyHelp = `Usage: npm run admin -- create-agency --name NAME --countries KE,TZ --languages en,sw

Creates an agency whistleblowers can report to, and prints its id.

Options:
  --name NAME          the agency's name as whistleblowers will see it (1-200 characters, unique)
  --countries LIST     the countries it covers: ISO 3166-1 alpha-2 codes, comma-separated (KE,TZ,UG)
  --languages LIST     the languages it reads: BCP 47 tags, comma-separated (en,sw,fr,pt-BR)
  --help               show this help

Next: invite its admin with  npm run admin -- invite --agency ID --role admin`;

/** Validates and normalises the arguments (UsageError), before any database is opened. */
export function checkCreateAgencyArgs(args: CreateAgencyArgs): { name: string; countries: string[]; languages: string[] } {
  return { name: agencyName(args.name), countries: countryCodes(args.countries), languages: languageTags(args.languages) };
}

export async function createAgency(deps: DatabaseDeps, args: CreateAgencyArgs, output: Output): Promise<CreateAgencyResult> {
  const { name, countries, languages } = checkCreateAgencyArgs(args);
  const agencyId = randomUUID();
  const clock = deps.clock === undefined ? {} : { clock: deps.clock };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertAgency(trx, { id: agencyId, name, countries, languages });
      await recordAuditEvent(trx, { actorKind: 'operator', action: 'agency.created', subject: agencyId }, clock);
    });
  } catch (error) {
    if (error instanceof DuplicateAgencyNameError) {
      throw new CommandError(`an agency named ${JSON.stringify(printable(name))} already exists (see list-agencies)`);
    }
    throw error;
  }
  output.out(`Created agency ${JSON.stringify(printable(name))}: countries ${countries.join(', ')}; languages ${languages.join(', ')}.`);
  output.out(`Agency id: ${agencyId}`);
  output.out('');
  output.out('Next, invite its admin:');
  output.out(`  npm run admin -- invite --agency ${agencyId} --role admin`);
  return { agencyId, name, countries, languages };
}
