// `certify-agency --agency ID --root-key FILE --fingerprint "XXXX XXXX …"`: the root of trust
// vouches for an agency key. The agency key is the signing key its admin made in their browser;
// the operator certifies it only after the admin has read out the fingerprint of their keys on
// a channel the server does not control, and the tool refuses unless the two match.
import {
  BadSignatureError,
  constantTimeEqual,
  encodeCertificate,
  fingerprint,
  fromBase64Url,
  ready,
  signCertificate,
  toBase64Url,
  verifyCertificate,
} from '../../../crypto/index';
import { utcDay } from '../../db/day';
import { getAgencyForUpdate, setAgencyCertificate } from '../../repositories/agencies';
import { activateAdmin, listPendingAdmins, rejectOtherPendingAdmins } from '../../repositories/agency-members';
import type { PendingAdmin } from '../../repositories/agency-members';
import { recordAuditEvent } from '../../repositories/audit-events';
import { systemClock } from './deps';
import type { DatabaseDeps } from './deps';
import { CommandError } from './errors';
import { printable } from './output';
import type { Output } from './output';
import { readRootKeyFile } from './root-key-file';
import { agencyId as parseAgencyId, fingerprintDigits } from './validate';

export interface CertifyAgencyDeps extends DatabaseDeps {
  /**
   * ROOT_PUBLIC_KEY as configured for the server (base64url). When set, the root key file must
   * hold that key: certifying with another root would make the agency untrusted by every browser.
   */
  readonly rootPublicKey?: string | undefined;
}

export interface CertifyAgencyArgs {
  readonly agencyId: string;
  /** Path of the file init-root wrote. */
  readonly rootKeyFile: string;
  /** As the admin read it out: case and spaces do not matter. */
  readonly fingerprint: string;
}

export interface CertifyAgencyResult {
  readonly agencyId: string;
  readonly adminMemberId: string;
  /** encodeCertificate() text, stored in agencies.certificate and the admin's members.certificate. */
  readonly certificate: string;
  readonly issuedAt: string;
  /** Other admins of the agency who were waiting and are now rejected. */
  readonly rejectedAdmins: number;
}

export const certifyAgencyHelp = `Usage: npm run admin -- certify-agency --agency ID --root-key FILE --fingerprint "XXXX XXXX ..."

Certifies an agency's key with the instance root key, so whistleblowers' browsers trust it and
its admin can approve prosecutors. Do this only after the agency's admin has enrolled and read
you the fingerprint shown on their screen, over a channel you trust (phone, in person), not
by email or chat message, which could have been altered.

The tool finds the admin waiting for certification, refuses if the fingerprint differs from
their keys, signs the agency certificate with the root key, stores it and activates the admin.

Options:
  --agency ID            the agency id (see list-agencies)
  --root-key FILE        the root key file made by init-root
  --fingerprint "…"      the admin's fingerprint as they read it: 40 hexadecimal digits
                         (spaces and case do not matter)
  --help                 show this help

When ROOT_PUBLIC_KEY is set, the root key file must hold that key.`;

const mismatchMessage = (agencyName: string): string =>
  `fingerprint mismatch: the keys waiting for certification in ${agencyName} are not the keys whose fingerprint you were given. ` +
  'Nothing was certified. Ask the admin to read the fingerprint again from their screen; if it still differs, do not certify: the keys may have been replaced.';

function digitsOf(text: string): string {
  return text.replace(/\s+/g, '');
}

function choosePendingAdmin(pending: readonly PendingAdmin[], expectedDigits: string, agencyName: string): PendingAdmin {
  // Compare with every waiting admin (normally one) without stopping at the first match.
  let chosen: PendingAdmin | undefined;
  const expected = new TextEncoder().encode(expectedDigits);
  for (const admin of pending) {
    const actual = new TextEncoder().encode(digitsOf(fingerprint(admin.signingPublicKey, admin.boxPublicKey)));
    if (constantTimeEqual(actual, expected)) chosen = admin;
  }
  if (chosen === undefined) throw new CommandError(mismatchMessage(agencyName));
  return chosen;
}

/** Validates and normalises the arguments (UsageError), before any database is opened. */
export function checkCertifyAgencyArgs(args: CertifyAgencyArgs): { agencyId: string; expectedDigits: string } {
  return { agencyId: parseAgencyId(args.agencyId), expectedDigits: fingerprintDigits(args.fingerprint) };
}

export async function certifyAgency(deps: CertifyAgencyDeps, args: CertifyAgencyArgs, output: Output): Promise<CertifyAgencyResult> {
  const { agencyId, expectedDigits } = checkCertifyAgencyArgs(args);
  await ready();

  const root = readRootKeyFile(args.rootKeyFile);
  try {
    if (root.tooOpen) {
      output.err(`warning: ${args.rootKeyFile} can be read by other users of this computer (mode ${root.mode.toString(8)}); run: chmod 600 ${args.rootKeyFile}`);
    }
    const configured = deps.rootPublicKey;
    if (configured !== undefined && configured !== '') {
      let configuredKey: Uint8Array;
      try {
        configuredKey = fromBase64Url(configured.trim(), 32);
      } catch {
        throw new CommandError('ROOT_PUBLIC_KEY is not a root public key (32 bytes as base64url, as init-root printed it)');
      }
      if (!constantTimeEqual(configuredKey, root.publicKey)) {
        throw new CommandError(
          `${args.rootKeyFile} is not this instance's root key: its public key differs from ROOT_PUBLIC_KEY. Nothing was certified.`,
        );
      }
    }

    const issuedAt = utcDay((deps.clock ?? systemClock)());
    const clock = deps.clock === undefined ? {} : { clock: deps.clock };
    const result = await deps.db.transaction().execute(async (trx) => {
      const agency = await getAgencyForUpdate(trx, agencyId);
      if (agency === undefined) throw new CommandError(`no agency has the id ${agencyId} (see list-agencies)`);
      const name = JSON.stringify(printable(agency.name));
      if (agency.certificate !== null) {
        throw new CommandError(`${name} is already certified; nothing was changed`);
      }
      const pending = await listPendingAdmins(trx, agencyId);
      if (pending.length === 0) {
        throw new CommandError(`${name} has no admin waiting for certification: invite one (invite --role admin) and wait until they have enrolled`);
      }
      const admin = choosePendingAdmin(pending, expectedDigits, name);

      const certificate = signCertificate(
        { kind: 'agency', subjectId: agencyId, signingPublicKey: admin.signingPublicKey, issuedAt },
        root.secretKey,
      );
      // Proves the file's secret key matches its public key before anything is stored.
      try {
        verifyCertificate(certificate, root.publicKey);
      } catch (error) {
        if (error instanceof BadSignatureError) {
          throw new CommandError(`${args.rootKeyFile} is damaged: its secret key does not match its public key. Nothing was certified.`);
        }
        throw error;
      }
      const text = encodeCertificate(certificate);

      await setAgencyCertificate(trx, agencyId, { signingPublicKey: admin.signingPublicKey, certificate: text });
      const activated = await activateAdmin(trx, {
        memberId: admin.memberId,
        agencyId,
        signingPublicKey: admin.signingPublicKey,
        certificate: text,
      });
      if (!activated) throw new CommandError(`the admin of ${name} changed while certifying; nothing was certified, run the command again`);
      const rejectedAdmins = await rejectOtherPendingAdmins(trx, agencyId, admin.memberId);
      await recordAuditEvent(trx, { actorKind: 'operator', action: 'agency.certified', subject: agencyId }, clock);
      return { admin, name, text, rejectedAdmins };
    });

    output.out(`Certified ${result.name} on ${issuedAt}.`);
    output.out(`Agency admin: ${printable(result.admin.displayName)} (${printable(result.admin.username)}), fingerprint ${fingerprint(result.admin.signingPublicKey, result.admin.boxPublicKey)}`);
    output.out('The admin is now active: they sign in and approve their prosecutors after comparing fingerprints with each.');
    if (result.rejectedAdmins > 0) {
      output.out(`${String(result.rejectedAdmins)} other admin enrollment(s) waiting for this agency were rejected: an agency has one admin.`);
    }
    if (deps.rootPublicKey === undefined || deps.rootPublicKey === '') {
      output.err(`note: ROOT_PUBLIC_KEY is not set here, so the root key file could not be checked against the server's; it must be ROOT_PUBLIC_KEY=${toBase64Url(root.publicKey)}`);
    }
    return {
      agencyId,
      adminMemberId: result.admin.memberId,
      certificate: result.text,
      issuedAt,
      rejectedAdmins: result.rejectedAdmins,
    };
  } finally {
    root.secretKey.fill(0);
  }
}
