// Returning whistleblowers prove they hold the case key by signing a fresh server nonce; the
// server then opens a short session. The signature covers case id, nonce and expiry, so an
// answer is valid for exactly one challenge of one case.
import { assertLength, concatBytes, u64be } from './bytes';
import { label } from './context';
import { BadSignatureError, ChallengeExpiredError, InvalidArgumentError } from './errors';
import { lib, randomBytes } from './sodium';

export const CHALLENGE_NONCE_BYTES = 32;

export interface Challenge {
  /** 32 bytes from the server's CSPRNG, single use. */
  readonly nonce: Uint8Array;
  readonly caseId: Uint8Array;
  /** Unix time in seconds; responses are refused at or after this instant. */
  readonly expiresAt: number;
}

function checkChallenge(challenge: Challenge): void {
  assertLength(challenge.nonce, CHALLENGE_NONCE_BYTES, 'challenge nonce');
  assertLength(challenge.caseId, 32, 'case id');
  if (!Number.isSafeInteger(challenge.expiresAt) || challenge.expiresAt < 0) {
    throw new InvalidArgumentError('expiresAt must be a non-negative integer (unix seconds)');
  }
}

/** label "thicket/v1/challenge" || caseId (32) || nonce (32) || u64be(expiresAt). */
export function challengeSignedBytes(challenge: Challenge): Uint8Array {
  checkChallenge(challenge);
  return concatBytes(label('challenge'), challenge.caseId, challenge.nonce, u64be(challenge.expiresAt));
}

/** Challenge with a caller-supplied nonce: for test vectors only. */
export function createChallengeWithNonce(caseId: Uint8Array, expiresAt: number, nonce: Uint8Array): Challenge {
  const challenge = { nonce: nonce.slice(), caseId: caseId.slice(), expiresAt };
  checkChallenge(challenge);
  return challenge;
}

/**
 * Server side: a new challenge for `caseId` with a fresh 32-byte CSPRNG nonce, expiring at
 * `expiresAt` (unix seconds, chosen by the caller: crypto/ reads no clock). The server must store
 * it and accept at most one response per nonce: replay protection is its job.
 */
export function createChallenge(caseId: Uint8Array, expiresAt: number): Challenge {
  return createChallengeWithNonce(caseId, expiresAt, randomBytes(CHALLENGE_NONCE_BYTES));
}

/**
 * Whistleblower side: the 64-byte Ed25519 signature answering `challenge` with the case signing
 * secret key. Deterministic (Ed25519). Throws InvalidArgumentError on malformed input.
 */
export function signChallenge(challenge: Challenge, caseSigningSecretKey: Uint8Array): Uint8Array {
  assertLength(caseSigningSecretKey, 64, 'case signing secret key');
  return lib().crypto_sign_detached(challengeSignedBytes(challenge), caseSigningSecretKey);
}

/**
 * Server side: returns normally only if `signature` answers exactly this challenge under
 * `casePublicKey` and `now` (unix seconds) is before expiresAt. Throws ChallengeExpiredError
 * ('challenge_expired') first when expired, else BadSignatureError ('bad_signature') for a wrong
 * key, another case, another nonce or a modified signature (indistinguishable by design).
 * It does not remember nonces: the caller must consume the challenge whatever the outcome.
 */
export function verifyChallengeResponse(
  challenge: Challenge,
  signature: Uint8Array,
  casePublicKey: Uint8Array,
  now: number,
): void {
  checkChallenge(challenge);
  assertLength(casePublicKey, 32, 'case public key');
  if (!Number.isSafeInteger(now)) throw new InvalidArgumentError('now must be an integer (unix seconds)');
  if (now >= challenge.expiresAt) throw new ChallengeExpiredError();
  if (!(signature instanceof Uint8Array) || signature.length !== 64) throw new BadSignatureError();
  if (!lib().crypto_sign_verify_detached(signature, challengeSignedBytes(challenge), casePublicKey)) {
    throw new BadSignatureError();
  }
}
