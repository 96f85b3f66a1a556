// Agency members (agency admins and prosecutors): invites, enrollment, login.
import { z } from 'zod';
import { b64Bytes, cryptoText, day, publicKey, token, uuid } from './common';

export const MEMBER_ROLES = ['admin', 'prosecutor'] as const;
export const memberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof memberRole>;
export const MEMBER_STATES = ['pending', 'active', 'rejected'] as const;
export const memberState = z.enum(MEMBER_STATES);

/** Login names: lower-case letters, digits, dot, dash, underscore; 3..64. Also the key-wrap user id. */
export const username = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, dot, dash or underscore');

/** GET /api/invites/:token */
export const inviteParams = z.strictObject({ token });
export const inviteResponse = z.strictObject({ role: memberRole, agencyName: z.string(), expiresOn: day });

/** POST /api/enroll: register keys made in the browser; the member then waits for approval. */
export const enrollBody = z.strictObject({
  token,
  username,
  displayName: z.string().trim().min(1).max(100),
  signingPublicKey: publicKey,
  boxPublicKey: publicKey,
  /** encodeWrappedKeys() text, wrapped under the passphrase (Argon2id params and salt inside). */
  wrappedKeys: cryptoText,
  /** encodeWrappedKeys() text, wrapped under the recovery key. */
  recoveryWrappedKeys: cryptoText,
  /** The secret derived from the passphrase; the server stores only hashLoginSecret() of it. */
  loginSecret: b64Bytes(32),
  recoveryLoginSecret: b64Bytes(32),
});
export type EnrollBody = z.infer<typeof enrollBody>;
export const enrollResponse = z.strictObject({ memberId: uuid, state: memberState });

/** POST /api/auth/params: the Argon2id parameters to derive the login secret with. */
export const authParamsBody = z.strictObject({ username });
export const authParamsResponse = z.strictObject({
  /** Salt and costs; for an unknown username, plausible deterministic values (no user enumeration). */
  opsLimit: z.int(),
  memLimitBytes: z.int(),
  salt: b64Bytes(16),
});

/** POST /api/auth/login */
export const loginBody = z.strictObject({ username, loginSecret: b64Bytes(32) });
export const memberView = z.strictObject({
  memberId: uuid,
  username,
  displayName: z.string(),
  role: memberRole,
  state: memberState,
  agencyId: uuid,
  agencyName: z.string(),
  signingPublicKey: publicKey,
  boxPublicKey: publicKey,
  /** This member's certificate once approved (admins: the agency certificate by the root). */
  certificate: cryptoText.nullable(),
});
export type MemberView = z.infer<typeof memberView>;
export const loginResponse = z.strictObject({
  sessionToken: z.string().min(40).max(200),
  expiresAt: z.int(),
  member: memberView,
  wrappedKeys: cryptoText,
});

/** GET /api/me */
export const meResponse = z.strictObject({ member: memberView });
