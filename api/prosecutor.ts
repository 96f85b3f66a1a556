// Prosecutors: the inbox, a case, replies and status changes.
import { z } from 'zod';
import { caseId, caseStatus, day, envelope, newMessage, publicKey, sealedKey, threadMessage } from './common';
import { directoryAgency } from './directory';
import { caseFile, caseQuota, messageWithFiles } from './files';

export const inboxCase = z.strictObject({
  caseId,
  status: caseStatus,
  createdOn: day,
  updatedOn: day,
  /** K sealed to this prosecutor. */
  sealedKey,
  /** The tip envelope (message 0), to decrypt the title for the list. */
  tipEnvelope: envelope,
  messageCount: z.int(),
  /** The server encrypted this case's tip or answers: the whistleblower's browser ran no JavaScript. */
  encryptedOnServer: z.boolean(),
});
export type InboxCase = z.infer<typeof inboxCase>;
/** GET /api/prosecutor/cases: newest first. */
export const inboxResponse = z.strictObject({ cases: z.array(inboxCase) });

export const caseParams = z.strictObject({ caseId });
/** GET /api/prosecutor/cases/:caseId */
export const prosecutorCaseResponse = z.strictObject({
  caseId,
  status: caseStatus,
  createdOn: day,
  sealedKey,
  /** The case's Ed25519 key: the only key a whistleblower message may be signed with. */
  signingPublicKey: publicKey,
  /** The server encrypted this case's tip or answers: the whistleblower's browser ran no JavaScript. */
  encryptedOnServer: z.boolean(),
  messages: z.array(threadMessage),
  agencies: z.array(directoryAgency),
  /** Attached evidence files (encrypted streams; their manifests are in the thread). */
  files: z.array(caseFile),
  quota: caseQuota,
});
export type ProsecutorCaseResponse = z.infer<typeof prosecutorCaseResponse>;

/** POST /api/prosecutor/cases/:caseId/messages */
export const postProsecutorMessageBody = messageWithFiles;

/** POST /api/prosecutor/cases/:caseId/status: the new status and the signed status message announcing it. */
export const statusBody = z.strictObject({ status: caseStatus, message: newMessage });
export const statusResponse = z.strictObject({ status: caseStatus, seq: z.int() });
