// Building blocks of the HTTP API's schemas: binary values travel as unpadded base64url text.
import { z } from 'zod';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** base64url text (no padding) of exactly `bytes` bytes. */
export function b64Bytes(bytes: number) {
  const length = Math.ceil((bytes * 4) / 3);
  return z
    .string()
    .length(length, `must be ${bytes} bytes as unpadded base64url (${length} characters)`)
    .regex(BASE64URL, 'must be unpadded base64url');
}

/** base64url text (no padding) of at most `maxBytes` bytes. */
export function b64Blob(maxBytes: number) {
  return z
    .string()
    .min(1)
    .max(Math.ceil((maxBytes * 4) / 3), `must be at most ${maxBytes} bytes`)
    .regex(BASE64URL, 'must be unpadded base64url');
}

export const publicKey = b64Bytes(32);
export const signature = b64Bytes(64);
export const hash32 = b64Bytes(32);
/** A case id: 32 bytes derived from the case's public keys (docs/PROTOCOL.md). */
export const caseId = b64Bytes(32);
/** A session or invite token: 32 random bytes. */
export const token = b64Bytes(32);
/** A sealed content key (crypto_box_seal of version, tag, case id and K). */
export const sealedKey = b64Blob(256);
/**
 * An encrypted envelope (padded): tips and messages are at most 256 KiB of padded plaintext
 * (the forms' limits stay well below, even with worst-case JSON escaping). Bounds what one case
 * and one inbox can cost the server and a prosecutor's browser.
 */
export const MAX_ENVELOPE_BYTES = 256 * 1024 + 1024;
export const envelope = b64Blob(MAX_ENVELOPE_BYTES);
/** At most this many messages in one case thread (tip included); then the server answers 409 thread_full. */
export const MAX_CASE_MESSAGES = 1000;
/** 'YYYY-MM-DD': the finest time the API ever reports. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD');
export const uuid = z.uuid();
/** A text file produced by crypto/ (certificate, receipt, wrapped keys): strict JSON, small. */
export const cryptoText = z.string().min(2).max(8192);

export const CASE_STATUSES = ['new', 'in_review', 'waiting_for_whistleblower', 'closed'] as const;
export const caseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatus>;

export const authorRole = z.enum(['whistleblower', 'prosecutor']);

/** One signed, hash-chained message of a case thread, as stored and served. */
export const threadMessage = z.strictObject({
  seq: z.int().min(0).max(100_000),
  prevHash: hash32,
  authorPublicKey: publicKey,
  authorRole,
  envelope,
  signature,
});
export type ThreadMessage = z.infer<typeof threadMessage>;

/** A new message: the author sends what it signed (the case id is the route's). */
export const newMessage = threadMessage.omit({ authorRole: true });
export type NewMessage = z.infer<typeof newMessage>;

/** Every 4xx/5xx body. */
export const errorBody = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBody>;
