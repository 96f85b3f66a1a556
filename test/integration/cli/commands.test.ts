// The operator's tool, command by command, in-process on a real test database (PGlite, or
// PostgreSQL with DATABASE_URL): what each command stores, prints and refuses.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryAgency } from '../../../api/index';
import { verifyAgency } from '../../../client/shared/trust';
import {
  decodeCertificate,
  encodeCertificate,
  fingerprint,
  ready,
  signCertificate,
  toBase64Url,
  verifyCertificate,
} from '../../../crypto/index';
import { hashToken } from '../../../server/auth/tokens';
import { certifyAgency } from '../../../server/cli/admin/certify-agency';
import { createAgency } from '../../../server/cli/admin/create-agency';
import { CommandError, UsageError } from '../../../server/cli/admin/errors';
import { initRoot } from '../../../server/cli/admin/init-root';
import type { InitRootResult } from '../../../server/cli/admin/init-root';
import { invite } from '../../../server/cli/admin/invite';
import { listAgencies } from '../../../server/cli/admin/list-agencies';
import { getAgency } from '../../../server/repositories/agencies';
import { listAuditEvents } from '../../../server/repositories/audit-events';
import { findInviteByTokenHash, inviteStatus, markInviteUsed } from '../../../server/repositories/invites';
import { openTestDatabase } from '../../helpers/database';
import type { TestDatabase } from '../../helpers/database';
import { backend, insertMember, recordOutput } from './fixtures';
import type { TestMember } from './fixtures';

let database: TestDatabase;
let folder: string;
let root: InitRootResult;
const NOW = new Date('2026-11-20T09:30:00.000Z');
const clock = (): Date => NOW;

beforeAll(async () => {
  await ready();
  database = await openTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'thicket-cli-'));
  root = await initRoot({ out: join(folder, 'root.json') }, recordOutput());
});
afterAll(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

let counter = 0;
async function agency(name?: string): Promise<string> {
  counter += 1;
  const result = await createAgency(
    { db: database.db, clock },
    { name: name ?? `Agency ${String(counter)} ${toBase64Url(crypto.getRandomValues(new Uint8Array(4)))}`, countries: ['KE'], languages: ['en'] },
    recordOutput(),
  );
  return result.agencyId;
}

function fingerprintOf(member: TestMember): string {
  return fingerprint(member.keys.signing.publicKey, member.keys.box.publicKey);
}

async function memberRow(memberId: string): Promise<{ state: string; certificate: string | null } | undefined> {
  return database.db.selectFrom('members').select(['state', 'certificate']).where('id', '=', memberId).executeTakeFirst();
}

describe(`create-agency (${backend})`, () => {
  it('stores the agency with normalised countries and languages, prints its id and audits it', async () => {
    const output = recordOutput();
    const result = await createAgency(
      { db: database.db, clock },
      { name: '  Lake Region Wildlife Unit ', countries: ['ke', 'UG', 'KE'], languages: ['EN', 'sw', 'pt-br'] },
      output,
    );
    expect(result.agencyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await getAgency(database.db, result.agencyId)).toMatchObject({
      name: 'Lake Region Wildlife Unit',
      countries: ['KE', 'UG'],
      languages: ['en', 'sw', 'pt-BR'],
      certificate: null,
      signing_public_key: null,
    });
    expect(output.stdout()).toContain(`Agency id: ${result.agencyId}`);
    expect(output.stdout()).toContain(`invite --agency ${result.agencyId} --role admin`);
    const events = await listAuditEvents(database.db, { limit: 50 });
    expect(events).toContainEqual(expect.objectContaining({ actorKind: 'operator', action: 'agency.created', subject: result.agencyId, day: '2026-11-20' }));
  });

  it('refuses a name that is taken, plainly', async () => {
    const name = `Twin Unit ${String(Date.now())}`;
    await agency(name);
    const attempt = createAgency({ db: database.db }, { name, countries: ['TZ'], languages: ['sw'] }, recordOutput());
    await expect(attempt).rejects.toBeInstanceOf(CommandError);
    await expect(attempt).rejects.toThrow(/already exists/);
  });

  it.each([
    [{ name: '', countries: ['KE'], languages: ['en'] }, /--name must not be empty/],
    [{ name: 'x'.repeat(201), countries: ['KE'], languages: ['en'] }, /at most 200/],
    [{ name: 'Evil\u001b[2JUnit', countries: ['KE'], languages: ['en'] }, /control/],
    [{ name: 'Mirror \u202eUnit', countries: ['KE'], languages: ['en'] }, /text-direction/],
    [{ name: 'Unit', countries: [], languages: ['en'] }, /at least one/],
    [{ name: 'Unit', countries: ['EU'], languages: ['en'] }, /"EU" is not an ISO 3166-1 alpha-2/],
    [{ name: 'Unit', countries: ['KEN'], languages: ['en'] }, /not an ISO 3166-1/],
    [{ name: 'Unit', countries: ['UK'], languages: ['en'] }, /GB for the United Kingdom/],
    [{ name: 'Unit', countries: ['KE'], languages: [] }, /at least one language/],
    [{ name: 'Unit', countries: ['KE'], languages: ['xx'] }, /"xx" is not a language tag/],
    [{ name: 'Unit', countries: ['KE'], languages: ['und'] }, /not a language tag/],
    [{ name: 'Unit', countries: ['KE'], languages: ['en_US'] }, /not a language tag/],
    [{ name: 'Unit', countries: ['KE'], languages: ['i-klingon'] }, /not a language tag/],
  ])('refuses %j with a usage error, storing nothing', async (args, message) => {
    const before = (await listAgencies({ db: database.db }, {}, recordOutput())).length;
    await expect(createAgency({ db: database.db }, args, recordOutput())).rejects.toSatisfy(
      (error: unknown) => error instanceof UsageError && message.test(error.message),
    );
    expect((await listAgencies({ db: database.db }, {}, recordOutput())).length).toBe(before);
  });
});

describe(`invite (${backend})`, () => {
  it('prints a one-time link whose token is stored only as its hash, expiring after 7 days by default', async () => {
    const agencyId = await agency();
    const output = recordOutput();
    const result = await invite({ db: database.db, clock }, { agencyId, role: 'prosecutor' }, output);

    const match = /^http:\/\/127\.0\.0\.1:8080\/prosecutor\/#\/invite\/([A-Za-z0-9_-]{43})$/.exec(result.link);
    expect(match).not.toBeNull();
    const token = match?.[1] ?? '';
    expect(output.stdout()).toContain(`  ${result.link}\n`);
    expect(output.stdout()).toContain('valid for 7 days, until 2026-11-27 09:30 UTC');
    expect(result.expiresAt.toISOString()).toBe('2026-11-27T09:30:00.000Z');

    const row = await findInviteByTokenHash(database.db, hashToken(token));
    expect(row).toMatchObject({ id: result.inviteId, agency_id: agencyId, role: 'prosecutor', used_on: null });
    const rows = await database.db.selectFrom('invites').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    // The expiry semantics the enrollment route relies on.
    if (row === undefined) throw new Error('invite not stored');
    expect(inviteStatus(row, new Date('2026-11-27T09:29:59.999Z'))).toBe('usable');
    expect(inviteStatus(row, new Date('2026-11-27T09:30:00.000Z'))).toBe('expired');
    expect(await markInviteUsed(database.db, row.id, '2026-11-21')).toBe(true);
    expect(await markInviteUsed(database.db, row.id, '2026-11-21')).toBe(false);
    const used = await findInviteByTokenHash(database.db, hashToken(token));
    expect(used && inviteStatus(used, new Date('2026-11-21T00:00:00.000Z'))).toBe('used');
  });

  it('makes a different token every time', async () => {
    const agencyId = await agency();
    const links = new Set<string>();
    for (let i = 0; i < 5; i += 1) links.add((await invite({ db: database.db }, { agencyId, role: 'prosecutor' }, recordOutput())).link);
    expect(links.size).toBe(5);
  });

  it('takes --days and --base-url', async () => {
    const agencyId = await agency();
    const output = recordOutput();
    const result = await invite(
      { db: database.db, clock },
      { agencyId, role: 'admin', days: '30', baseUrl: 'http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/' },
      output,
    );
    expect(result.link).toMatch(/^http:\/\/abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv\.onion\/prosecutor\/#\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(result.expiresAt.toISOString()).toBe('2026-12-20T09:30:00.000Z');
    expect(output.stdout()).toContain('certify-agency --agency');
  });

  it.each([
    [{ days: '0' }, /--days must be a whole number from 1 to 30/],
    [{ days: '31' }, /from 1 to 30/],
    [{ days: '1.5' }, /whole number/],
    [{ days: '-3' }, /whole number/],
    [{ days: '7days' }, /whole number/],
    [{ role: 'operator' }, /--role must be admin or prosecutor/],
    [{ agencyId: 'not-a-uuid' }, /--agency must be an agency id/],
    [{ baseUrl: 'ftp://example.org' }, /http:\/\/ or https:\/\//],
    [{ baseUrl: 'https://user:pw@example.org' }, /user name or password/],
    [{ baseUrl: 'https://example.org/?x=1' }, /query/],
    [{ baseUrl: 'not a url' }, /--base-url must be a URL/],
  ])('refuses %j with a usage error, storing nothing', async (override, message) => {
    const agencyId = await agency();
    const count = async (): Promise<number> => (await database.db.selectFrom('invites').select('id').execute()).length;
    const before = await count();
    await expect(invite({ db: database.db }, { agencyId, role: 'prosecutor', ...override }, recordOutput())).rejects.toSatisfy(
      (error: unknown) => error instanceof UsageError && message.test(error.message),
    );
    expect(await count()).toBe(before);
  });

  it('refuses an unknown agency', async () => {
    await expect(invite({ db: database.db }, { agencyId: crypto.randomUUID(), role: 'admin' }, recordOutput())).rejects.toSatisfy(
      (error: unknown) => error instanceof CommandError && /no agency has the id/.test(error.message),
    );
  });

  it('allows one admin per agency: refused while an admin is pending or active, allowed again after a rejection', async () => {
    const pendingAgency = await agency();
    await insertMember(database.db, { agencyId: pendingAgency, role: 'admin', state: 'pending' });
    await expect(invite({ db: database.db }, { agencyId: pendingAgency, role: 'admin' }, recordOutput())).rejects.toSatisfy(
      (error: unknown) => error instanceof CommandError && /already has an admin/.test(error.message),
    );
    // Prosecutor invites are not affected.
    await expect(invite({ db: database.db }, { agencyId: pendingAgency, role: 'prosecutor' }, recordOutput())).resolves.toMatchObject({ role: 'prosecutor' });

    const activeAgency = await agency();
    await insertMember(database.db, { agencyId: activeAgency, role: 'admin', state: 'active' });
    await expect(invite({ db: database.db }, { agencyId: activeAgency, role: 'admin' }, recordOutput())).rejects.toBeInstanceOf(CommandError);

    const rejectedAgency = await agency();
    await insertMember(database.db, { agencyId: rejectedAgency, role: 'admin', state: 'rejected' });
    await expect(invite({ db: database.db }, { agencyId: rejectedAgency, role: 'admin' }, recordOutput())).resolves.toMatchObject({ role: 'admin' });
  });
});

describe(`certify-agency (${backend})`, () => {
  it('signs the agency certificate with the root key, stores it, activates the admin and audits it, in one go', async () => {
    const agencyId = await agency('Certified Wildlife Unit');
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const prosecutor = await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    const output = recordOutput();
    // As read out on the phone: lower case, odd spacing.
    const spoken = fingerprintOf(admin).toLowerCase().replace(/ /g, '  ');
    const result = await certifyAgency(
      { db: database.db, clock, rootPublicKey: root.publicKey },
      { agencyId, rootKeyFile: root.file, fingerprint: spoken },
      output,
    );

    const certificate = decodeCertificate(result.certificate);
    expect(certificate).toMatchObject({ kind: 'agency', subjectId: agencyId, issuedAt: '2026-11-20' });
    expect(certificate.signingPublicKey).toEqual(admin.keys.signing.publicKey);
    expect(certificate.boxPublicKey).toBeUndefined();
    expect(toBase64Url(certificate.issuerPublicKey)).toBe(root.publicKey);
    expect(() => verifyCertificate(certificate, certificate.issuerPublicKey)).not.toThrow();

    const stored = await getAgency(database.db, agencyId);
    expect(stored?.certificate).toBe(result.certificate);
    expect(stored?.signing_public_key).toEqual(admin.keys.signing.publicKey);
    expect(await memberRow(admin.memberId)).toEqual({ state: 'active', certificate: result.certificate });
    expect(await memberRow(prosecutor.memberId)).toEqual({ state: 'pending', certificate: null });
    expect(result.adminMemberId).toBe(admin.memberId);

    const events = await listAuditEvents(database.db, { limit: 100 });
    expect(events).toContainEqual(expect.objectContaining({ actorKind: 'operator', actorId: null, action: 'agency.certified', subject: agencyId, day: '2026-11-20' }));
    expect(output.stdout()).toContain('Certified "Certified Wildlife Unit" on 2026-11-20.');
    expect(output.stdout()).toContain(fingerprintOf(admin));
    expect(output.stderr()).toBe('');
  });

  it("produces what the whistleblower's browser trusts: root → agency → a prosecutor the admin approved", async () => {
    const agencyId = await agency('Chain Check Unit');
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const prosecutor = await insertMember(database.db, { agencyId, role: 'prosecutor', state: 'pending' });
    const { certificate } = await certifyAgency(
      { db: database.db, clock, rootPublicKey: root.publicKey },
      { agencyId, rootKeyFile: root.file, fingerprint: fingerprintOf(admin) },
      recordOutput(),
    );
    // What the admin's browser does at approval (decision 4).
    const prosecutorCertificate = encodeCertificate(
      signCertificate(
        {
          kind: 'prosecutor',
          subjectId: prosecutor.memberId,
          signingPublicKey: prosecutor.keys.signing.publicKey,
          boxPublicKey: prosecutor.keys.box.publicKey,
          issuedAt: '2026-11-20',
        },
        admin.keys.signing.secretKey,
      ),
    );
    const directoryAgency: DirectoryAgency = {
      agencyId,
      name: 'Chain Check Unit',
      countries: ['KE'],
      languages: ['en'],
      certificate,
      prosecutors: [{ memberId: prosecutor.memberId, certificate: prosecutorCertificate }],
    };
    const trusted = verifyAgency(directoryAgency, root.publicKey);
    expect(trusted.prosecutors[0]?.boxPublicKey).toEqual(prosecutor.keys.box.publicKey);
    // And the same certificate under another root is refused.
    const otherRoot = await initRoot({ out: join(folder, `other-${String(Date.now())}.json`) }, recordOutput());
    expect(() => verifyAgency(directoryAgency, otherRoot.publicKey)).toThrow(/not signed by this tip line's published root key/);
  });

  it('refuses a fingerprint that does not match, says so plainly, and changes nothing', async () => {
    const agencyId = await agency('Mismatch Unit');
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const impostor = await insertMember(database.db, { agencyId: await agency(), role: 'admin', state: 'pending' });
    const auditBefore = (await listAuditEvents(database.db, { limit: 1000 })).length;

    // One digit off.
    const right = fingerprintOf(admin);
    const last = right.slice(-1);
    const oneOff = `${right.slice(0, -1)}${last === '0' ? '1' : '0'}`;
    for (const given of [oneOff, fingerprintOf(impostor)]) {
      const output = recordOutput();
      const attempt = certifyAgency({ db: database.db, rootPublicKey: root.publicKey }, { agencyId, rootKeyFile: root.file, fingerprint: given }, output);
      await expect(attempt).rejects.toSatisfy(
        (error: unknown) =>
          error instanceof CommandError && /^fingerprint mismatch: .*Nothing was certified\./.test(error.message) && !error.message.includes(right),
      );
    }
    expect(await getAgency(database.db, agencyId)).toMatchObject({ certificate: null, signing_public_key: null });
    expect(await memberRow(admin.memberId)).toEqual({ state: 'pending', certificate: null });
    expect((await listAuditEvents(database.db, { limit: 1000 })).length).toBe(auditBefore);
  });

  it.each([
    ['too few digits', (fp: string) => fp.slice(0, -5), /all 40 hexadecimal digits \(10 groups of 4\), got 36/],
    ['not hexadecimal', (fp: string) => `${fp.slice(0, -1)}G`, /hexadecimal digits/],
    ['empty', () => '   ', /all 40 hexadecimal digits/],
  ])('refuses a fingerprint that is %s as a usage error', async (_what, mangle, message) => {
    const agencyId = await agency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    await expect(
      certifyAgency({ db: database.db }, { agencyId, rootKeyFile: root.file, fingerprint: mangle(fingerprintOf(admin)) }, recordOutput()),
    ).rejects.toSatisfy((error: unknown) => error instanceof UsageError && message.test(error.message));
    expect(await memberRow(admin.memberId)).toEqual({ state: 'pending', certificate: null });
  });

  it('refuses a root key file that is not the configured ROOT_PUBLIC_KEY', async () => {
    const agencyId = await agency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const other = await initRoot({ out: join(folder, `wrong-root-${String(Date.now())}.json`) }, recordOutput());
    await expect(
      certifyAgency({ db: database.db, rootPublicKey: root.publicKey }, { agencyId, rootKeyFile: other.file, fingerprint: fingerprintOf(admin) }, recordOutput()),
    ).rejects.toSatisfy((error: unknown) => error instanceof CommandError && /is not this instance's root key/.test(error.message));
    await expect(
      certifyAgency({ db: database.db, rootPublicKey: 'not-a-key' }, { agencyId, rootKeyFile: root.file, fingerprint: fingerprintOf(admin) }, recordOutput()),
    ).rejects.toSatisfy((error: unknown) => error instanceof CommandError && /ROOT_PUBLIC_KEY is not a root public key/.test(error.message));
    expect(await getAgency(database.db, agencyId)).toMatchObject({ certificate: null });
  });

  it('certifies without ROOT_PUBLIC_KEY but says which key the server must be given', async () => {
    const agencyId = await agency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const output = recordOutput();
    await certifyAgency({ db: database.db }, { agencyId, rootKeyFile: root.file, fingerprint: fingerprintOf(admin) }, output);
    expect(output.stderr()).toContain(`ROOT_PUBLIC_KEY=${root.publicKey}`);
  });

  it('refuses an agency that is already certified, has no waiting admin, or does not exist', async () => {
    const agencyId = await agency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const args = { agencyId, rootKeyFile: root.file, fingerprint: fingerprintOf(admin) };
    const first = await certifyAgency({ db: database.db, clock }, args, recordOutput());
    await expect(certifyAgency({ db: database.db }, args, recordOutput())).rejects.toThrow(/already certified/);
    expect((await getAgency(database.db, agencyId))?.certificate).toBe(first.certificate);

    const empty = await agency();
    await expect(certifyAgency({ db: database.db }, { ...args, agencyId: empty }, recordOutput())).rejects.toThrow(/no admin waiting for certification/);
    await expect(certifyAgency({ db: database.db }, { ...args, agencyId: crypto.randomUUID() }, recordOutput())).rejects.toThrow(/no agency has the id/);
  });

  it('with several admins waiting, certifies the one whose fingerprint was read and rejects the others', async () => {
    const agencyId = await agency();
    const first = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const second = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const output = recordOutput();
    const result = await certifyAgency({ db: database.db }, { agencyId, rootKeyFile: root.file, fingerprint: fingerprintOf(second) }, output);
    expect(result.adminMemberId).toBe(second.memberId);
    expect(result.rejectedAdmins).toBe(1);
    expect(await memberRow(second.memberId)).toMatchObject({ state: 'active' });
    expect(await memberRow(first.memberId)).toEqual({ state: 'rejected', certificate: null });
    expect(output.stdout()).toContain('1 other admin enrollment(s)');
  });

  it('refuses a root key file that is missing, malformed or damaged, and warns when it is readable by others', async () => {
    const agencyId = await agency();
    const admin = await insertMember(database.db, { agencyId, role: 'admin', state: 'pending' });
    const attempt = (file: string) =>
      certifyAgency({ db: database.db }, { agencyId, rootKeyFile: file, fingerprint: fingerprintOf(admin) }, recordOutput());
    const good = JSON.parse(readFileSync(root.file, 'utf8')) as Record<string, unknown>;
    const write = (name: string, content: string): string => {
      const path = join(folder, name);
      writeFileSync(path, content, { mode: 0o600 });
      return path;
    };

    await expect(attempt(join(folder, 'missing.json'))).rejects.toThrow(/cannot read the root key file .*no such file/);
    await expect(attempt(folder)).rejects.toThrow(/not a regular file|it is a folder/);
    await expect(attempt(write('text.json', 'hello'))).rejects.toThrow(/not a Thicket root key file: not JSON/);
    await expect(attempt(write('extra.json', JSON.stringify({ ...good, extra: 1 })))).rejects.toThrow(/unexpected fields/);
    await expect(attempt(write('kind.json', JSON.stringify({ ...good, kind: 'thicket-certificate' })))).rejects.toThrow(/kind is not/);
    await expect(attempt(write('version.json', JSON.stringify({ ...good, version: 2 })))).rejects.toThrow(/unsupported version/);
    await expect(attempt(write('short.json', JSON.stringify({ ...good, publicKey: 'AAAA' })))).rejects.toThrow(/base64url of the right length/);
    await expect(attempt(write('big.json', ' '.repeat(5000)))).rejects.toThrow(/too large/);

    // A secret key whose seed was altered: the public half still matches, the signature would not.
    const secret = Uint8Array.from(Buffer.from(String(good['secretKey']), 'base64url'));
    secret[0] = (secret[0] ?? 0) ^ 1;
    const damaged = write('damaged.json', JSON.stringify({ ...good, secretKey: toBase64Url(secret) }));
    await expect(attempt(damaged)).rejects.toThrow(/is damaged: its secret key does not match its public key/);
    // A secret key of another root: its public half differs.
    const otherRoot = await initRoot({ out: join(folder, `swap-${String(Date.now())}.json`) }, recordOutput());
    const swapped = write('swapped.json', JSON.stringify({ ...good, secretKey: (JSON.parse(readFileSync(otherRoot.file, 'utf8')) as Record<string, unknown>)['secretKey'] }));
    await expect(attempt(swapped)).rejects.toThrow(/secret key does not belong to the public key/);
    expect(await memberRow(admin.memberId)).toEqual({ state: 'pending', certificate: null });

    const open = write('open.json', readFileSync(root.file, 'utf8'));
    chmodSync(open, 0o644);
    const output = recordOutput();
    await certifyAgency({ db: database.db }, { agencyId, rootKeyFile: open, fingerprint: fingerprintOf(admin) }, output);
    expect(output.stderr()).toMatch(/warning: .*open\.json can be read by other users of this computer \(mode 644\); run: chmod 600/);
  });
});

describe(`list-agencies (${backend})`, () => {
  it('shows each agency with its state, active prosecutors and members waiting', async () => {
    const fresh = await agency('List: Fresh Unit');
    const waiting = await agency('List: Waiting Unit');
    await insertMember(database.db, { agencyId: waiting, role: 'admin', state: 'pending' });
    const active = await agency('List: Active Unit');
    const activeAdmin = await insertMember(database.db, { agencyId: active, role: 'admin', state: 'pending' });
    await certifyAgency({ db: database.db }, { agencyId: active, rootKeyFile: root.file, fingerprint: fingerprintOf(activeAdmin) }, recordOutput());
    await insertMember(database.db, { agencyId: active, role: 'prosecutor', state: 'active' });
    await insertMember(database.db, { agencyId: active, role: 'prosecutor', state: 'active' });
    await insertMember(database.db, { agencyId: active, role: 'prosecutor', state: 'pending' });
    await insertMember(database.db, { agencyId: active, role: 'prosecutor', state: 'rejected' });

    const output = recordOutput();
    const summaries = await listAgencies({ db: database.db }, {}, output);
    const byId = new Map(summaries.map((summary) => [summary.agencyId, summary]));
    expect(byId.get(fresh)).toMatchObject({ state: 'awaiting admin', activeProsecutors: 0, pendingMembers: 0, countries: ['KE'], languages: ['en'] });
    expect(byId.get(waiting)).toMatchObject({ state: 'awaiting certification', activeProsecutors: 0, pendingMembers: 1 });
    expect(byId.get(active)).toMatchObject({ state: 'active', activeProsecutors: 2, pendingMembers: 1 });

    const lines = output.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+COUNTRIES\s+LANGUAGES\s+STATE\s+PROSECUTORS\s+PENDING$/);
    const lineOf = (id: string): string => lines.find((line) => line.startsWith(id)) ?? '';
    expect(lineOf(fresh)).toMatch(/List: Fresh Unit\s+KE\s+en\s+awaiting admin\s+0\s+0$/);
    expect(lineOf(waiting)).toMatch(/List: Waiting Unit\s+KE\s+en\s+awaiting certification\s+0\s+1$/);
    expect(lineOf(active)).toMatch(/List: Active Unit\s+KE\s+en\s+active\s+2\s+1$/);
    // Columns line up: every row's STATE starts where the header's does.
    const stateColumn = lines[0]?.indexOf('STATE') ?? -1;
    expect(lineOf(fresh).slice(stateColumn)).toMatch(/^awaiting admin/);
    expect(lineOf(active).slice(stateColumn)).toMatch(/^active/);
  });

  it('neutralises control characters from the database before printing them', async () => {
    const id = crypto.randomUUID();
    await database.db.insertInto('agencies').values({ id, name: 'Evil\u001b]0;pwned\u0007 Unit', countries: ['KE'], languages: ['en'] }).execute();
    const output = recordOutput();
    await listAgencies({ db: database.db }, {}, output);
    expect(output.stdout()).not.toContain('\u001b');
    expect(output.stdout()).not.toContain('\u0007');
    expect(output.stdout()).toContain('Evil\uFFFD]0;pwned\uFFFD Unit');
  });
});

describe('list-agencies on an empty database', () => {
  it('says there are none and how to create one', async () => {
    const empty = await openTestDatabase();
    try {
      const output = recordOutput();
      expect(await listAgencies({ db: empty.db }, {}, output)).toEqual([]);
      expect(output.stdout()).toMatch(/^No agencies yet\. Create one with: npm run admin -- create-agency/);
    } finally {
      await empty.close();
    }
  });
});
