// Memory of another process, read from Linux's /proc/<pid>/status: VmRSS (resident now) and
// VmHWM (the kernel's record of the peak). Writing "5" to /proc/<pid>/clear_refs resets the
// peak to the current RSS, so a peak can be taken over one phase (the upload) only. A sampler
// also records the highest VmRSS it sees, as a cross-check and for kernels that refuse the reset.
import { readFile, writeFile } from 'node:fs/promises';

export interface Memory {
  readonly rssKiB: number;
  readonly hwmKiB: number;
}

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([0-9]+) kB$`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`no ${name} in /proc status`);
  return Number(match[1]);
}

export async function readMemory(pid: number): Promise<Memory> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  return { rssKiB: field(status, 'VmRSS'), hwmKiB: field(status, 'VmHWM') };
}

/** Resets VmHWM to the current RSS. Returns false when the kernel does not allow it. */
export async function resetPeak(pid: number): Promise<boolean> {
  try {
    await writeFile(`/proc/${String(pid)}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface PeakWatch {
  /** Stops sampling; returns the highest VmRSS sampled and the kernel's VmHWM at the end. */
  stop(): Promise<{ sampledMaxKiB: number; hwmKiB: number; samples: number }>;
}

export function watchPeak(pid: number, intervalMs = 20): PeakWatch {
  let max = 0;
  let samples = 0;
  let pending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    pending = readMemory(pid).then(
      (memory) => {
        samples += 1;
        max = Math.max(max, memory.rssKiB);
      },
      () => undefined,
    );
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await pending;
      const end = await readMemory(pid);
      return { sampledMaxKiB: Math.max(max, end.rssKiB), hwmKiB: end.hwmKiB, samples };
    },
  };
}

export interface MeasuredRun<T> {
  readonly result: T;
  readonly beforeKiB: number;
  /** The peak during `run`: VmHWM (reset just before) or, if the reset was refused, the sampled maximum. */
  readonly peakKiB: number;
  readonly peakReset: boolean;
}

/** Runs `run` while watching the memory of process `pid`. */
export async function measurePeak<T>(pid: number, run: () => Promise<T>): Promise<MeasuredRun<T>> {
  const before = await readMemory(pid);
  const peakReset = await resetPeak(pid);
  const watch = watchPeak(pid);
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await watch.stop();
    throw error;
  }
  const peak = await watch.stop();
  return { result, beforeKiB: before.rssKiB, peakKiB: peakReset ? Math.max(peak.hwmKiB, peak.sampledMaxKiB) : peak.sampledMaxKiB, peakReset };
}

export const mib = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`;
