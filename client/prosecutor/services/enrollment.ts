// Enrollment from an invite link: read the invite, make keys in this browser (in the worker),
// and, only after the recovery key is confirmed, register the public keys and wrapped blobs.
import { ROUTES, enrollResponse, inviteResponse, username as usernameSchema, type MemberRole } from '../../../api/index';
import { fingerprint, ready, toBase64Url } from '../../../crypto/index';
import { ApiError, apiRequest } from '../../shared/http';
import { msg, type Message } from '../../shared/i18n/message';
import { KdfWorker } from '../kdf/kdf-client';
import type { EnrollResult } from '../kdf/kdf-protocol';
import { isWellFormedToken } from '../routes';
import { UserFacingError } from './describe-error';
import { inEnglish } from './english';

export interface Invite {
  readonly role: MemberRole;
  readonly agencyName: string;
  readonly expiresOn: string;
}

export const INVALID_INVITE = inEnglish(msg('prosecutor:invite.invalid'));

/** The invite is used, expired or unknown: the page says so and offers nothing else. */
export class InvalidInviteError extends UserFacingError {
  constructor() {
    super(msg('prosecutor:invite.invalid'));
    this.name = 'InvalidInviteError';
  }
}

/** The username is taken: the keys must be made again under another one. */
export class UsernameTakenError extends UserFacingError {
  constructor(message: string | Message) {
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

export function usernameProblemText(value: string): Message | null {
  if (value.length === 0) return msg('prosecutor:enroll.problems.usernameEmpty');
  const parsed = usernameSchema.safeParse(value);
  if (parsed.success) return null;
  if (value.length < 3 || value.length > 64) return msg('prosecutor:enroll.problems.usernameLength', { min: 3, max: 64 });
  return msg('prosecutor:enroll.problems.usernameCharacters');
}

/** usernameProblemText in English. */
export function usernameProblem(value: string): string | null {
  const problem = usernameProblemText(value);
  return problem === null ? null : inEnglish(problem);
}

export function displayNameProblemText(value: string): Message | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return msg('prosecutor:enroll.problems.nameEmpty');
  return trimmed.length > 100 ? msg('prosecutor:enroll.problems.nameLength', { max: 100 }) : null;
}

/** displayNameProblemText in English. */
export function displayNameProblem(value: string): string | null {
  const problem = displayNameProblemText(value);
  return problem === null ? null : inEnglish(problem);
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
      throw new UsernameTakenError(msg('prosecutor:enroll.problems.usernameTaken'));
    }
    throw error;
  }
}
