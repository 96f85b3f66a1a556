// Enrollment from an invite link: read the invite, make keys in this browser (in the worker),
// and, only after the recovery key is confirmed, register the public keys and wrapped blobs.
import { ROUTES, enrollResponse, inviteResponse, username as usernameSchema, type MemberRole } from '../../../api/index';
import { fingerprint, ready, toBase64Url } from '../../../crypto/index';
import { ApiError, apiRequest } from '../../shared/http';
import { KdfWorker } from '../kdf/kdf-client';
import type { EnrollResult } from '../kdf/kdf-protocol';
import { isWellFormedToken } from '../routes';
import { UserFacingError } from './describe-error';

export interface Invite {
  readonly role: MemberRole;
  readonly agencyName: string;
  readonly expiresOn: string;
}

export const INVALID_INVITE = 'This invitation is not valid: it was used, has expired, or the link is incomplete.';

/** The invite is used, expired or unknown: the page says so and offers nothing else. */
export class InvalidInviteError extends UserFacingError {
  constructor() {
    super(INVALID_INVITE);
    this.name = 'InvalidInviteError';
  }
}

/** The username is taken: the keys must be made again under another one. */
export class UsernameTakenError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = 'UsernameTakenError';
  }
}

export async function fetchInvite(token: string, signal?: AbortSignal): Promise<Invite> {
  if (!isWellFormedToken(token)) throw new InvalidInviteError();
  try {
    return await apiRequest(ROUTES.invite, { response: inviteResponse, params: { token }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 410 || error.status === 400)) throw new InvalidInviteError();
    throw error;
  }
}

export function usernameProblem(value: string): string | null {
  if (value.length === 0) return 'Choose a username.';
  const parsed = usernameSchema.safeParse(value);
  if (parsed.success) return null;
  if (value.length < 3 || value.length > 64) return 'Use 3 to 64 characters.';
  return 'Use lower-case letters, digits, dot, dash or underscore, starting with a letter or digit.';
}

export function displayNameProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'Write your name as your colleagues know it.';
  return trimmed.length > 100 ? 'Use at most 100 characters.' : null;
}

/** Made in this browser; held in memory until registered, then wiped. */
export type PendingEnrollment = EnrollResult;

/** Argon2id at the default cost in a worker: about a second on a laptop. */
export async function makeKeys(username: string, passphrase: string): Promise<PendingEnrollment> {
  const worker = new KdfWorker();
  try {
    await ready();
    return await worker.enroll(username, passphrase);
  } finally {
    worker.close();
  }
}

export function wipeEnrollment(enrollment: PendingEnrollment): void {
  enrollment.loginSecret.fill(0);
  enrollment.recoveryLoginSecret.fill(0);
}

/**
 * Registers the keys and returns the fingerprint to read out. Everything that could fail here
 * runs before the request: once the server accepts, the invite is used up.
 * Throws InvalidInviteError, UsernameTakenError, ApiError, NetworkError.
 */
export async function registerEnrollment(input: {
  readonly token: string;
  readonly username: string;
  readonly displayName: string;
  readonly enrollment: PendingEnrollment;
}): Promise<{ readonly memberId: string; readonly fingerprint: string }> {
  const { enrollment } = input;
  await ready();
  const memberFingerprint = fingerprint(enrollment.signingPublicKey, enrollment.boxPublicKey);
  try {
    const response = await apiRequest(ROUTES.enroll, {
      response: enrollResponse,
      body: {
        token: input.token,
        username: input.username,
        displayName: input.displayName.trim(),
        signingPublicKey: toBase64Url(enrollment.signingPublicKey),
        boxPublicKey: toBase64Url(enrollment.boxPublicKey),
        wrappedKeys: enrollment.wrappedKeys,
        recoveryWrappedKeys: enrollment.recoveryWrappedKeys,
        loginSecret: toBase64Url(enrollment.loginSecret),
        recoveryLoginSecret: toBase64Url(enrollment.recoveryLoginSecret),
      },
    });
    return { memberId: response.memberId, fingerprint: memberFingerprint };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 410)) throw new InvalidInviteError();
    if (error instanceof ApiError && error.status === 409 && error.code === 'username_taken') {
      throw new UsernameTakenError('This username is already taken. Choose another one.');
    }
    throw error;
  }
}
