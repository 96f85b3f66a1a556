// Enrollment from an invite link (issue 3, part 2): the browser made the keys and wrapped them;
// the server checks that the pieces belong together, stores public keys, wrapped blobs and
// hashes of the login secrets, and marks the invite used, all in one transaction.
import { randomUUID } from 'node:crypto';
import { CryptoError, checkArgon2idParams, constantTimeEqual, decodeWrappedKeys, hashLoginSecret } from '../../crypto/index';
import type { WrappedKeys } from '../../crypto/index';
import { hashToken } from '../auth/tokens';
import type { Day, MemberRole } from '../db/schema';
import { utcDay } from '../db/day';
import { HttpError } from '../errors';
import { getAgency, getAgencyForUpdate } from '../repositories/agencies';
import { hasActiveOrPendingAdmin } from '../repositories/agency-members';
import { findInviteByTokenHash, inviteStatus, markInviteUsed } from '../repositories/invites';
import { findMemberByUsername, insertMember, publicKeysInUse } from '../repositories/members';
import type { AppContext } from './app-context';
import { todayUtc } from './app-context';
import { auditMemberAction } from './audit';
import { isUniqueViolation, violatedConstraint } from './db-errors';

const inviteInvalid = (): HttpError =>
  new HttpError(404, 'invite_invalid', 'This invite link is not valid: it may have expired or been used already. Ask for a new one.');

export interface InviteView {
  readonly role: MemberRole;
  readonly agencyName: string;
  readonly expiresOn: Day;
}

/** What an invite link is for, if it can still be used. Throws HttpError 404 invite_invalid. */
export async function viewInvite(context: AppContext, token: string): Promise<InviteView> {
  const invite = await findInviteByTokenHash(context.db, hashToken(token));
  if (invite === undefined || inviteStatus(invite, context.clock()) !== 'usable') throw inviteInvalid();
  const agency = await getAgency(context.db, invite.agency_id);
  if (agency === undefined) throw inviteInvalid();
  return { role: invite.role, agencyName: agency.name, expiresOn: utcDay(invite.expires_at) };
}

export interface EnrollmentInput {
  readonly token: string;
  readonly username: string;
  readonly displayName: string;
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly wrappedKeys: string;
  readonly recoveryWrappedKeys: string;
  readonly loginSecret: Uint8Array;
  readonly recoveryLoginSecret: Uint8Array;
}

const invalidKeys = (message: string): HttpError => new HttpError(400, 'invalid_keys', message);

function decodeBlob(text: string, what: string): WrappedKeys {
  try {
    return decodeWrappedKeys(text);
  } catch (error) {
    if (error instanceof CryptoError) throw invalidKeys(`The ${what} are damaged.`);
    throw error;
  }
}

/**
 * Both blobs must be made for this username and these public keys; the passphrase blob must
 * carry Argon2id parameters within the protocol's floor and ceiling; the two login secrets
 * must differ. Throws HttpError 400 invalid_keys.
 */
export function checkEnrollmentKeys(input: EnrollmentInput): void {
  const passphrase = decodeBlob(input.wrappedKeys, 'passphrase-wrapped keys');
  const recovery = decodeBlob(input.recoveryWrappedKeys, 'recovery-wrapped keys');
  if (passphrase.method !== 'passphrase') throw invalidKeys('The passphrase-wrapped keys are not wrapped under a passphrase.');
  if (recovery.method !== 'recovery') throw invalidKeys('The recovery-wrapped keys are not wrapped under a recovery key.');
  for (const blob of [passphrase, recovery]) {
    if (blob.userId !== input.username) throw invalidKeys('The wrapped keys were made for another username.');
    if (!constantTimeEqual(blob.signingPublicKey, input.signingPublicKey) || !constantTimeEqual(blob.boxPublicKey, input.boxPublicKey)) {
      throw invalidKeys('The wrapped keys do not hold the registered public keys.');
    }
  }
  try {
    checkArgon2idParams(passphrase.kdf);
  } catch (error) {
    if (error instanceof CryptoError) throw invalidKeys('The passphrase key derivation settings are outside the allowed range.');
    throw error;
  }
  if (constantTimeEqual(input.loginSecret, input.recoveryLoginSecret)) {
    throw invalidKeys('The passphrase and recovery login secrets must differ.');
  }
}

/**
 * Registers a new member (state 'pending') from a usable invite. Throws HttpError: 400
 * invalid_keys, 404 invite_invalid, 409 agency_has_admin / username_taken / keys_in_use.
 */
export async function enroll(context: AppContext, input: EnrollmentInput): Promise<{ memberId: string; state: 'pending' }> {
  checkEnrollmentKeys(input);
  const tokenHash = hashToken(input.token);
  const memberId = randomUUID();
  const now = context.clock();
  const today = todayUtc(context.clock);
  const usernameTaken = (): HttpError => new HttpError(409, 'username_taken', 'This username is taken. Choose another one.');
  const keysInUse = (): HttpError => new HttpError(409, 'keys_in_use', 'These keys are already registered. Start the enrollment again.');
  try {
    await context.db.transaction().execute(async (trx) => {
      const invite = await findInviteByTokenHash(trx, tokenHash);
      if (invite === undefined || inviteStatus(invite, now) !== 'usable') throw inviteInvalid();
      // Locking the agency serialises enrollments into it: two admin invites cannot both win.
      if ((await getAgencyForUpdate(trx, invite.agency_id)) === undefined) throw inviteInvalid();
      if (invite.role === 'admin' && (await hasActiveOrPendingAdmin(trx, invite.agency_id))) {
        throw new HttpError(409, 'agency_has_admin', 'This agency already has an admin. Ask the operator for a prosecutor invite.');
      }
      if ((await findMemberByUsername(trx, input.username)) !== undefined) throw usernameTaken();
      if (await publicKeysInUse(trx, input.signingPublicKey, input.boxPublicKey)) {
        throw keysInUse();
      }
      if (!(await markInviteUsed(trx, invite.id, today))) throw inviteInvalid();
      await insertMember(trx, {
        id: memberId,
        agencyId: invite.agency_id,
        role: invite.role,
        username: input.username,
        displayName: input.displayName,
        signingPublicKey: input.signingPublicKey,
        boxPublicKey: input.boxPublicKey,
        wrappedKeys: input.wrappedKeys,
        recoveryWrappedKeys: input.recoveryWrappedKeys,
        loginHash: hashLoginSecret(input.loginSecret),
        recoveryLoginHash: hashLoginSecret(input.recoveryLoginSecret),
        enrolledOn: today,
      });
      await auditMemberAction(trx, context.clock, { id: memberId, role: invite.role }, 'member.enrolled', invite.agency_id);
    });
  } catch (error) {
    // A concurrent enrollment won the race: say which unique value it took.
    if (isUniqueViolation(error)) throw violatedConstraint(error) === 'members_username_key' ? usernameTaken() : keysInUse();
    throw error;
  }
  return { memberId, state: 'pending' };
}
