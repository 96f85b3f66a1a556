// The whistleblower's case session (docs/PROTOCOL.md §17): a token that carries its own case id
// and expiry under a server MAC, stored nowhere, so nothing records when someone came back.
//   token = base64url(caseId (32) || u64be(expiresAt) (8) || MAC (32))    (96 characters)
import { CryptoError, concatBytes, fromBase64Url, mac, toBase64Url, u64be, verifyMac } from '../../crypto/index';

/** How long a case session lasts. It cannot be revoked earlier: keep it short. */
export const CASE_SESSION_SECONDS = 30 * 60;
const TOKEN_BYTES = 32 + 8 + 32;
export const CASE_SESSION_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 4) / 3);

function sessionMessage(caseId: Uint8Array, expiresAt: number): Uint8Array {
  return concatBytes(caseId, u64be(expiresAt));
}

export function issueCaseSessionToken(key: Uint8Array, caseId: Uint8Array, expiresAt: number): string {
  return toBase64Url(concatBytes(sessionMessage(caseId, expiresAt), mac(key, 'case-session', sessionMessage(caseId, expiresAt))));
}

export type CaseSessionTokenResult =
  | { readonly valid: true; readonly caseId: Uint8Array; readonly expiresAt: number }
  | { readonly valid: false };

/**
 * Reads a token this server issued. Invalid for anything that is not exactly such a token (bad
 * encoding, length or MAC). Expiry is the caller's to check: the token is authentic either way.
 */
export function readCaseSessionToken(key: Uint8Array, token: string): CaseSessionTokenResult {
  if (token.length !== CASE_SESSION_TOKEN_LENGTH) return { valid: false };
  try {
    const bytes = fromBase64Url(token, TOKEN_BYTES);
    const caseId = bytes.slice(0, 32);
    const expiresAt = Number(new DataView(bytes.buffer, bytes.byteOffset + 32, 8).getBigUint64(0, false));
    if (!Number.isSafeInteger(expiresAt)) return { valid: false };
    verifyMac(key, 'case-session', bytes.subarray(0, 40), bytes.subarray(40));
    return { valid: true, caseId, expiresAt };
  } catch (error) {
    if (error instanceof CryptoError) return { valid: false };
    throw error;
  }
}
