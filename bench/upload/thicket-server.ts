// The real Thicket server for the benchmark, in its own process exactly as an operator runs it
// (server/main.ts: configuration from the environment, migrations, listen), so its memory can
// be read from /proc and it has a core of its own as it would in production.
import { startChild, type Child } from './child';
import { freePort } from '../../test/helpers/process';

export interface ThicketServer {
  readonly url: string;
  readonly child: Child;
}

export interface ThicketEnv {
  readonly dataDir: string;
  readonly clientDir: string;
  readonly rootPublicKey: string;
  /** PostgreSQL URL (credentials: never printed); undefined for PGlite in DATA_DIR. */
  readonly databaseUrl: string | undefined;
  readonly maxFileBytes: number;
  readonly caseQuotaBytes: number;
}

export async function startThicket(env: ThicketEnv, onStarted: (child: Child) => void): Promise<ThicketServer> {
  const port = await freePort();
  const child = startChild('server/main.ts', {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: env.dataDir,
    CLIENT_DIR: env.clientDir,
    ROOT_PUBLIC_KEY: env.rootPublicKey,
    LOG_LEVEL: 'info',
    MAX_FILE_BYTES: String(env.maxFileBytes),
    CASE_QUOTA_BYTES: String(env.caseQuotaBytes),
    ...(env.databaseUrl === undefined ? {} : { DATABASE_URL: env.databaseUrl }),
  });
  onStarted(child);
  await child.waitFor(/Thicket listening on http:\/\/127\.0\.0\.1:[0-9]+/, 60_000);
  return { url: `http://127.0.0.1:${String(port)}`, child };
}
