// The tool's command line, in-process (runAdmin with the test database): help, exit codes,
// one-line errors, and the whole operator flow driven through argv.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, ready } from '../../../crypto/index';
import { COMMANDS } from '../../../server/cli/admin/commands';
import { runAdmin } from '../../../server/cli/admin/run';
import type { DatabaseHandle } from '../../../server/db/create-database';
import { getAgency } from '../../../server/repositories/agencies';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';
import { backend, insertMember, recordOutput } from './fixtures';
import type { RecordedOutput } from './fixtures';

let database: TestDatabase;
let folder: string;
let opened = 0;
beforeAll(async () => {
  await ready();
  database = await openTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'thicket-cli-runner-'));
});
afterAll(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; output: RecordedOutput }> {
  const output = recordOutput();
  const code = await runAdmin(argv, {
    env,
    output,
    // The test database stays open for the next test: closing the tool's handle is a no-op.
    openDatabase: (): Promise<DatabaseHandle> => {
      opened += 1;
      return Promise.resolve({ ...database, close: () => Promise.resolve() });
    },
  });
  return { code, output };
}

function expectOneErrorLine(output: RecordedOutput, pattern: RegExp): void {
  expect(output.stderr()).toMatch(pattern);
  expect(output.stderr().trimEnd().split('\n')).toHaveLength(1);
  expect(output.stderr()).toMatch(/^error: /);
  expect(output.stdout()).toBe('');
}

describe('help', () => {
  it('prints the tool help on --help, -h and help, listing every command, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const { code, output } = await run(argv);
      expect(code).toBe(0);
      for (const command of COMMANDS) expect(output.stdout()).toContain(`  ${command.name}`);
      expect(output.stdout()).toContain('Usage: npm run admin -- <command> [options]');
      expect(output.stderr()).toBe('');
    }
  });

  it('prints the tool help on stderr with exit 2 when no command is given', async () => {
    const { code, output } = await run([]);
    expect(code).toBe(2);
    expect(output.stderr()).toContain('Usage: npm run admin -- <command> [options]');
    expect(output.stdout()).toBe('');
  });

  it.each(COMMANDS.map((command) => command.name))('prints the help of %s on --help and help <command>, without opening the database', async (name) => {
    const before = opened;
    for (const argv of [[name, '--help'], ['help', name], [name, '--bogus', '--help']]) {
      const { code, output } = await run(argv);
      expect(code).toBe(0);
      expect(output.stdout()).toMatch(new RegExp(`^Usage: npm run admin -- ${name}`));
      expect(output.stdout()).toContain('--help');
    }
    expect(opened).toBe(before);
  });
});

describe('usage errors: exit 2, one line, nothing opened', () => {
  it.each([
    [['frobnicate'], /^error: unknown command "frobnicate"; the commands are init-root, create-agency, invite, certify-agency, list-agencies/],
    [['help', 'frobnicate'], /^error: unknown command "frobnicate"/],
    [['list-agencies', '--verbose'], /^error: Unknown option '--verbose' \(see: npm run admin -- list-agencies --help\)/],
    [['list-agencies', 'extra'], /^error: unexpected argument "extra": every value follows its --option/],
    [['create-agency', '--name', 'Unit', '--countries', 'KE'], /^error: --languages is required/],
    [['create-agency', '--name', '--countries', 'KE', '--languages', 'en'], /^error: --name needs a value/],
    [['create-agency', '--name', 'Unit', '--countries', 'KE,,TZ', '--languages', 'en'], /^error: --countries must be a comma-separated list without empty items/],
    [['invite', '--agency', '00000000-0000-4000-8000-000000000000', '--role', 'admin', '--role', 'prosecutor'], /^error: --role is given more than once/],
    [['invite', '--agency', '00000000-0000-4000-8000-000000000000', '--role', 'admin', '--days', 'ten'], /^error: --days must be a whole number from 1 to 30, got "ten"/],
    [['certify-agency', '--agency', '00000000-0000-4000-8000-000000000000', '--root-key', 'x'], /^error: --fingerprint is required/],
    [['init-root'], /^error: --out is required/],
    [['init-root', '--out', 'x', '--force=yes'], /^error: Option '--force' does not take an argument/],
  ])('%j', async (argv, pattern) => {
    const before = opened;
    const { code, output } = await run(argv);
    expect(code).toBe(2);
    expectOneErrorLine(output, pattern);
    expect(opened).toBe(before);
  });
});

describe(`the operator's flow through the command line (${backend})`, () => {
  it('init-root, create-agency, invite, certify-agency and list-agencies, as an operator types them', async () => {
    const rootFile = join(folder, 'root.json');
    const init = await run(['init-root', '--out', rootFile]);
    expect(init.code).toBe(0);
    const rootPublicKey = /^ROOT_PUBLIC_KEY=([A-Za-z0-9_-]{43})$/m.exec(init.output.stdout())?.[1] ?? '';
    expect(rootPublicKey).not.toBe('');
    const env = { ROOT_PUBLIC_KEY: rootPublicKey };

    const created = await run(['create-agency', '--name', 'Flow Wildlife Unit', '--countries', 'KE, TZ', '--languages', 'en,sw'], env);
    expect(created.code).toBe(0);
    const agencyId = /^Agency id: ([0-9a-f-]{36})$/m.exec(created.output.stdout())?.[1] ?? '';
    expect((await getAgency(database.db, agencyId))?.countries).toEqual(['KE', 'TZ']);

    const duplicate = await run(['create-agency', '--name', 'Flow Wildlife Unit', '--countries', 'KE', '--languages', 'en'], env);
    expect(duplicate.code).toBe(1);
    expectOneErrorLine(duplicate.output, /already exists/);

    const invited = await run(['invite', '--agency', agencyId, '--role', 'admin', '--days', '2', '--base-url', 'https://tips.example.org'], env);
    expect(invited.code).toBe(0);
    expect(invited.output.stdout()).toMatch(/^ {2}https:\/\/tips\.example\.org\/prosecutor\/#\/invite\/[A-Za-z0-9_-]{43}$/m);

    const early = await run(['certify-agency', '--agency', agencyId, '--root-key', rootFile, '--fingerprint', '0'.repeat(40)], env);
    expect(early.code).toBe(1);
    expectOneErrorLine(early.output, /has no admin waiting for certification/);

    // The admin enrolls in the browser (the routes' job); here the row enrollment leaves.
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const listedWaiting = await run(['list-agencies'], env);
    expect(listedWaiting.output.stdout()).toMatch(new RegExp(`^${agencyId}\\s+Flow Wildlife Unit\\s+KE,TZ\\s+en,sw\\s+awaiting certification\\s+0\\s+1$`, 'm'));

    const wrong = await run(['certify-agency', '--agency', agencyId, '--root-key', rootFile, '--fingerprint', 'ABCD '.repeat(10)], env);
    expect(wrong.code).toBe(1);
    expectOneErrorLine(wrong.output, /^error: fingerprint mismatch: .*Nothing was certified\./);

    const spoken = fingerprint(admin.keys.signing.publicKey, admin.keys.box.publicKey);
    const certified = await run(['certify-agency', '--agency', agencyId, '--root-key', rootFile, '--fingerprint', spoken], env);
    expect(certified.code).toBe(0);
    expect(certified.output.stderr()).toBe('');
    expect(certified.output.stdout()).toContain('Certified "Flow Wildlife Unit"');

    const listedActive = await run(['list-agencies'], env);
    expect(listedActive.code).toBe(0);
    expect(listedActive.output.stdout()).toMatch(new RegExp(`^${agencyId}\\s+Flow Wildlife Unit\\s+KE,TZ\\s+en,sw\\s+active\\s+0\\s+0$`, 'm'));

    const again = await run(['invite', '--agency', agencyId, '--role', 'admin'], env);
    expect(again.code).toBe(1);
    expectOneErrorLine(again.output, /already has an admin/);
  });

  it('refuses a root key file that does not match ROOT_PUBLIC_KEY, in one line with exit 1', async () => {
    const rootFile = join(folder, 'root-a.json');
    const otherFile = join(folder, 'root-b.json');
    await run(['init-root', '--out', rootFile]);
    const other = await run(['init-root', '--out', otherFile]);
    const otherKey = /^ROOT_PUBLIC_KEY=(\S+)$/m.exec(other.output.stdout())?.[1] ?? '';
    const created = await run(['create-agency', '--name', 'Wrong Root Unit', '--countries', 'KE', '--languages', 'en']);
    const agencyId = /^Agency id: (\S+)$/m.exec(created.output.stdout())?.[1] ?? '';
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const result = await run(
      ['certify-agency', '--agency', agencyId, '--root-key', rootFile, '--fingerprint', fingerprint(admin.keys.signing.publicKey, admin.keys.box.publicKey)],
      { ROOT_PUBLIC_KEY: otherKey },
    );
    expect(result.code).toBe(1);
    expectOneErrorLine(result.output, /is not this instance's root key: its public key differs from ROOT_PUBLIC_KEY\. Nothing was certified\./);
    expect((await getAgency(database.db, agencyId))?.certificate).toBeNull();
  });

  it('refuses a malformed ROOT_PUBLIC_KEY as the server does, before opening the database', async () => {
    const before = opened;
    const { code, output } = await run(
      ['certify-agency', '--agency', '00000000-0000-4000-8000-000000000000', '--root-key', join(folder, 'root.json'), '--fingerprint', '0'.repeat(40)],
      { ROOT_PUBLIC_KEY: 'not-a-key' },
    );
    expect(code).toBe(1);
    expectOneErrorLine(output, /^error: ROOT_PUBLIC_KEY: must be the root public key printed by `npm run admin -- init-root`/);
    expect(opened).toBe(before);
  });

  it('turns an unexpected failure into one line with exit 1, never a stack trace', async () => {
    const output = recordOutput();
    const code = await runAdmin(['list-agencies'], {
      env: {},
      output,
      openDatabase: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect')),
    });
    expect(code).toBe(1);
    expect(output.stderr()).toBe('error: connect ECONNREFUSED 127.0.0.1:5432 at TCPConnectWrap.afterConnect\n');
  });
});
