// `npm run migrate`: brings the configured database to the latest migration and exits.
// The server also does this at start-up; this is for running it as a separate deploy step.
import { loadConfig } from '../config';
import { createDatabase } from '../db/create-database';
import type { DatabaseHandle } from '../db/create-database';
import { migrateToLatest } from '../db/migrate';
import { describeStartupError } from '../startup-error';

let database: DatabaseHandle | undefined;
try {
  const config = loadConfig(process.env);
  database = await createDatabase(config);
  const applied = await migrateToLatest(database.db);
  process.stdout.write(
    applied.length > 0
      ? `Applied ${String(applied.length)} migration(s) to ${database.kind} at ${database.location}: ${applied.join(', ')}\n`
      : `Database ${database.kind} at ${database.location} is already up to date\n`,
  );
  await database.close();
} catch (error) {
  await database?.close().catch(() => undefined);
  process.stderr.write(`${describeStartupError('Migration failed', error)}\n`);
  process.exitCode = 1;
}
