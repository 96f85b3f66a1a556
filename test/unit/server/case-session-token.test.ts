// The stateless case session token and challenge token (docs/PROTOCOL.md §17).
import { beforeAll, describe, expect, it } from 'vitest';
import { BadMacError, createChallenge, fromBase64Url, ready, toBase64Url } from '../../../crypto/index';
import { CASE_SESSION_TOKEN_LENGTH, issueCaseSessionToken, readCaseSessionToken } from '../../../server/auth/case-session-token';
import { challengeToken, verifyChallengeToken } from '../../../server/auth/challenge-token';

const key = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const otherKey = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const caseId = Uint8Array.from({ length: 32 }, (_, i) => i * 3);

beforeAll(ready);

describe('case session token', () => {
  it('carries the case id and expiry under the MAC, in 96 characters', () => {
    const token = issueCaseSessionToken(key, caseId, 1_800_000_000);
    expect(token).toHaveLength(CASE_SESSION_TOKEN_LENGTH);
    expect(CASE_SESSION_TOKEN_LENGTH).toBe(96);
    expect(readCaseSessionToken(key, token)).toEqual({ valid: true, caseId, expiresAt: 1_800_000_000 });
    expect(fromBase64Url(token).subarray(0, 32)).toEqual(caseId);
  });

  it('is refused under another key, or with any byte changed', () => {
    const token = issueCaseSessionToken(key, caseId, 1_800_000_000);
    expect(readCaseSessionToken(otherKey, token)).toEqual({ valid: false });
    const bytes = fromBase64Url(token);
    for (const index of [0, 31, 32, 39, 40, 71]) {
      const changed = bytes.slice();
      changed[index] = (changed[index] ?? 0) ^ 0x80;
      expect(readCaseSessionToken(key, toBase64Url(changed))).toEqual({ valid: false });
    }
  });

  it('is refused when it is not exactly a token: other lengths, alphabets, encodings', () => {
    const token = issueCaseSessionToken(key, caseId, 1_800_000_000);
    for (const bad of ['', token.slice(1), `${token}A`, `${token.slice(0, -1)}+`, `${token.slice(0, -1)}=`, 'A'.repeat(96)]) {
      expect(readCaseSessionToken(key, bad)).toEqual({ valid: false });
    }
  });

  it('does not judge expiry itself: the caller compares with its clock', () => {
    const old = issueCaseSessionToken(key, caseId, 1);
    expect(readCaseSessionToken(key, old)).toEqual({ valid: true, caseId, expiresAt: 1 });
  });
});

describe('challenge token', () => {
  it('verifies only for the exact challenge it was made for', () => {
    const challenge = createChallenge(caseId, 1_800_000_120);
    const token = challengeToken(key, challenge);
    expect(() => verifyChallengeToken(key, challenge, token)).not.toThrow();
    expect(() => verifyChallengeToken(otherKey, challenge, token)).toThrow(BadMacError);
    expect(() => verifyChallengeToken(key, { ...challenge, expiresAt: challenge.expiresAt + 1 }, token)).toThrow(BadMacError);
    expect(() => verifyChallengeToken(key, { ...challenge, caseId: new Uint8Array(32) }, token)).toThrow(BadMacError);
    expect(() => verifyChallengeToken(key, createChallenge(caseId, 1_800_000_120), token)).toThrow(BadMacError);
  });
});
