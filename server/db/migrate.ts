// Runs the migrations in migrations/ (listed statically in migrations/index.ts, so nothing
// depends on scanning folders at run time or on how the code was bundled).
import { Migrator } from 'kysely';
import type { Kysely, MigrationResult, MigrationProvider, Migration } from 'kysely';
import { migrations } from '../../migrations';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    message: string,
    readonly failedMigrations: readonly string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const provider: MigrationProvider = {
  getMigrations: (): Promise<Record<string, Migration>> => Promise.resolve({ ...migrations }),
};

// Generic over the schema: the Migrator works below the typed tables (it manages its own).
function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider });
}

/** The names of all known migrations, in the order they run. */
export function migrationNames(): string[] {
  return Object.keys(migrations).sort();
}

/**
 * Brings the database to the latest migration. Returns the names of the migrations that ran
 * (empty when already up to date). Throws MigrationError naming the failed migration.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const list: readonly MigrationResult[] = results ?? [];
  if (error !== undefined) {
    const failed = list.filter((result) => result.status === 'Error').map((result) => result.migrationName);
    const reason = error instanceof Error ? error.message : String(error);
    const which = failed.length > 0 ? `migration ${failed.join(', ')} failed` : 'migrations could not run';
    throw new MigrationError(`${which}: ${reason}`, failed, { cause: error });
  }
  return list.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
