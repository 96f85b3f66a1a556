// Running the real entry point as a child process and talking to it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** A port that was free a moment ago (the kernel picks it; we release it for the child). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export interface RunningProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout match, rejects if the process exits first or time runs out. */
  waitForStdout(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal name when killed by one). */
  exited(timeoutMs: number): Promise<number | string>;
}

/** Starts `tsx <script>` from the repository root with exactly the given environment (plus PATH). */
export function startTsx(script: string, env: Record<string, string>): RunningProcess {
  const child = spawn(TSX, [script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });

  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitForStdout: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${String(pattern)} on stdout within ${String(timeoutMs)} ms; stdout: ${out}; stderr: ${err}`));
        }, timeoutMs);
        const check = (): void => {
          const match = out.match(pattern);
          if (match !== null) {
            cleanup();
            resolve(match);
          }
        };
        const onExit = (code: number | null): void => {
          cleanup();
          reject(new Error(`process exited (${String(code)}) before ${String(pattern)}; stdout: ${out}; stderr: ${err}`));
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          child.stdout.off('data', check);
          child.off('exit', onExit);
        };
        child.stdout.on('data', check);
        child.once('exit', onExit);
        check();
      }),
    exited: (timeoutMs) =>
      Promise.race([
        exit,
        new Promise<never>((_resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`process did not exit within ${String(timeoutMs)} ms`)), timeoutMs);
          void exit.finally(() => clearTimeout(timer));
        }),
      ]),
  };
}
