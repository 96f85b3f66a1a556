// Entry point: configuration, database, migrations, app, listen; and a graceful shutdown.
// Kept thin on purpose: everything it wires together is tested on its own.
// With PROSECUTOR_PORT set there are two app instances on one database: PORT serves only the
// whistleblower surface, PROSECUTOR_PORT only the prosecutor surface (server/plugins/surface.ts),
// so each onion service reaches only its own part. Background work runs in the first only.
import { buildApp } from './app';
import type { App } from './app';
import { loadConfig } from './config';
import type { Config } from './config';
import { createDatabase } from './db/create-database';
import type { DatabaseHandle } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { createLogger } from './logger';
import type { Surface } from './plugins/surface';
import { describeStartupError } from './startup-error';

const SHUTDOWN_TIMEOUT_MS = 10_000;

interface Listener {
  readonly surface: Surface;
  readonly host: string;
  readonly port: number;
}

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function displayHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function listeningPort(app: App, fallback: number): number {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : fallback;
}

function installShutdown(apps: readonly App[], database: DatabaseHandle, logger: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: forcing exit');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took longer than 10 s: forcing exit');
      // Still close the database (PGlite flushes and releases its data folder), briefly.
      const exit = (): never => process.exit(1);
      void Promise.race([database.close(), new Promise((resolve) => setTimeout(resolve, 2000))]).then(exit, exit);
    }, SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    Promise.all(apps.map((app) => app.close()))
      .then(() => database.close())
      .then(
        () => {
          clearTimeout(deadline);
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    fail(describeStartupError('Thicket cannot start', error));
  }

  const logger = createLogger(config.logLevel);
  // Node's default handlers print errors with all their properties (pg errors carry row
  // values); route them through the sanitising logger instead.
  const crash = (error: unknown): void => {
    logger.fatal({ err: error }, 'uncaught error');
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);

  let database: DatabaseHandle | undefined;
  try {
    database = await createDatabase(config, {
      onPoolError: (error) => logger.error({ err: error }, 'idle database connection failed'),
    });
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

    const listeners: Listener[] = config.prosecutor === undefined
      ? [{ surface: 'all', host: config.host, port: config.port }]
      : [{ surface: 'whistleblower', host: config.host, port: config.port }, { surface: 'prosecutor', ...config.prosecutor }];
    const apps: App[] = [];
    const started: string[] = [];
    try {
      for (const [index, listener] of listeners.entries()) {
        const app = buildApp(
          // Onion-Location names the whistleblower onion: never sent from the staff surface.
          listener.surface === 'prosecutor' ? { ...config, onionAddress: undefined } : config,
          { db: database.db, dbKind: database.kind, logger, surface: listener.surface, backgroundTasks: index === 0 },
        );
        apps.push(app);
        await app.listen({ host: listener.host, port: listener.port });
        const surface = listener.surface === 'all' ? '' : ` (${listener.surface} surface)`;
        started.push(`http://${displayHost(listener.host)}:${String(listeningPort(app, listener.port))}${surface}`);
      }
    } catch (error) {
      await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
      throw error;
    }
    installShutdown(apps, database, logger);
    process.stdout.write(`Thicket listening on ${started.join(' and ')} (database: ${database.kind} at ${database.location})\n`);
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await database?.close().catch(() => undefined);
    fail(describeStartupError('Thicket cannot start', error));
  }
}

await main();
