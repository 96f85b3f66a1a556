// PGlite is a single-process database: two processes opening the same data folder (a second
// server, or `npm run migrate` while the server runs) would corrupt it. This lock file makes
// the second one fail at start-up instead.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

export interface DataDirLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    try {
      writeSync(fd, `${String(process.pid)}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock or throws DataDirLockedError. A lock left by a process that no longer runs
 * (a crash, or a container restart where our own pid is reused) is taken over.
 */
export function lockDataDir(lockPath: string): DataDirLock {
  if (!tryCreate(lockPath)) {
    const holder = readHolder(lockPath);
    if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
      throw new DataDirLockedError(`the database folder is in use by process ${String(holder)} (lock file ${lockPath}); stop it first`);
    }
    unlinkSync(lockPath);
    // A second failure means another process took the stale lock at the same moment.
    if (!tryCreate(lockPath)) {
      throw new DataDirLockedError(`the database folder is in use by another process (lock file ${lockPath}); stop it first`);
    }
  }
  let released = false;
  return {
    release(): void {
      if (released) return;
      released = true;
      if (readHolder(lockPath) === process.pid) unlinkSync(lockPath);
    },
  };
}
