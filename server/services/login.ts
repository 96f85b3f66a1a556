// Member login (decision 6 of issue 3). The browser derives a login secret from the passphrase
// with Argon2id; the server compares its hash in constant time. Wrong passphrase and unknown
// username look the same; repeated failures lock the account for a while, whether it exists
// or not.
import { CryptoError, DEFAULT_ARGON2ID, decodeWrappedKeys, hashLoginSecret, mac, utf8, verifyLoginSecret } from '../../crypto/index';
import { hashToken, newToken } from '../auth/tokens';
import { lockSecondsAfter, secondsLeft } from '../auth/login-throttle';
import { insertMemberSession, purgeExpiredMemberSessions } from '../repositories/member-sessions';
import { findMemberByUsername, getMemberWithAgency, lockMemberByUsername, recordLoginFailure, resetLoginFailures } from '../repositories/members';
import type { MemberWithAgency } from '../repositories/members';
import type { AppContext } from './app-context';
import { auditMemberAction } from './audit';

/** How long a member session lasts. */
export const MEMBER_SESSION_SECONDS = 12 * 60 * 60;

export interface KdfParams {
  readonly opsLimit: number;
  readonly memLimitBytes: number;
  readonly salt: Uint8Array;
}

/**
 * The Argon2id parameters to derive this username's login secret with: the member's own, or
 * for a username with no account, the default costs and a salt that is a keyed hash of the
 * username (stable, unpredictable, the same on every instance).
 */
export async function loginParams(context: AppContext, username: string): Promise<KdfParams> {
  const member = await findMemberByUsername(context.db, username);
  if (member !== undefined) {
    const wrapped = decodeWrappedKeys(member.wrapped_keys);
    if (wrapped.method === 'passphrase') {
      return { opsLimit: wrapped.kdf.opsLimit, memLimitBytes: wrapped.kdf.memLimitBytes, salt: wrapped.kdf.salt };
    }
  }
  const key = await context.secrets.get('username-salt');
  return { ...DEFAULT_ARGON2ID, salt: mac(key, 'username-salt', utf8(username)).slice(0, 16) };
}

export type LoginOutcome =
  | { readonly kind: 'ok'; readonly token: string; readonly expiresAt: Date; readonly member: MemberWithAgency }
  | { readonly kind: 'failed' }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number };

// A stored hash no login secret matches in practice, so unknown usernames cost a comparison too.
const DECOY_HASH_INPUT = new Uint8Array(32);

function secretMatches(loginSecret: Uint8Array, storedHash: Uint8Array): boolean {
  try {
    verifyLoginSecret(loginSecret, storedHash);
    return true;
  } catch (error) {
    if (error instanceof CryptoError) return false;
    throw error;
  }
}

/**
 * One login attempt. The member row is locked for the attempt, so parallel guesses are counted
 * one by one. A locked account is not checked at all until the lock ends. Never throws for a
 * wrong secret: the failure must be committed, not rolled back.
 */
export async function attemptLogin(context: AppContext, username: string, loginSecret: Uint8Array): Promise<LoginOutcome> {
  const now = context.clock();
  const outcome = await context.db.transaction().execute(async (trx): Promise<LoginOutcome | 'unknown'> => {
    const member = await lockMemberByUsername(trx, username);
    if (member === undefined) return 'unknown';
    const locked = secondsLeft(member.locked_until, now);
    if (locked > 0) return { kind: 'locked', retryAfterSeconds: locked };
    if (!secretMatches(loginSecret, member.login_hash)) {
      const failures = member.failed_logins + 1;
      const lock = lockSecondsAfter(failures);
      await recordLoginFailure(trx, member.id, failures, lock > 0 ? new Date(now.getTime() + lock * 1000) : null);
      await auditMemberAction(trx, context.clock, member, 'member.login_failed');
      return lock > 0 ? { kind: 'locked', retryAfterSeconds: lock } : { kind: 'failed' };
    }
    await resetLoginFailures(trx, member.id);
    await purgeExpiredMemberSessions(trx, now);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + MEMBER_SESSION_SECONDS * 1000);
    await insertMemberSession(trx, { tokenHash: hashToken(token), memberId: member.id, expiresAt });
    await auditMemberAction(trx, context.clock, member, 'member.login');
    const withAgency = await getMemberWithAgency(trx, member.id);
    if (withAgency === undefined) throw new Error('member vanished during login');
    return { kind: 'ok', token, expiresAt, member: withAgency };
  });
  if (outcome !== 'unknown') return outcome;

  // No such account: the same work and the same answers, counted in memory.
  secretMatches(loginSecret, hashLoginSecret(DECOY_HASH_INPUT));
  const throttle = context.unknownUserThrottle;
  const locked = throttle.lockedFor(username, now);
  if (locked > 0) return { kind: 'locked', retryAfterSeconds: locked };
  const lock = throttle.fail(username, now);
  return lock > 0 ? { kind: 'locked', retryAfterSeconds: lock } : { kind: 'failed' };
}
