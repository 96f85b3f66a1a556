// One tor process of the private test network: started with its own torrc, watched through its
// log file, stopped by its PID (SIGTERM, then SIGKILL). Every process started here is also killed
// by PID if the Node process exits first, and tor itself exits when its owner dies
// (__OwningControllerProcess), so no tor outlives a crashed test run.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface TorProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** The last lines tor printed before its log file opened (start-up errors land there). */
  output(): string;
  /** The exit code or signal, once it has exited. */
  exitStatus(): string | undefined;
  log(): Promise<string>;
  /** Resolves with the first matching log line; rejects when tor exits first or time runs out. */
  waitForLog(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** SIGHUP: tor rereads its torrc and, for onion services and clients, the authorization files. */
  reload(): void;
  /** Stops it by PID: SIGTERM, SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Map<number, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of live.keys()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/** PIDs of tor processes started here and not yet seen to exit. */
export function livePids(): number[] {
  return [...live.keys()];
}

export interface StartTorOptions {
  readonly name: string;
  /** The program and its arguments (tor itself, or the deployment's entry point that execs tor). */
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** The file the torrc's `Log notice file ...` line names. */
  readonly logFile: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function startTor(options: StartTorOptions): TorProcess {
  installExitHook();
  const child: ChildProcess = spawn(options.command, [...options.args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.name}: could not start ${options.command}`);
  live.set(pid, options.name);
  let printed = '';
  const keep = (chunk: Buffer): void => {
    printed = (printed + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let status: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      status = signal ?? String(code);
      live.delete(pid);
      resolve();
    });
  });

  const log = async (): Promise<string> => readFile(options.logFile, 'utf8').catch(() => '');

  return {
    name: options.name,
    pid,
    logFile: options.logFile,
    output: () => printed,
    exitStatus: () => status,
    log,
    waitForLog: async (pattern, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = await log();
        const line = text.split('\n').find((candidate) => pattern.test(candidate));
        if (line !== undefined) return line;
        if (status !== undefined) throw new Error(`${options.name} (pid ${String(pid)}) exited (${status}) before logging ${String(pattern)}:\n${printed}${text.slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`${options.name} (pid ${String(pid)}) logged no ${String(pattern)} within ${String(timeoutMs)} ms:\n${text.slice(-4000)}`);
        await sleep(200);
      }
    },
    reload: () => {
      if (status !== undefined) throw new Error(`${options.name} has exited (${status}); cannot reload it`);
      process.kill(pid, 'SIGHUP');
    },
    stop: async (graceMs = 5000) => {
      if (status !== undefined) return;
      process.kill(pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
      if (!stopped && status === undefined) {
        process.kill(pid, 'SIGKILL');
        await exited;
      }
    },
  };
}
