// Child processes of the benchmark: a TypeScript entry run as `node --import tsx <script>`, so
// the process id is the Node process that does the work (whose memory we read), not a wrapper.
// Output is drained (a full pipe would stall the child) and the tail kept for error messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TAIL_CHARS = 8000;

/** Signals one process by id; a process already gone is not an error. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
}

export interface Child {
  readonly pid: number;
  /** Resolves with the first match on stdout; rejects if the child exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** The last few KB of stdout and stderr. */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

export function startChild(script: string, env: Readonly<Record<string, string>>): Child {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${script}`);
  let out = '';
  let err = '';
  const keep = (text: string): string => (text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out = keep(out + chunk)));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err = keep(err + chunk)));
  let exited = child.exitCode !== null || child.signalCode !== null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  const tail = (): string => `stdout: ${out.slice(-2000)}\nstderr: ${err.slice(-2000)}`;

  return {
    pid,
    tail,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = out.match(pattern);
          if (match !== null) {
            cleanup();
            resolve(match);
          }
        };
        const onExit = (): void => {
          cleanup();
          reject(new Error(`${script} exited before ${String(pattern)}\n${tail()}`));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${script}: no ${String(pattern)} within ${String(timeoutMs)} ms\n${tail()}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.off('exit', onExit);
        };
        child.stdout?.on('data', check);
        child.once('exit', onExit);
        check();
      }),
    stop: async (graceMs = 10_000) => {
      if (exited) return;
      signal(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) signal(pid, 'SIGKILL');
      }, graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}
