// Whistleblower side: submitting a tip, opening a case session with the case code, the thread.
import { z } from 'zod';
import { b64Bytes, caseId, caseStatus, cryptoText, day, newMessage, publicKey, sealedKey, signature, threadMessage, uuid } from './common';
import { directoryAgency } from './directory';
import { caseFile, caseQuota, messageWithFiles } from './files';

/** POST /api/cases: a new case. Everything is made and encrypted in the browser. */
export const createCaseBody = z.strictObject({
  caseId,
  signingPublicKey: publicKey,
  boxPublicKey: publicKey,
  /** Message 0: the tip, signed by the case key, prevHash = genesis. */
  tip: newMessage,
  /** K sealed to the case's own box key (so the whistleblower can read replies). */
  keyForCase: sealedKey,
  /** K sealed to each recipient prosecutor's box key; each must be an active, certified prosecutor. */
  recipients: z.array(z.strictObject({ memberId: uuid, sealedKey })).min(1).max(200),
});
export type CreateCaseBody = z.infer<typeof createCaseBody>;
/** 201: the server's signed receipt (encodeReceipt() text). */
export const createCaseResponse = z.strictObject({ receipt: cryptoText });

/** POST /api/case-sessions/challenge: the same answer shape whether or not the case exists. */
export const challengeBody = z.strictObject({ caseId });
export const challengeResponse = z.strictObject({
  challenge: z.strictObject({ caseId, nonce: b64Bytes(32), expiresAt: z.int() }),
  /** Server MAC over the challenge: the server keeps no per-challenge state until it is answered. */
  challengeToken: b64Bytes(32),
});
export type ChallengeResponse = z.infer<typeof challengeResponse>;

/** POST /api/case-sessions: answer the challenge with the case signing key. */
export const openSessionBody = z.strictObject({
  challenge: challengeResponse.shape.challenge,
  challengeToken: b64Bytes(32),
  signature,
});
export const openSessionResponse = z.strictObject({
  /** Bearer token for the case routes; kept in memory only. */
  sessionToken: z.string().min(40).max(200),
  expiresAt: z.int(),
});

/** GET /api/case (case session): everything the whistleblower's browser needs to verify and read. */
export const caseViewResponse = z.strictObject({
  caseId,
  status: caseStatus,
  createdOn: day,
  keyForCase: sealedKey,
  messages: z.array(threadMessage),
  /** Agencies the case was sent to, with certificates, to verify prosecutor authors. */
  agencies: z.array(directoryAgency),
  receipt: cryptoText,
  /** Attached evidence files (encrypted streams; their manifests are in the thread). */
  files: z.array(caseFile),
  quota: caseQuota,
});
export type CaseViewResponse = z.infer<typeof caseViewResponse>;

/** POST /api/case/messages (case session): the whistleblower's next message, with the files it attaches. */
export const postCaseMessageBody = messageWithFiles;
export const postMessageResponse = z.strictObject({ seq: z.int() });

