// Opening a whistleblower's case session (decision 7 of issue 3, docs/PROTOCOL.md §17):
// a stateless, MAC'd challenge; the answer signed with the case key; a stateless session token.
// Nothing records when someone came back, and no answer reveals whether a case exists.
import { createHash } from 'node:crypto';
import { CryptoError, createChallenge, generateSigningKeyPair, verifyChallengeResponse } from '../../crypto/index';
import type { Challenge } from '../../crypto/index';
import { utcDay } from '../db/day';
import { HttpError } from '../errors';
import { getCaseSigningKey } from '../repositories/cases';
import { markChallengeUsed, purgeUsedChallenges } from '../repositories/used-challenges';
import { CASE_SESSION_SECONDS, issueCaseSessionToken } from '../auth/case-session-token';
import { CHALLENGE_SECONDS, challengeToken, verifyChallengeToken } from '../auth/challenge-token';
import type { AppContext } from './app-context';
import { nowSeconds, todayUtc } from './app-context';

/** Used nonces are kept this many days (a challenge lives two minutes). */
export const USED_CHALLENGE_DAYS = 2;

const authFailed = (): HttpError =>
  new HttpError(401, 'case_auth_failed', 'This case code did not open a case. Check the words and try again.');

let decoyKey: Uint8Array | undefined;
/** A real public key no case has: unknown cases cost the same signature check as known ones. */
function decoyPublicKey(): Uint8Array {
  decoyKey ??= generateSigningKeyPair().publicKey;
  return decoyKey;
}

/** SHA-256 of the nonce, domain-separated: what used_challenges stores. */
export function usedNonceHash(nonce: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update('thicket/v1/used-challenge\0', 'utf8').update(nonce).digest());
}

export interface IssuedChallenge {
  readonly challenge: Challenge;
  readonly token: Uint8Array;
}

/** A challenge for any case id, known or not: the same work and the same answer either way. */
export async function issueChallenge(context: AppContext, caseId: Uint8Array): Promise<IssuedChallenge> {
  const key = await context.secrets.get('challenge-mac');
  const challenge = createChallenge(caseId, nowSeconds(context.clock) + CHALLENGE_SECONDS);
  return { challenge, token: challengeToken(key, challenge) };
}

export interface ChallengeAnswer {
  readonly challenge: Challenge;
  readonly token: Uint8Array;
  readonly signature: Uint8Array;
}

/**
 * Checks, in order: the server's MAC on the challenge, its expiry, the case and the signature
 * (an unknown case and a bad signature are the same failure), and that the challenge was never
 * answered before. Returns a case session token and its expiry (unix seconds).
 */
export async function openCaseSession(context: AppContext, answer: ChallengeAnswer): Promise<{ token: string; expiresAt: number }> {
  const { challenge } = answer;
  try {
    verifyChallengeToken(await context.secrets.get('challenge-mac'), challenge, answer.token);
  } catch (error) {
    if (error instanceof CryptoError) throw authFailed();
    throw error;
  }
  const now = nowSeconds(context.clock);
  if (now >= challenge.expiresAt) {
    throw new HttpError(401, 'challenge_expired', 'Opening the case took too long. Please try again.');
  }
  const caseKey = await getCaseSigningKey(context.db, challenge.caseId);
  try {
    verifyChallengeResponse(challenge, answer.signature, caseKey ?? decoyPublicKey(), now);
  } catch (error) {
    if (error instanceof CryptoError) throw authFailed();
    throw error;
  }
  if (caseKey === undefined) throw authFailed();

  const today = todayUtc(context.clock);
  if (!(await markChallengeUsed(context.db, usedNonceHash(challenge.nonce), today))) {
    throw new HttpError(401, 'challenge_replayed', 'This sign-in was already used. Please enter your case code again.');
  }
  const firstKeptDay = utcDay(new Date(context.clock().getTime() - USED_CHALLENGE_DAYS * 86_400_000));
  await purgeUsedChallenges(context.db, firstKeptDay);

  const expiresAt = now + CASE_SESSION_SECONDS;
  return { token: issueCaseSessionToken(await context.secrets.get('case-session-mac'), challenge.caseId, expiresAt), expiresAt };
}
