// The operator's tool, run exactly as `npm run admin -- <command>` would run it (same argument
// parsing, same output), in-process against the instance's database.
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { runAdmin } from '../../../server/cli/admin/run';
import type { Database } from '../../../server/db/schema';

export interface ToolRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function admin(argv: readonly string[], db?: Kysely<Database>, env: Record<string, string> = {}): Promise<ToolRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(argv, {
    env,
    output: { out: (line) => out.push(line), err: (line) => err.push(line) },
    openDatabase: async () => {
      if (db === undefined) throw new Error('this command should not need a database');
      // The instance owns the database: the tool must not close it.
      return { db, kind: 'postgres', location: 'test instance', close: async () => undefined };
    },
  });
  const result = { code, out: out.join('\n'), err: err.join('\n') };
  if (code !== 0) throw new Error(`admin ${argv[0] ?? ''} exited ${code}: ${result.err}`);
  return result;
}

function find(text: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(text);
  if (!match) throw new Error(`the tool printed no ${what}:\n${text}`);
  return match[1] ?? match[0];
}

export async function initRoot(dir: string): Promise<{ file: string; publicKey: string }> {
  const file = join(dir, 'root.key');
  const { out } = await admin(['init-root', '--out', file]);
  return { file, publicKey: find(out, /ROOT_PUBLIC_KEY=([A-Za-z0-9_-]{43})/, 'ROOT_PUBLIC_KEY line') };
}

export async function createAgency(
  db: Kysely<Database>,
  agency: { name: string; countries: readonly string[]; languages: readonly string[] },
): Promise<string> {
  const { out } = await admin(
    ['create-agency', '--name', agency.name, '--countries', agency.countries.join(','), '--languages', agency.languages.join(',')],
    db,
  );
  return find(out, /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/, 'agency id');
}

export async function invite(db: Kysely<Database>, input: { agencyId: string; role: 'admin' | 'prosecutor'; baseUrl: string }): Promise<string> {
  const { out } = await admin(['invite', '--agency', input.agencyId, '--role', input.role, '--base-url', input.baseUrl], db);
  return find(out, /(https?:\/\/\S+\/prosecutor\/#\/invite\/[A-Za-z0-9_-]{43})/, 'invite link');
}

export async function certifyAgency(
  db: Kysely<Database>,
  input: { agencyId: string; rootKeyFile: string; fingerprint: string; rootPublicKey: string },
): Promise<void> {
  await admin(
    ['certify-agency', '--agency', input.agencyId, '--root-key', input.rootKeyFile, '--fingerprint', input.fingerprint],
    db,
    { ROOT_PUBLIC_KEY: input.rootPublicKey },
  );
}
