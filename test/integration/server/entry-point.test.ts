// The real entry point (`tsx server/main.ts`) as a child process: it starts, migrates, serves,
// and shuts down cleanly on SIGTERM; and a bad setting stops it with one clear line.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';
import { freePort, startTsx } from '../../helpers/process';
import type { RunningProcess } from '../../helpers/process';

const listening = /Thicket listening on (http:\/\/127\.0\.0\.1:(\d+)) \(database: (pglite|postgres) at ([^)]+)\)\n/;

const started: RunningProcess[] = [];
const folders: string[] = [];
afterEach(() => {
  // A failed test must not leave a server running.
  for (const run of started.splice(0)) if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'thicket-main-'));
  folders.push(folder);
  return folder;
}

function start(env: Record<string, string>): RunningProcess {
  const run = startTsx('server/main.ts', env);
  started.push(run);
  return run;
}

async function expectHealthy(baseUrl: string, kind: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: { ok: true, kind } });
  expect(response.headers.get('cache-control')).toBe('no-store');
}

describe('server/main.ts', () => {
  it('starts on the embedded database, serves /api/health, and exits 0 on SIGTERM', async () => {
    const dataDir = tempFolder();
    const port = await freePort();
    const run = start({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client'), LOG_LEVEL: 'info' });

    // A new PGlite cluster (initdb) takes several seconds on slow machines.
    const [, baseUrl = '', shownPort, kind, location] = await run.waitForStdout(listening, 60_000);
    expect(shownPort).toBe(String(port));
    expect(kind).toBe('pglite');
    expect(location).toBe(`${dataDir}/pglite`);
    await expectHealthy(baseUrl, 'pglite');

    // A second server on the same data folder would corrupt it: it must refuse to start.
    const second = start({ PORT: String(await freePort()), DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client') });
    expect(await second.exited(30_000)).toBe(1);
    expect(second.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^Thicket cannot start: the database folder is in use by process \d+/)]);

    run.child.kill('SIGTERM');
    expect(await run.exited(15_000)).toBe(0);
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    expect(run.stderr()).toBe('');
  }, 120_000);

  it('exits 1 with one stderr line naming PORT when PORT is invalid', async () => {
    const run = start({ PORT: 'abc', DATA_DIR: tempFolder() });
    expect(await run.exited(30_000)).toBe(1);
    expect(run.stderr()).toBe('PORT: must be an integer 1-65535, got "abc"\n');
    expect(run.stdout()).toBe('');
  }, 60_000);

  it('exits 1 with one stderr line naming DATABASE_URL when its scheme is wrong', async () => {
    const run = start({ DATABASE_URL: 'mysql://root:hunter2@db/thicket', DATA_DIR: tempFolder() });
    expect(await run.exited(30_000)).toBe(1);
    expect(run.stderr()).toBe('DATABASE_URL: must be a postgres:// or postgresql:// URL, got scheme "mysql"\n');
  }, 60_000);
});

// Runs only when the suite runs on PostgreSQL (DATABASE_URL set): the embedded-database test
// above always runs, whatever the backend.
const postgresUrl = process.env['DATABASE_URL'];
if (postgresUrl !== undefined && postgresUrl !== '') {
  describe('server/main.ts on PostgreSQL', () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.close();
    });

    it('starts on DATABASE_URL, serves /api/health, and exits 0 on SIGTERM', async () => {
      database = await openTestDatabase();
      const url = database.url;
      if (url === undefined) throw new Error('expected a PostgreSQL test database');
      // The child migrates and uses this database; the test's own pool stays idle meanwhile.
      const port = await freePort();
      const run = start({ PORT: String(port), DATABASE_URL: url, DATA_DIR: tempFolder(), LOG_LEVEL: 'info' });
      const [, baseUrl = '', , kind, location] = await run.waitForStdout(listening, 30_000);
      expect(kind).toBe('postgres');
      expect(location).not.toContain('@');
      await expectHealthy(baseUrl, 'postgres');
      run.child.kill('SIGTERM');
      expect(await run.exited(15_000)).toBe(0);
    }, 60_000);
  });
}
