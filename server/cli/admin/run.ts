// The operator's tool as a function: argv in, exit code out, everything printed through an
// Output. The process entry (../admin.ts) and the tests both call runAdmin.
import { loadConfig } from '../../config';
import { createDatabase } from '../../db/create-database';
import type { DatabaseHandle } from '../../db/create-database';
import { DataDirLockedError } from '../../db/data-dir-lock';
import type { Clock } from '../../db/day';
import { migrateToLatest } from '../../db/migrate';
import { describeStartupError } from '../../startup-error';
import { COMMANDS, TOOL_HELP } from './commands';
import type { AdminCommand } from './commands';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import type { ExitCode } from './errors';
import type { Output } from './output';

type Env = Readonly<Record<string, string | undefined>>;

export interface AdminEnvironment {
  readonly env: Env;
  readonly output: Output;
  /** Opens and migrates the database; default: the configured one (DATA_DIR or DATABASE_URL). */
  readonly openDatabase?: (env: Env) => Promise<DatabaseHandle>;
  readonly clock?: Clock;
}

/** The configured database, migrated to the latest version (as the server does at start-up). */
export async function openConfiguredDatabase(env: Env): Promise<DatabaseHandle> {
  const config = loadConfig(env);
  // A pooled connection failing while idle must not crash the tool; the next query reports it.
  const handle = await createDatabase(config, { onPoolError: () => undefined });
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  return handle;
}

function isHelp(argument: string | undefined): boolean {
  return argument === '--help' || argument === '-h' || argument === 'help';
}

function findCommand(name: string): AdminCommand {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
    throw new UsageError(`unknown command ${shown}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
  }
  return command;
}

/** One line for stderr, never a stack trace. */
function describeFailure(error: unknown): string {
  if (error instanceof CommandError) return `error: ${error.message}`;
  if (error instanceof DataDirLockedError) {
    return `error: ${error.message.replace(/;\s*stop it first$/, '')}: stop the server or use DATABASE_URL`;
  }
  return describeStartupError('error', error).replace(/^(?!error: )/, 'error: ');
}

export async function runAdmin(argv: readonly string[], environment: AdminEnvironment): Promise<ExitCode> {
  const { output } = environment;
  const [name, ...rest] = argv;
  if (name === undefined) {
    output.err(TOOL_HELP);
    return EXIT_USAGE;
  }
  if (isHelp(name)) {
    const topic = rest[0];
    if (topic === undefined) {
      output.out(TOOL_HELP);
      return EXIT_OK;
    }
    try {
      output.out(findCommand(topic).help);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof UsageError) {
        output.err(`error: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }
  }

  let command: AdminCommand;
  try {
    command = findCommand(name);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`error: ${error.message} (see: npm run admin -- --help)`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (rest.some((argument) => argument === '--help' || argument === '-h')) {
    output.out(command.help);
    return EXIT_OK;
  }

  let handle: DatabaseHandle | undefined;
  const open = environment.openDatabase ?? openConfiguredDatabase;
  try {
    await command.execute(rest, {
      output,
      rootPublicKey: () => loadConfig(environment.env).rootPublicKey,
      ...(environment.clock === undefined ? {} : { clock: environment.clock }),
      database: async () => {
        handle ??= await open(environment.env);
        return handle.db;
      },
    });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`error: ${error.message} (see: npm run admin -- ${command.name} --help)`);
      return EXIT_USAGE;
    }
    output.err(describeFailure(error));
    return EXIT_FAILURE;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
