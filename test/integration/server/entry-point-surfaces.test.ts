// The real entry point with PROSECUTOR_PORT: two listeners on one embedded database, each serving
// only its own surface; SIGTERM closes both and exits 0; a listener that cannot start stops the
// whole process with one line.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTES } from '../../../api/index';
import { freePort, startTsx } from '../../helpers/process';
import type { RunningProcess } from '../../helpers/process';

const listening = /Thicket listening on (http:\/\/127\.0\.0\.1:(\d+)) \(whistleblower surface\) and (http:\/\/127\.0\.0\.1:(\d+)) \(prosecutor surface\) \(database: pglite at [^)]+\)\n/;

const started: RunningProcess[] = [];
const folders: string[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const run of started.splice(0)) if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});

function start(env: Record<string, string>): RunningProcess {
  const dataDir = mkdtempSync(join(tmpdir(), 'thicket-main-'));
  folders.push(dataDir);
  const run = startTsx('server/main.ts', { HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'no-client'), LOG_LEVEL: 'info', ...env });
  started.push(run);
  return run;
}

async function status(url: string, init?: RequestInit): Promise<number> {
  return (await fetch(url, init)).status;
}

const postJson = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };

describe('server/main.ts with PROSECUTOR_PORT', () => {
  it('serves the whistleblower surface on PORT and the prosecutor surface on PROSECUTOR_PORT, and closes both on SIGTERM', async () => {
    const port = await freePort();
    const prosecutorPort = await freePort();
    const run = start({ PORT: String(port), PROSECUTOR_PORT: String(prosecutorPort) });
    const [, publicUrl = '', shownPort, staffUrl = '', shownProsecutorPort] = await run.waitForStdout(listening, 60_000);
    expect([shownPort, shownProsecutorPort]).toEqual([String(port), String(prosecutorPort)]);

    for (const base of [publicUrl, staffUrl]) expect(await status(`${base}${ROUTES.health.url}`), base).toBe(200);
    expect(await status(`${publicUrl}${ROUTES.directory.url}`)).toBe(200);
    expect(await status(`${staffUrl}${ROUTES.directory.url}`)).toBe(404);
    // Sign-in parameters: the route answers (400 for an empty body) on the staff side only.
    expect(await status(`${staffUrl}${ROUTES.authParams.url}`, postJson)).toBe(400);
    expect(await status(`${publicUrl}${ROUTES.authParams.url}`, postJson)).toBe(404);
    expect(await status(`${publicUrl}${ROUTES.createCase.url}`, postJson)).toBe(400);
    expect(await status(`${staffUrl}${ROUTES.createCase.url}`, postJson)).toBe(404);

    run.child.kill('SIGTERM');
    expect(await run.exited(15_000)).toBe(0);
    expect(run.stderr()).toBe('');
    await expect(fetch(`${staffUrl}${ROUTES.health.url}`)).rejects.toThrow();
    await expect(fetch(`${publicUrl}${ROUTES.health.url}`)).rejects.toThrow();
  }, 120_000);

  it('stops with one line when the prosecutor port is taken', async () => {
    const blocker = createServer();
    servers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (typeof address !== 'object' || address === null) throw new Error('no port');
    const run = start({ PORT: String(await freePort()), PROSECUTOR_PORT: String(address.port) });
    expect(await run.exited(60_000)).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^Thicket cannot start: .*EADDRINUSE/)]);
  }, 120_000);

  it('refuses PROSECUTOR_PORT equal to PORT with one line', async () => {
    const run = start({ PORT: '8080', PROSECUTOR_PORT: '8080' });
    expect(await run.exited(30_000)).toBe(1);
    expect(run.stderr()).toBe('PROSECUTOR_PORT: must differ from PORT (both are 8080); unset it to serve everything on one port\n');
  }, 60_000);
});
