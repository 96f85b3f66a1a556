// `invite --agency ID --role admin|prosecutor [--days N] [--base-url URL]`: a one-time link to
// enroll. The token is in the link's fragment (never sent to the server in a request line or
// logged by a proxy); the database keeps only its hash.
import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../../auth/tokens';
import type { MemberRole } from '../../db/schema';
import { MEMBER_ROLES } from '../../db/schema';
import { getAgency } from '../../repositories/agencies';
import { hasActiveOrPendingAdmin } from '../../repositories/agency-members';
import { recordAuditEvent } from '../../repositories/audit-events';
import { insertInvite } from '../../repositories/invites';
import { systemClock } from './deps';
import type { DatabaseDeps } from './deps';
import { CommandError, UsageError } from './errors';
import { printable } from './output';
import type { Output } from './output';
import { DEFAULT_BASE_URL, DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, agencyId as parseAgencyId, baseUrl, inviteDays } from './validate';

const DAY_MS = 86_400_000;

export interface InviteArgs {
  readonly agencyId: string;
  readonly role: string;
  /** 1..30, default 7. */
  readonly days?: number | string;
  /** Where prosecutors open the app; default http://127.0.0.1:8080. */
  readonly baseUrl?: string;
}

export interface InviteResult {
  readonly inviteId: string;
  readonly role: MemberRole;
  readonly link: string;
  readonly expiresAt: Date;
}

export const inviteHelp = `Usage: npm run admin -- invite --agency ID --role admin|prosecutor [--days N] [--base-url URL]

Makes a one-time invite link for an agency's admin or one of its prosecutors, and prints it
with its expiry. The person opens it in their browser, chooses a passphrase and enrolls; their
keys are made in their browser. Only a hash of the link's token is stored.

Send the link over a channel you trust: whoever opens it first can enroll with it.
An agency has one admin: an admin invite is refused while it has an active or pending admin.

Options:
  --agency ID       the agency id (create-agency prints it; list-agencies lists them)
  --role ROLE       admin or prosecutor
  --days N          how long the link stays valid, 1 to ${String(MAX_INVITE_DAYS)} days (default ${String(DEFAULT_INVITE_DAYS)})
  --base-url URL    the address of this tip line's prosecutor site, e.g. your onion address
                    (default ${DEFAULT_BASE_URL})
  --help            show this help`;

function parseRole(raw: string): MemberRole {
  const role = raw.trim().toLowerCase();
  const known = MEMBER_ROLES.find((candidate) => candidate === role);
  if (known === undefined) throw new UsageError('--role must be admin or prosecutor');
  return known;
}

function formatInstant(instant: Date): string {
  return `${instant.toISOString().slice(0, 10)} ${instant.toISOString().slice(11, 16)} UTC`;
}

/** Validates and normalises the arguments (UsageError), before any database is opened. */
export function checkInviteArgs(args: InviteArgs): { agencyId: string; role: MemberRole; days: number; baseUrl: string } {
  return { agencyId: parseAgencyId(args.agencyId), role: parseRole(args.role), days: inviteDays(args.days), baseUrl: baseUrl(args.baseUrl) };
}

export async function invite(deps: DatabaseDeps, args: InviteArgs, output: Output): Promise<InviteResult> {
  const { agencyId, role, days, baseUrl: base } = checkInviteArgs(args);
  const now = (deps.clock ?? systemClock)();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  const token = newToken();
  const inviteId = randomUUID();

  const agency = await deps.db.transaction().execute(async (trx) => {
    const found = await getAgency(trx, agencyId);
    if (found === undefined) throw new CommandError(`no agency has the id ${agencyId} (see list-agencies)`);
    if (role === 'admin' && (await hasActiveOrPendingAdmin(trx, agencyId))) {
      throw new CommandError(
        `${JSON.stringify(printable(found.name))} already has an admin (active or waiting for certify-agency): an agency has one admin`,
      );
    }
    await insertInvite(trx, { id: inviteId, tokenHash: hashToken(token), agencyId, role, expiresAt });
    await recordAuditEvent(trx, { actorKind: 'operator', action: 'invite.created', subject: inviteId }, deps.clock === undefined ? {} : { clock: deps.clock });
    return found;
  });

  const link = `${base}/prosecutor/#/invite/${token}`;
  const who = role === 'admin' ? 'the admin' : 'a prosecutor';
  output.out(`One-time invite for ${who} of ${JSON.stringify(printable(agency.name))}, valid for ${String(days)} day${days === 1 ? '' : 's'}, until ${formatInstant(expiresAt)}:`);
  output.out('');
  output.out(`  ${link}`);
  output.out('');
  output.out('Send it over a channel you trust: whoever opens it first can enroll with it.');
  if (role === 'admin') {
    output.out('When the admin has enrolled, they read you their fingerprint (by phone or in person); then run');
    output.out(`  npm run admin -- certify-agency --agency ${agencyId} --root-key FILE --fingerprint "XXXX XXXX ..."`);
  } else if (agency.certificate === null) {
    output.out('Note: this agency is not certified yet; its admin can approve this prosecutor only after certify-agency.');
  } else {
    output.out("After enrolling, the agency's admin compares fingerprints with them and approves them in the browser.");
  }
  return { inviteId, role, link, expiresAt };
}
