// Test fixtures for the operator's tool: members inserted as enrollment would leave them (real
// keys from crypto/, placeholder wrapped keys and login hashes the tool never reads), and an
// Output that records what a command printed.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateProsecutorKeys, readySumo } from '../../../crypto/prosecutor-keys';
import type { ProsecutorKeys } from '../../../crypto/prosecutor-keys';
import type { Database, MemberRole, MemberState } from '../../../server/db/schema';
import type { Output } from '../../../server/cli/admin/output';

export interface TestMember {
  readonly memberId: string;
  readonly username: string;
  readonly keys: ProsecutorKeys;
}

export async function insertMember(
  db: Kysely<Database>,
  member: { agencyId: string; role: MemberRole; state: MemberState; username?: string; enrolledOn?: string },
): Promise<TestMember> {
  await readySumo();
  const keys = generateProsecutorKeys();
  const memberId = randomUUID();
  const username = member.username ?? `user-${randomBytes(4).toString('hex')}`;
  await db
    .insertInto('members')
    .values({
      id: memberId,
      agency_id: member.agencyId,
      role: member.role,
      state: member.state,
      username,
      display_name: `Display ${username}`,
      signing_public_key: keys.signing.publicKey,
      box_public_key: keys.box.publicKey,
      wrapped_keys: '{"placeholder":true}',
      recovery_wrapped_keys: '{"placeholder":true}',
      login_hash: new Uint8Array(randomBytes(32)),
      recovery_login_hash: new Uint8Array(randomBytes(32)),
      ...(member.enrolledOn === undefined ? {} : { enrolled_on: member.enrolledOn }),
    })
    .execute();
  return { memberId, username, keys };
}

export interface RecordedOutput extends Output {
  stdout(): string;
  stderr(): string;
}

export function recordOutput(): RecordedOutput {
  let out = '';
  let err = '';
  return {
    out: (line: string) => {
      out += `${line}\n`;
    },
    err: (line: string) => {
      err += `${line}\n`;
    },
    stdout: () => out,
    stderr: () => err,
  };
}

export const backend = process.env['DATABASE_URL'] ? 'postgres' : 'pglite';
