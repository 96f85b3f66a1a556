// Sign-in: the passphrase never leaves this browser. Argon2id (server-given salt and costs,
// checked against a floor and a ceiling) gives a login secret for the server and a wrapping key
// that unwraps the private keys here. The unwrapped keys must be the member's registered ones:
// a server that hands back someone else's blob is caught before anything is decrypted.
import { z } from 'zod';
import { ROUTES, authParamsResponse, loginResponse, meResponse, type MemberView } from '../../../api/index';
import { constantTimeEqual, fingerprint, fromBase64Url, ready, toBase64Url } from '../../../crypto/index';
import { ApiError, apiRequest } from '../../shared/http';
import { msg } from '../../shared/i18n/message';
import { KdfError, KdfWorker } from '../kdf/kdf-client';
import type { ProsecutorKeys } from '../../../crypto/index';
import { endSession, startSession, updateMember, type MemberSession } from '../session';
import { UserFacingError } from './describe-error';
import { inEnglish } from './english';
import { memberRequest } from './member-api';

export const WRONG_CREDENTIALS = inEnglish(msg('prosecutor:login.wrongCredentials'));

export type SignInPhase = 'deriving' | 'signing_in';

/** POST /api/auth/logout answers 204 or a small body: nothing in it is needed. */
const emptyResponse = z.unknown();

function keysSwapped(): UserFacingError {
  return new UserFacingError(msg('prosecutor:login.keysSwapped'));
}

/**
 * A lock-out (or a busy server), in the page language: never the server's English. It says how
 * long to wait when the server said (Retry-After), rounded up to whole minutes.
 */
export function tooManyAttempts(retryAfterSeconds: number | null): UserFacingError {
  if (retryAfterSeconds === null || retryAfterSeconds <= 0) return new UserFacingError(msg('prosecutor:login.tooManyAttempts'));
  return new UserFacingError(msg('prosecutor:login.tooManyAttemptsWait', { count: Math.ceil(retryAfterSeconds / 60) }));
}

type LoginAnswer = z.infer<typeof loginResponse>;

/** POST /api/auth/login, with the failures people need to understand in their words. */
async function postLogin(username: string, loginSecret: Uint8Array): Promise<LoginAnswer> {
  try {
    return await apiRequest(ROUTES.login, { response: loginResponse, body: { username, loginSecret: toBase64Url(loginSecret) } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new UserFacingError(msg('prosecutor:login.wrongCredentials'));
    if (error instanceof ApiError && error.status === 429) throw tooManyAttempts(error.retryAfterSeconds);
    throw error;
  }
}

/** Ends a server session this page will not use (best effort: it also expires on its own). */
async function discardServerSession(token: string): Promise<void> {
  await apiRequest(ROUTES.logout, { response: emptyResponse, token }).catch(() => undefined);
}

/**
 * Unwraps the member's keys in the worker and checks they are the registered ones. Anything
 * else means the server handed back keys that are not this member's: refused.
 */
async function unwrapOwnKeys(worker: KdfWorker, login: LoginAnswer, username: string): Promise<ProsecutorKeys> {
  let unwrapped;
  try {
    if (login.member.username !== username) throw keysSwapped();
    unwrapped = await worker.unwrap(login.wrappedKeys, username);
  } catch (error) {
    if (error instanceof KdfError && error.code !== 'worker_failed') throw keysSwapped();
    throw error;
  }
  const keys: ProsecutorKeys = {
    signing: { publicKey: unwrapped.signingPublicKey, secretKey: unwrapped.signingSecretKey },
    box: { publicKey: unwrapped.boxPublicKey, secretKey: unwrapped.boxSecretKey },
  };
  if (!sameKeys(login.member, keys.signing.publicKey, keys.box.publicKey)) {
    keys.signing.secretKey.fill(0);
    keys.box.secretKey.fill(0);
    throw keysSwapped();
  }
  return keys;
}

/** Signs in and starts the in-memory session. Throws UserFacingError, ApiError, NetworkError, KdfError. */
export async function signIn(username: string, passphrase: string, onPhase: (phase: SignInPhase) => void): Promise<MemberSession> {
  // The worker starts loading its WebAssembly while the parameters are on their way.
  const worker = new KdfWorker();
  try {
    await ready();
    const params = await apiRequest(ROUTES.authParams, { response: authParamsResponse, body: { username } });
    onPhase('deriving');
    const { loginSecret } = await worker.derive(passphrase, {
      opsLimit: params.opsLimit,
      memLimitBytes: params.memLimitBytes,
      salt: fromBase64Url(params.salt, 16),
    });
    onPhase('signing_in');
    let login: LoginAnswer;
    try {
      login = await postLogin(username, loginSecret);
    } finally {
      loginSecret.fill(0);
    }
    let keys: ProsecutorKeys;
    try {
      keys = await unwrapOwnKeys(worker, login, username);
    } catch (error) {
      await discardServerSession(login.sessionToken);
      throw error;
    }
    const session: MemberSession = {
      token: login.sessionToken,
      expiresAt: login.expiresAt,
      member: login.member,
      keys,
      fingerprint: fingerprint(keys.signing.publicKey, keys.box.publicKey),
    };
    startSession(session);
    return session;
  } finally {
    worker.close();
  }
}

function sameKeys(member: MemberView, signingPublicKey: Uint8Array, boxPublicKey: Uint8Array): boolean {
  try {
    return (
      constantTimeEqual(fromBase64Url(member.signingPublicKey, 32), signingPublicKey) &&
      constantTimeEqual(fromBase64Url(member.boxPublicKey, 32), boxPublicKey)
    );
  } catch {
    return false;
  }
}

/** Ends the session on the server (best effort) and wipes the keys here, whatever happens. */
export async function signOut(): Promise<void> {
  try {
    await memberRequest(ROUTES.logout, { response: emptyResponse });
  } catch {
    // Signing out must never fail for the person: the keys are wiped below in any case, and the
    // server's session expires on its own.
  } finally {
    endSession('signed_out');
  }
}

/**
 * Asks the server for this member's current state (a pending member checks whether they were
 * approved) and updates the session. The keys must still be the ones unwrapped at sign-in.
 */
export async function refreshMember(session: MemberSession): Promise<MemberView> {
  const { member } = await memberRequest(ROUTES.me, { response: meResponse });
  if (member.memberId !== session.member.memberId || !sameKeys(member, session.keys.signing.publicKey, session.keys.box.publicKey)) {
    endSession('signed_out');
    throw keysSwapped();
  }
  updateMember(member);
  return member;
}
