// The application, built as a plugin (appPlugin) on a hardened Fastify instance (buildApp), the
// way the Fastify demo app does it. Tests build it with a real database and drive it through
// inject(); main.ts builds the same thing and listens.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyBaseLogger, FastifyInstance, FastifyPluginAsync, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DestinationStream, Logger } from 'pino';
import { ready as cryptoReady } from '../crypto/index';
import { API_PREFIX } from './api-path';
import type { Config, FilesConfig } from './config';
import { DEFAULT_CASE_QUOTA_BYTES, DEFAULT_MAX_FILE_BYTES } from './config';
import type { DatabaseKind } from './db/create-database';
import type { Clock } from './db/day';
import type { Database } from './db/schema';
import { createLogger, ThicketLogController } from './logger';
import errorHandler, { handleFrameworkError } from './plugins/error-handler';
import logging from './plugins/logging';
import noJsPages from './plugins/no-js';
import securityHeaders from './plugins/security-headers';
import staticClient from './plugins/static-client';
import surfaceFilter from './plugins/surface';
import type { Surface } from './plugins/surface';
import adminRoutes from './routes/admin';
import authRoutes from './routes/auth';
import wbCaseRoutes from './routes/case';
import caseSessionRoutes from './routes/case-sessions';
import caseRoutes from './routes/cases';
import directoryRoutes from './routes/directory';
import healthRoutes from './routes/health';
import inviteRoutes from './routes/invites';
import prosecutorRoutes from './routes/prosecutor';
import uploadRoutes from './routes/uploads';
import uploadLimitsRoutes from './routes/uploads/limits';
import { createAppContext } from './services/app-context';
import { createTusServer } from './services/tus-server';
import { sweepUploads } from './services/upload-sweeper';
import { createLocalFileStorage } from './storage/local-file-storage';

/** Where `npm run build` puts the no-JavaScript renderer (vite.nojs.config.ts). */
export const DEFAULT_NOJS_DIR = './dist/nojs';

/** Default request body limit. Routes that take more (uploads) set their own bodyLimit. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly dbKind: DatabaseKind;
  /** The process logger (main.ts). When absent one is made from config.logLevel. */
  readonly logger?: Logger;
  /** Tests: where the log goes, to capture and inspect it. Ignored when `logger` is given. */
  readonly logStream?: DestinationStream;
  /** Tests: a clock to travel in time (session expiry, lock-outs, days). Default: the system clock. */
  readonly clock?: Clock;
  /** What this instance serves (server/plugins/surface.ts). Default: 'all'. */
  readonly surface?: Surface;
  /**
   * Whether this instance runs the background work (the hourly sweep of abandoned uploads).
   * Default true; when one process runs two instances on one database, exactly one does.
   */
  readonly backgroundTasks?: boolean;
}

export type AppConfig = Pick<Config, 'logLevel' | 'clientDir'> & {
  /** ROOT_PUBLIC_KEY (base64url), when configured. */
  readonly rootPublicKey?: string | undefined;
  /** Evidence files. Absent (tests): default limits in a temporary folder removed on close. */
  readonly files?: FilesConfig | undefined;
  /** ONION_ADDRESS: announced with Onion-Location on clearnet HTTPS pages. */
  readonly onionAddress?: string | undefined;
  /** NOJS_DIR: the built no-JavaScript renderer. Absent: ./dist/nojs, where `npm run build` puts it. */
  readonly noJsDir?: string | undefined;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppPluginOptions {
  readonly config: AppConfig;
  readonly db: Kysely<Database>;
  readonly dbKind: DatabaseKind;
  readonly clock?: Clock | undefined;
  readonly surface?: Surface | undefined;
  readonly backgroundTasks?: boolean | undefined;
}

const systemClock: Clock = () => new Date();

function temporaryFiles(): FilesConfig {
  return { dir: join(tmpdir(), `thicket-files-${randomUUID()}`), maxFileBytes: DEFAULT_MAX_FILE_BYTES, caseQuotaBytes: DEFAULT_CASE_QUOTA_BYTES };
}

/**
 * Everything Thicket serves. Order matters: headers and logging wrap all that follows.
 * Wrapped with fastify-plugin so its hooks and its error and not-found handlers apply at the
 * root, to every route including ones registered after it (tests add some).
 */
const registerApp: FastifyPluginAsync<AppPluginOptions> = async (app, options) => {
  await app.register(securityHeaders, { onionAddress: options.config.onionAddress });
  await app.register(logging);
  await app.register(errorHandler);
  // Before every route: a route that is not this surface's answers 404 before its own hooks run.
  await app.register(surfaceFilter, { surface: options.surface ?? 'all', clientDir: options.config.clientDir });

  // JSON is the only body type the API takes (uploads will add their own parser). Dropping
  // text/plain also refuses cross-site "simple" form posts, which need no CORS preflight.
  app.removeContentTypeParser('text/plain');

  await app.register(healthRoutes, { prefix: API_PREFIX, db: options.db, dbKind: options.dbKind });

  // The core loop (issue 3). Every route is in api/routes.ts with who may call it; a test
  // fails on any route registered here that is not there, or there but not here.
  await cryptoReady();
  const files = options.config.files ?? temporaryFiles();
  if (options.config.files === undefined) app.addHook('onClose', () => rm(files.dir, { recursive: true, force: true }));
  const storage = await createLocalFileStorage(files.dir);
  const clock = options.clock ?? systemClock;
  const context = createAppContext(options.db, options.config, clock, files, storage);
  for (const routes of [directoryRoutes, caseRoutes, caseSessionRoutes, wbCaseRoutes, inviteRoutes, authRoutes, adminRoutes, prosecutorRoutes, uploadLimitsRoutes]) {
    await app.register(routes, { prefix: API_PREFIX, context });
  }
  // Evidence files (issue 4): tus uploads, and a sweep of abandoned uploads every hour.
  await app.register(uploadRoutes, { prefix: API_PREFIX, context, tus: createTusServer({ db: options.db, storage, files, clock }) });
  const sweep = (): void => {
    sweepUploads(options.db, storage, clock).catch((error: unknown) => app.log.error({ err: error }, 'upload sweep failed'));
  };
  if (options.backgroundTasks ?? true) {
    let sweeper: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      sweeper = setInterval(sweep, 60 * 60 * 1000);
      sweeper.unref();
    });
    app.addHook('onClose', async () => clearInterval(sweeper));
  }

  // Tor Browser "Safest": the whistleblower pages without JavaScript (docs/PROTOCOL.md §20).
  await app.register(noJsPages, {
    db: options.db,
    clientDir: options.config.clientDir,
    noJsDir: options.config.noJsDir ?? DEFAULT_NOJS_DIR,
    rootPublicKey: options.config.rootPublicKey ?? '',
  });
  await app.register(staticClient, { clientDir: options.config.clientDir });
};
export const appPlugin = fp(registerApp, { name: 'thicket-app', fastify: '5.x' });

/** A Fastify instance with the app registered, not yet listening (call ready() or inject()). */
export function buildApp(config: AppConfig, deps: AppDeps): App {
  const logger: FastifyBaseLogger = deps.logger ?? createLogger(config.logLevel, deps.logStream);
  const app = Fastify({
    loggerInstance: logger,
    logController: new ThicketLogController(),
    // Client addresses are meaningless over Tor and must never be recorded: no proxy headers
    // are believed, and request.ip is never used.
    trustProxy: false,
    // Request ids are ours, never taken from a client header (which could carry a tracker).
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    bodyLimit: DEFAULT_BODY_LIMIT,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Tor is slow, but a request that takes more than two minutes to arrive is an attack. Upload
    // PATCHes are sized by the browser to take about 25 s (client/shared/files/patch-size.ts,
    // down to 256 KiB, which still arrives in time at 2.2 KB/s); one cut at this timeout (408)
    // keeps what arrived and is resumed with a smaller PATCH. See docs/FILES.md.
    requestTimeout: 120_000,
    // On close, end every connection at once, including ones a browser opened ahead of time and
    // never used (those would hold shutdown for its whole timeout). An upload cut this way is
    // resumed by the browser from the stored offset.
    forceCloseConnections: true,
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  void app.register(appPlugin, { config, db: deps.db, dbKind: deps.dbKind, clock: deps.clock, surface: deps.surface, backgroundTasks: deps.backgroundTasks });
  return app;
}
