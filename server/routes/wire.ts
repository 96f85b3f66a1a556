// Between the wire and the services: base64url text in, bytes out, and back. The zod schemas
// of api/ have already checked alphabet and length; this also refuses non-canonical text
// (non-zero trailing bits), so one value has exactly one spelling.
import type { NewMessage, ThreadMessage } from '../../api/index';
import { CryptoError, fromBase64Url, toBase64Url } from '../../crypto/index';
import { HttpError } from '../errors';
import type { CaseMessageRow } from '../repositories/case-messages';
import type { IncomingMessage } from '../services/thread-append';

/** Decodes `text`; throws HttpError 400 invalid_encoding naming `field` (never the value). */
export function bytesOf(text: string, field: string, length?: number): Uint8Array {
  try {
    return fromBase64Url(text, length);
  } catch (error) {
    if (error instanceof CryptoError) {
      throw new HttpError(400, 'invalid_encoding', `${field} is not canonical unpadded base64url of the right length`);
    }
    throw error;
  }
}

export const b64 = toBase64Url;

export function incomingMessage(wire: NewMessage, field: string): IncomingMessage {
  return {
    seq: wire.seq,
    prevHash: bytesOf(wire.prevHash, `${field}.prevHash`, 32),
    authorPublicKey: bytesOf(wire.authorPublicKey, `${field}.authorPublicKey`, 32),
    envelope: bytesOf(wire.envelope, `${field}.envelope`),
    signature: bytesOf(wire.signature, `${field}.signature`, 64),
  };
}

export function threadMessageOf(row: CaseMessageRow): ThreadMessage {
  return {
    seq: row.seq,
    prevHash: b64(row.prev_hash),
    authorPublicKey: b64(row.author_public_key),
    authorRole: row.author_role,
    envelope: b64(row.envelope),
    signature: b64(row.signature),
  };
}
