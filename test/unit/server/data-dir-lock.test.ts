import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../../server/db/data-dir-lock';

let folder: string;
let lockPath: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'thicket-lock-'));
  lockPath = join(folder, 'pglite.lock');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('lockDataDir', () => {
  it('writes our pid and removes the file on release', () => {
    const lock = lockDataDir(lockPath);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('refuses a folder locked by a running process', () => {
    // Our parent process is certainly running and is not us.
    writeFileSync(lockPath, `${String(process.ppid)}\n`);
    expect(() => lockDataDir(lockPath)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(lockPath)).toThrow(`in use by process ${String(process.ppid)}`);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that has exited', () => {
    writeFileSync(lockPath, `${String(deadPid())}\n`);
    const lock = lockDataDir(lockPath);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('takes over a lock holding our own pid (a restarted container reuses pid 1)', () => {
    writeFileSync(lockPath, `${String(process.pid)}\n`);
    const lock = lockDataDir(lockPath);
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('takes over a lock file with garbage in it', () => {
    writeFileSync(lockPath, 'not a pid');
    lockDataDir(lockPath).release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('does not delete a lock that another process has since taken', () => {
    const lock = lockDataDir(lockPath);
    writeFileSync(lockPath, `${String(process.ppid)}\n`);
    lock.release();
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.ppid));
  });
});
