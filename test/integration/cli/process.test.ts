// The real process (`tsx server/cli/admin.ts`, what `npm run admin --` runs): help, a usage
// error, init-root on disk, a database command end to end, and the one line an operator sees
// when the server holds the embedded database.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, fromBase64Url, ready } from '../../../crypto/index';
import { openTestDatabase } from '../../helpers/database';
import { REPO_ROOT } from '../../helpers/process';
import { backend } from './fixtures';

const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'thicket-cli-process-'));
  folders.push(folder);
  return folder;
}

interface Finished {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the tool with exactly `env` (plus PATH) and waits for it to exit. */
function admin(args: readonly string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['server/cli/admin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`admin ${args.join(' ')} did not exit within ${String(timeoutMs)} ms; stdout: ${stdout}; stderr: ${stderr}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal ?? 'unknown', stdout, stderr });
    });
  });
}

describe('the admin process', () => {
  it('prints its help with exit 0, and a command help', async () => {
    const tool = await admin(['--help']);
    expect(tool).toMatchObject({ code: 0, stderr: '' });
    expect(tool.stdout).toContain('Usage: npm run admin -- <command> [options]');
    for (const name of ['init-root', 'create-agency', 'invite', 'certify-agency', 'list-agencies']) expect(tool.stdout).toContain(`  ${name}`);

    const command = await admin(['certify-agency', '--help']);
    expect(command).toMatchObject({ code: 0, stderr: '' });
    expect(command.stdout).toMatch(/^Usage: npm run admin -- certify-agency --agency ID --root-key FILE --fingerprint/);
  });

  it('exits 2 with one line on stderr for a usage error', async () => {
    const result = await admin(['invite', '--agency', 'nope', '--role', 'admin']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: --agency must be an agency id as printed by create-agency or list-agencies \(a UUID\), got "nope" \(see: npm run admin -- invite --help\)\n$/);
  });

  it('init-root writes a 0600 versioned JSON key file, prints the key and refuses to overwrite it', async () => {
    await ready();
    const folder = tempFolder();
    const file = join(folder, 'root-key.json');
    const first = await admin(['init-root', '--out', file]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const content = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(content).sort()).toEqual(['kind', 'publicKey', 'secretKey', 'version']);
    expect(content).toMatchObject({ kind: 'thicket-root-key', version: 1 });
    const publicKey = fromBase64Url(String(content['publicKey']), 32);
    const secretKey = fromBase64Url(String(content['secretKey']), 64);
    expect(secretKey.subarray(32)).toEqual(publicKey);

    expect(first.stdout).toContain(`Root public key:  ${String(content['publicKey'])}\n`);
    expect(first.stdout).toContain(`Fingerprint:      ${fingerprint(publicKey)}\n`);
    expect(first.stdout).toMatch(new RegExp(`^ROOT_PUBLIC_KEY=${String(content['publicKey'])}$`, 'm'));
    // The secret key is never printed.
    expect(first.stdout).not.toContain(String(content['secretKey']));

    const again = await admin(['init-root', '--out', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: .*root-key\.json already exists: refusing to overwrite a root key \(use --force only if/);
    expect(again.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(content)}\n`);
    // No temporary file is left behind.
    expect(readdirSync(folder)).toEqual(['root-key.json']);

    const forced = await admin(['init-root', '--out', file, '--force']);
    expect(forced.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const replaced = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(replaced['publicKey']).not.toBe(content['publicKey']);
    expect(readdirSync(folder)).toEqual(['root-key.json']);
  });

  it('init-root says plainly when the folder does not exist', async () => {
    const result = await admin(['init-root', '--out', join(tempFolder(), 'missing', 'root.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot write .*missing\/root\.json: no such file or folder\n$/);
  });

  it(`creates and lists an agency on the configured database (${backend})`, async () => {
    // PostgreSQL: a fresh test database by URL. PGlite: a new data folder (first open takes seconds).
    const database = backend === 'postgres' ? await openTestDatabase() : undefined;
    try {
      const env = database?.url !== undefined ? { DATABASE_URL: database.url } : { DATA_DIR: join(tempFolder(), 'data') };
      const created = await admin(['create-agency', '--name', 'Process Wildlife Unit', '--countries', 'KE,UG', '--languages', 'en,sw'], env, 120_000);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const agencyId = /^Agency id: ([0-9a-f-]{36})$/m.exec(created.stdout)?.[1];
      expect(agencyId).toBeDefined();

      const listed = await admin(['list-agencies'], env, 120_000);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`^${String(agencyId)}\\s+Process Wildlife Unit\\s+KE,UG\\s+en,sw\\s+awaiting admin\\s+0\\s+0$`, 'm'));
    } finally {
      await database?.close();
    }
  }, 240_000);

  it('says in one line to stop the server when the embedded database is in use', async () => {
    const dataDir = join(tempFolder(), 'data');
    mkdirSync(dataDir, { recursive: true });
    // The lock a running server holds: this test process is alive, and is not the tool.
    writeFileSync(join(dataDir, 'pglite.lock'), `${String(process.pid)}\n`);
    const result = await admin(['list-agencies'], { DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(`^error: the database folder is in use by process ${String(process.pid)} \\(lock file .*pglite\\.lock\\): stop the server or use DATABASE_URL\\n$`),
    );
    // The lock is left to its holder.
    expect(readFileSync(join(dataDir, 'pglite.lock'), 'utf8')).toBe(`${String(process.pid)}\n`);
  });

  it('stops with the configuration error in one line, before touching any database', async () => {
    const result = await admin(['list-agencies'], { DATABASE_URL: 'mysql://somewhere/db' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: DATABASE_URL: must be a postgres:// or postgresql:// URL, got scheme "mysql"\n');
  });
});
