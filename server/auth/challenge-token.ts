// Stateless case-session challenges (docs/PROTOCOL.md §17): the server MACs what it issued
// instead of storing it, and checks the MAC when the answer comes back.
import { concatBytes, mac, u64be, verifyMac } from '../../crypto/index';
import type { Challenge } from '../../crypto/index';

/** How long a challenge may be answered. */
export const CHALLENGE_SECONDS = 120;

function challengeMessage(challenge: Challenge): Uint8Array {
  return concatBytes(challenge.caseId, challenge.nonce, u64be(challenge.expiresAt));
}

/** The 32-byte challengeToken for `challenge` under the 'challenge-mac' key. */
export function challengeToken(key: Uint8Array, challenge: Challenge): Uint8Array {
  return mac(key, 'challenge', challengeMessage(challenge));
}

/** Throws BadMacError unless `token` is this server's token for exactly this challenge. */
export function verifyChallengeToken(key: Uint8Array, challenge: Challenge, token: Uint8Array): void {
  verifyMac(key, 'challenge', challengeMessage(challenge), token);
}
