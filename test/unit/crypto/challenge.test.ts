import { beforeAll, describe, expect, it } from 'vitest';
import { deriveCaseKeys, type CaseKeys } from '../../../crypto/case-keys';
import { createChallenge, signChallenge, verifyChallengeResponse } from '../../../crypto/challenge';
import { BadSignatureError, ChallengeExpiredError } from '../../../crypto/errors';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

const NOW = 1_800_000_000;
let a: CaseKeys;
let b: CaseKeys;

beforeAll(async () => {
  await ready();
  a = deriveCaseKeys(patternBytes(16, 1));
  b = deriveCaseKeys(patternBytes(16, 2));
});

describe('login challenge', () => {
  it('accepts the case key answering its own challenge before expiry', () => {
    const challenge = createChallenge(a.caseId, NOW + 60);
    const signature = signChallenge(challenge, a.signing.secretKey);
    expect(() => verifyChallengeResponse(challenge, signature, a.signing.publicKey, NOW)).not.toThrow();
    expect(() => verifyChallengeResponse(challenge, signature, a.signing.publicKey, NOW + 59)).not.toThrow();
  });

  it('issues a different nonce each time', () => {
    expect(createChallenge(a.caseId, NOW).nonce).not.toEqual(createChallenge(a.caseId, NOW).nonce);
  });

  it('rejects a replayed answer to challenge A presented for challenge B', () => {
    const challengeA = createChallenge(a.caseId, NOW + 60);
    const challengeB = createChallenge(a.caseId, NOW + 60);
    const answerA = signChallenge(challengeA, a.signing.secretKey);
    expectCryptoError(() => verifyChallengeResponse(challengeB, answerA, a.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
  });

  it('rejects an answer for another case', () => {
    const forA = createChallenge(a.caseId, NOW + 60);
    const answer = signChallenge(forA, a.signing.secretKey);
    const forB = { ...forA, caseId: b.caseId };
    expectCryptoError(() => verifyChallengeResponse(forB, answer, b.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
    expectCryptoError(() => verifyChallengeResponse(forB, answer, a.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
  });

  it('rejects an answer made with the wrong key', () => {
    const challenge = createChallenge(a.caseId, NOW + 60);
    const forged = signChallenge(challenge, b.signing.secretKey);
    expectCryptoError(() => verifyChallengeResponse(challenge, forged, a.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
  });

  it('rejects an answer whose expiry was changed', () => {
    const challenge = createChallenge(a.caseId, NOW + 60);
    const answer = signChallenge(challenge, a.signing.secretKey);
    const extended = { ...challenge, expiresAt: NOW + 3600 };
    expectCryptoError(() => verifyChallengeResponse(extended, answer, a.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
  });

  it('rejects a modified signature', () => {
    const challenge = createChallenge(a.caseId, NOW + 60);
    const answer = signChallenge(challenge, a.signing.secretKey);
    for (const index of [0, 31, 32, 63]) {
      expectCryptoError(
        () => verifyChallengeResponse(challenge, flipped(answer, index), a.signing.publicKey, NOW),
        BadSignatureError,
        'bad_signature',
      );
    }
    expectCryptoError(() => verifyChallengeResponse(challenge, answer.subarray(0, 63), a.signing.publicKey, NOW), BadSignatureError, 'bad_signature');
  });

  it('rejects an answer at or after the expiry time', () => {
    const challenge = createChallenge(a.caseId, NOW);
    const answer = signChallenge(challenge, a.signing.secretKey);
    expectCryptoError(() => verifyChallengeResponse(challenge, answer, a.signing.publicKey, NOW), ChallengeExpiredError, 'challenge_expired');
    expectCryptoError(() => verifyChallengeResponse(challenge, answer, a.signing.publicKey, NOW + 1), ChallengeExpiredError, 'challenge_expired');
  });
});
