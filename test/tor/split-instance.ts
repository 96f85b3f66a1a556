// Thicket as the deployment runs it (PROSECUTOR_PORT set): two app instances on one database,
// the whistleblower surface and the prosecutor surface, each listening on its own loopback port,
// so that each onion service of the private Tor network leads to its own surface. Background
// work runs in the first only, as in server/main.ts.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app';
import type { App } from '../../server/app';
import type { SplitSurface } from '../../server/plugins/surface';
import { captureLog } from '../helpers/app';
import type { CapturedLog } from '../helpers/app';
import type { TestDatabase } from '../helpers/database';

export interface SurfaceInstance {
  readonly app: App;
  readonly url: string;
  readonly port: number;
}

export interface SplitInstance {
  readonly whistleblower: SurfaceInstance;
  readonly prosecutor: SurfaceInstance;
  /** Both instances' log. */
  readonly log: CapturedLog;
  /** Closes both instances, then the database. */
  close(): Promise<void>;
}

export interface SplitOptions {
  readonly database: TestDatabase;
  readonly rootPublicKey: string;
  readonly clientDir: string;
}

export async function startSplitInstance(options: SplitOptions): Promise<SplitInstance> {
  const log = captureLog();
  const started: App[] = [];
  const start = async (surface: SplitSurface): Promise<SurfaceInstance> => {
    const app = buildApp(
      { logLevel: 'debug', clientDir: options.clientDir, rootPublicKey: options.rootPublicKey },
      { db: options.database.db, dbKind: options.database.kind, logStream: log.stream, surface, backgroundTasks: surface === 'whistleblower' },
    );
    started.push(app);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    return { app, port, url: `http://127.0.0.1:${String(port)}` };
  };
  const closeApps = async (): Promise<void> => {
    await Promise.all(started.map((app) => app.close()));
  };
  try {
    const whistleblower = await start('whistleblower');
    const prosecutor = await start('prosecutor');
    return {
      whistleblower,
      prosecutor,
      log,
      close: async () => {
        await closeApps();
        await options.database.close();
      },
    };
  } catch (error) {
    await closeApps();
    throw error;
  }
}
