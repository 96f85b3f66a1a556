// The real server as a child process (`node --import tsx server/main.ts`), as an operator runs it:
// a fixed port, one data folder, its log captured. It can be stopped gracefully (SIGTERM), killed
// outright (SIGKILL, a crash or power cut) and started again on the same port and data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerSettings {
  readonly port: number;
  readonly dataDir: string;
  readonly clientDir: string;
  readonly rootPublicKey: string;
  /** Set: the server uses this PostgreSQL database; unset: PGlite in DATA_DIR/pglite. */
  readonly databaseUrl: string | undefined;
}

export interface ServerProcess {
  readonly url: string;
  /** True between a successful start and a stop or kill. */
  running(): boolean;
  /** Starts the server and waits for its "listening" line. */
  start(timeoutMs?: number): Promise<void>;
  /** SIGTERM and wait for the exit (the server closes its database and releases its lock). */
  stop(timeoutMs?: number): Promise<number | string>;
  /** SIGKILL and wait for the exit: nothing is closed, the lock file stays behind. */
  kill(timeoutMs?: number): Promise<number | string>;
  /** Everything all runs wrote to stdout and stderr, in order. */
  log(): string;
}

function environment(settings: ServerSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    PORT: String(settings.port),
    HOST: '127.0.0.1',
    DATA_DIR: settings.dataDir,
    CLIENT_DIR: settings.clientDir,
    ROOT_PUBLIC_KEY: settings.rootPublicKey,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
  if (settings.databaseUrl !== undefined) env.DATABASE_URL = settings.databaseUrl;
  return env;
}

export function serverProcess(settings: ServerSettings): ServerProcess {
  let child: ChildProcess | null = null;
  let exit: Promise<number | string> | null = null;
  let log = '';

  const waitForExit = async (timeoutMs: number): Promise<number | string> => {
    if (exit === null) throw new Error('the server is not running');
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        exit,
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`the server did not exit within ${String(timeoutMs)} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  const signal = async (name: NodeJS.Signals, timeoutMs: number): Promise<number | string> => {
    if (child === null) throw new Error('the server is not running');
    child.kill(name);
    const result = await waitForExit(timeoutMs);
    child = null;
    exit = null;
    return result;
  };

  return {
    url: `http://127.0.0.1:${String(settings.port)}`,
    running: () => child !== null,
    log: () => log,
    start: async (timeoutMs = 120_000) => {
      if (child !== null) throw new Error('the server is already running');
      const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: REPO_ROOT,
        env: environment(settings),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      log += `--- start (pid ${String(started.pid)})\n`;
      const since = log.length;
      exit = new Promise((resolve) => {
        started.once('exit', (code, killedBy) => {
          log += `--- exit ${String(code ?? killedBy)}\n`;
          resolve(code ?? killedBy ?? 'unknown');
        });
      });
      let listening: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => (listening = resolve));
      const onData = (chunk: string): void => {
        log += chunk;
        if (/Thicket listening on http:\/\//.test(log.slice(since))) listening();
      };
      started.stdout?.setEncoding('utf8').on('data', onData);
      started.stderr?.setEncoding('utf8').on('data', onData);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const failed = exit.then((code) => {
        throw new Error(`the server exited (${String(code)}) before listening:\n${log.slice(-4000)}`);
      });
      try {
        await Promise.race([
          ready,
          failed,
          new Promise<never>((_resolve, reject) => {
            timer = setTimeout(() => reject(new Error(`the server did not listen within ${String(timeoutMs)} ms:\n${log.slice(-4000)}`)), timeoutMs);
          }),
        ]);
      } catch (error) {
        if (child === started) {
          started.kill('SIGKILL');
          child = null;
          exit = null;
        }
        throw error;
      } finally {
        clearTimeout(timer);
        failed.catch(() => undefined);
      }
    },
    stop: (timeoutMs = 30_000) => signal('SIGTERM', timeoutMs),
    kill: (timeoutMs = 30_000) => signal('SIGKILL', timeoutMs),
  };
}
