// The commands of the operator's tool: name, one-line summary, help, and how the command line
// maps onto the command's function (which tests call directly with a test database). Arguments
// are checked before the database is opened: a typo never opens, locks or migrates it.
import type { Kysely } from 'kysely';
import type { Clock } from '../../db/day';
import type { Database } from '../../db/schema';
import { parseOptions, required } from './args';
import { certifyAgency, certifyAgencyHelp, checkCertifyAgencyArgs } from './certify-agency';
import { checkCreateAgencyArgs, createAgency, createAgencyHelp } from './create-agency';
import { initRoot, initRootHelp } from './init-root';
import { checkInviteArgs, invite, inviteHelp } from './invite';
import { listAgencies, listAgenciesHelp } from './list-agencies';
import type { Output } from './output';
import { commaList } from './validate';

export interface CommandContext {
  readonly output: Output;
  /** ROOT_PUBLIC_KEY as the server's configuration reads it (validated the same way), if set. */
  rootPublicKey(): string | undefined;
  readonly clock?: Clock;
  /** Opens (once) and migrates the configured database. */
  database(): Promise<Kysely<Database>>;
}

export interface AdminCommand {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  execute(argv: readonly string[], context: CommandContext): Promise<void>;
}

async function databaseDeps(context: CommandContext): Promise<{ db: Kysely<Database>; clock?: Clock }> {
  const db = await context.database();
  return context.clock === undefined ? { db } : { db, clock: context.clock };
}

export const COMMANDS: readonly AdminCommand[] = [
  {
    name: 'init-root',
    summary: 'make the instance root key (kept offline) and print ROOT_PUBLIC_KEY',
    help: initRootHelp,
    async execute(argv, context) {
      const options = parseOptions(argv, { out: { type: 'string' }, force: { type: 'boolean' } });
      await initRoot({ out: required(options.out, 'out'), force: options.force === true }, context.output);
    },
  },
  {
    name: 'create-agency',
    summary: 'create an agency: name, countries covered, languages',
    help: createAgencyHelp,
    async execute(argv, context) {
      const options = parseOptions(argv, { name: { type: 'string' }, countries: { type: 'string' }, languages: { type: 'string' } });
      const args = {
        name: required(options.name, 'name'),
        countries: commaList(required(options.countries, 'countries'), 'countries'),
        languages: commaList(required(options.languages, 'languages'), 'languages'),
      };
      checkCreateAgencyArgs(args);
      await createAgency(await databaseDeps(context), args, context.output);
    },
  },
  {
    name: 'invite',
    summary: 'make a one-time, expiring invite link for an agency admin or prosecutor',
    help: inviteHelp,
    async execute(argv, context) {
      const options = parseOptions(argv, {
        agency: { type: 'string' },
        role: { type: 'string' },
        days: { type: 'string' },
        'base-url': { type: 'string' },
      });
      const args = {
        agencyId: required(options.agency, 'agency'),
        role: required(options.role, 'role'),
        ...(options.days === undefined ? {} : { days: options.days }),
        ...(options['base-url'] === undefined ? {} : { baseUrl: options['base-url'] }),
      };
      checkInviteArgs(args);
      await invite(await databaseDeps(context), args, context.output);
    },
  },
  {
    name: 'certify-agency',
    summary: "certify an agency's key with the root key, after comparing its admin's fingerprint",
    help: certifyAgencyHelp,
    async execute(argv, context) {
      const options = parseOptions(argv, { agency: { type: 'string' }, 'root-key': { type: 'string' }, fingerprint: { type: 'string' } });
      const args = {
        agencyId: required(options.agency, 'agency'),
        rootKeyFile: required(options['root-key'], 'root-key'),
        fingerprint: required(options.fingerprint, 'fingerprint'),
      };
      checkCertifyAgencyArgs(args);
      const rootPublicKey = context.rootPublicKey();
      await certifyAgency({ ...(await databaseDeps(context)), rootPublicKey }, args, context.output);
    },
  },
  {
    name: 'list-agencies',
    summary: 'list agencies and their state',
    help: listAgenciesHelp,
    async execute(argv, context) {
      parseOptions(argv, {});
      await listAgencies(await databaseDeps(context), {}, context.output);
    },
  },
];

export const TOOL_HELP = `Thicket operator's tool.

Usage: npm run admin -- <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(16)}${command.summary}`).join('\n')}

Run "npm run admin -- <command> --help" for a command's options.

Setting up: init-root, then start the server with ROOT_PUBLIC_KEY; create-agency; invite its
admin; when the admin has enrolled and read you their fingerprint, certify-agency; then invite
prosecutors, whom the admin approves in the browser.

The tool uses the server's environment (DATA_DIR or DATABASE_URL, ROOT_PUBLIC_KEY). On the
embedded database (no DATABASE_URL) stop the server first: one process at a time may open it.
Exit status: 0 done, 1 refused or failed, 2 wrong command line.`;
