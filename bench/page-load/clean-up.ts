// Clean-up of the page-load benchmark: steps run last-registered first, once, on success, on error
// and on Ctrl-C or SIGTERM (browsers closed, tor processes stopped by PID, the instance closed, the
// temp folder removed). Last resort, on any exit of this process: every tor process started here is
// killed by PID and the benchmark's folder removed, synchronously. Everything that makes temp files
// on our behalf (tor network, Playwright profiles, the app's files folder) is pointed into that
// folder (TMPDIR), so an interrupted start leaves nothing behind either.
import { rmSync } from 'node:fs';
import { livePids } from '../../test/tor/network/tor-process';

export interface CleanUp {
  /** Registers a step; the function returned runs it now (once) and takes it off the list. */
  add(step: () => Promise<void>): () => Promise<void>;
  /** Removes `dir` on exit whatever happens (after killing any tor process still running). */
  removeOnExit(dir: string): void;
  /** Runs every remaining step (a failing step is reported, the others still run). Idempotent. */
  run(): Promise<void>;
}

export function createCleanUp(log: (line: string) => void): CleanUp {
  const steps: (() => Promise<void>)[] = [];
  const dirs: string[] = [];
  let running: Promise<void> | undefined;
  const run = (): Promise<void> => {
    running ??= (async () => {
      for (const step of steps.splice(0).reverse()) await step().catch((error: unknown) => log(`clean-up step failed: ${String(error)}`));
    })();
    return running;
  };
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      log(`${name}: cleaning up`);
      void run().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    for (const pid of livePids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return {
    add: (step) => {
      steps.push(step);
      return async () => {
        const index = steps.indexOf(step);
        if (index === -1) return;
        steps.splice(index, 1);
        await step();
      };
    },
    removeOnExit: (dir) => {
      dirs.push(dir);
    },
    run,
  };
}
