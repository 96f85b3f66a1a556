// A case's messages form a signed hash chain: each record names its position, the hash of the
// record before it and its author, and is signed by that author. A server that forges, alters,
// reorders, inserts or drops a message in the middle is caught by verifyThread. Dropping the
// newest messages is not visible from the chain alone: see assertNoRollback and PROTOCOL.md.
import { assertLength, concatBytes, constantTimeEqual, u32be, u8 } from './bytes';
import { label } from './context';
import { BadSignatureError, InvalidArgumentError, ThreadIntegrityError } from './errors';
import { hash256 } from './hash';
import { lib } from './sodium';

export const AUTHOR_ROLES = ['whistleblower', 'prosecutor'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];
const ROLE_BYTE: Record<AuthorRole, number> = { whistleblower: 1, prosecutor: 2 };

export interface UnsignedMessage {
  readonly caseId: Uint8Array;
  /** Position in the thread, from 0, at most 2^32 − 1. */
  readonly seq: number;
  /** messageHash of record seq − 1, or threadGenesis(caseId) for seq 0. */
  readonly prevHash: Uint8Array;
  /** Ed25519 public key of the author. */
  readonly authorPublicKey: Uint8Array;
  readonly authorRole: AuthorRole;
  /** The encrypted body (an envelope); only its hash is signed. */
  readonly envelope: Uint8Array;
}

export interface MessageRecord extends UnsignedMessage {
  readonly signature: Uint8Array;
}

export interface VerifiedMessage extends MessageRecord {
  readonly messageHash: Uint8Array;
}

/** What a client remembers to detect a later rollback: how many messages, and the last hash. */
export interface ThreadHead {
  readonly count: number;
  readonly headHash: Uint8Array;
}

/** BLAKE2b-256(label "thicket/v1/envelope-hash" || envelope): used by messages and receipts. */
export function envelopeHash(envelope: Uint8Array): Uint8Array {
  if (!(envelope instanceof Uint8Array)) throw new InvalidArgumentError('envelope must be bytes');
  return hash256('envelopeHash', envelope);
}

/** prevHash of message 0: BLAKE2b-256(label "thicket/v1/thread-genesis" || caseId). */
export function threadGenesis(caseId: Uint8Array): Uint8Array {
  assertLength(caseId, 32, 'case id');
  return hash256('threadGenesis', caseId);
}

function checkShape(message: UnsignedMessage): void {
  assertLength(message.caseId, 32, 'case id');
  assertLength(message.prevHash, 32, 'prevHash');
  assertLength(message.authorPublicKey, 32, 'author public key');
  if (!Number.isInteger(message.seq) || message.seq < 0 || message.seq > 0xffffffff) {
    throw new InvalidArgumentError('seq must be a u32');
  }
  if (!(message.authorRole in ROLE_BYTE)) throw new InvalidArgumentError('unknown author role');
  if (!(message.envelope instanceof Uint8Array)) throw new InvalidArgumentError('envelope must be bytes');
}

/**
 * label "thicket/v1/thread-message" || caseId (32) || u32be(seq) || prevHash (32) ||
 * authorPublicKey (32) || u8(role: 1 whistleblower, 2 prosecutor) || envelopeHash (32).
 */
export function messageSignedBytes(message: UnsignedMessage): Uint8Array {
  checkShape(message);
  return concatBytes(
    label('threadMessage'),
    message.caseId,
    u32be(message.seq),
    message.prevHash,
    message.authorPublicKey,
    u8(ROLE_BYTE[message.authorRole]),
    envelopeHash(message.envelope),
  );
}

/** BLAKE2b-256(label "thicket/v1/message-hash" || signedBytes || signature). */
export function messageHash(record: MessageRecord): Uint8Array {
  assertLength(record.signature, 64, 'signature');
  return hash256('messageHash', messageSignedBytes(record), record.signature);
}

/**
 * Signs a message record with the author's Ed25519 secret key (64 bytes). Checks the secret key
 * belongs to `authorPublicKey`, so a record can never carry a key that did not sign it. Throws
 * InvalidArgumentError on malformed fields or a mismatched key.
 */
export function signMessage(message: UnsignedMessage, authorSecretKey: Uint8Array): MessageRecord {
  assertLength(authorSecretKey, 64, 'author secret key');
  const sodium = lib();
  if (!constantTimeEqual(authorSecretKey.subarray(32), message.authorPublicKey)) {
    throw new InvalidArgumentError('secret key does not belong to authorPublicKey');
  }
  const signature = sodium.crypto_sign_detached(messageSignedBytes(message), authorSecretKey);
  return { ...message, signature };
}

/** Throws BadSignatureError unless the record's signature verifies under its author key. */
export function verifyMessageSignature(record: MessageRecord): void {
  if (!(record.signature instanceof Uint8Array) || record.signature.length !== 64) throw new BadSignatureError();
  if (!lib().crypto_sign_verify_detached(record.signature, messageSignedBytes(record), record.authorPublicKey)) {
    throw new BadSignatureError();
  }
}

/**
 * Verifies a whole thread in order and returns it with each message's hash. `isTrustedAuthor`
 * decides whether a (key, role) pair may write in this case: the case signing key for
 * 'whistleblower', a certified prosecutor key shared on the case for 'prosecutor'. Throws
 * ThreadIntegrityError naming the first bad index and reason ('wrong_case', 'seq_gap',
 * 'chain_broken', 'unknown_author', 'bad_signature'); InvalidArgumentError for a record whose
 * fields have impossible lengths.
 */
export function verifyThread(
  caseId: Uint8Array,
  messages: readonly MessageRecord[],
  isTrustedAuthor: (authorPublicKey: Uint8Array, role: AuthorRole) => boolean,
): VerifiedMessage[] {
  assertLength(caseId, 32, 'case id');
  const verified: VerifiedMessage[] = [];
  let expectedPrev = threadGenesis(caseId);
  messages.forEach((record, index) => {
    checkShape(record);
    if (!constantTimeEqual(record.caseId, caseId)) throw new ThreadIntegrityError(index, 'wrong_case');
    if (record.seq !== index) throw new ThreadIntegrityError(index, 'seq_gap');
    if (!constantTimeEqual(record.prevHash, expectedPrev)) throw new ThreadIntegrityError(index, 'chain_broken');
    // Strictly true: a mistakenly async callback returns a Promise, which must not count as yes.
    if (isTrustedAuthor(record.authorPublicKey, record.authorRole) !== true) {
      throw new ThreadIntegrityError(index, 'unknown_author');
    }
    try {
      verifyMessageSignature(record);
    } catch {
      throw new ThreadIntegrityError(index, 'bad_signature');
    }
    const hash = messageHash(record);
    verified.push({ ...record, messageHash: hash });
    expectedPrev = hash;
  });
  return verified;
}

/** The head of a verified thread; genesis hash and count 0 for an empty one. */
export function threadHead(caseId: Uint8Array, verified: readonly VerifiedMessage[]): ThreadHead {
  const last = verified[verified.length - 1];
  return { count: verified.length, headHash: last ? last.messageHash : threadGenesis(caseId) };
}

/** prevHash and seq for the next message after a verified thread. */
export function nextLink(caseId: Uint8Array, verified: readonly VerifiedMessage[]): { seq: number; prevHash: Uint8Array } {
  const head = threadHead(caseId, verified);
  return { seq: head.count, prevHash: head.headHash };
}

/**
 * Throws ThreadIntegrityError ('rolled_back', index = the count seen before) if a freshly verified
 * thread does not extend what this client saw earlier: fewer messages, or a different message at
 * the old head position. This is the only defence against the server dropping the newest
 * messages, so clients should keep `ThreadHead` between visits where they can.
 */
export function assertNoRollback(previous: ThreadHead, verified: readonly VerifiedMessage[]): void {
  if (!Number.isInteger(previous.count) || previous.count < 0) throw new InvalidArgumentError('bad count');
  assertLength(previous.headHash, 32, 'head hash');
  if (previous.count === 0) return;
  const atOldHead = verified[previous.count - 1];
  if (!atOldHead || !constantTimeEqual(atOldHead.messageHash, previous.headHash)) {
    throw new ThreadIntegrityError(previous.count, 'rolled_back');
  }
}
