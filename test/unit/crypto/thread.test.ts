import { beforeAll, describe, expect, it } from 'vitest';
import { deriveCaseKeys, signingKeyPairFromSeed, type CaseKeys, type SigningKeyPair } from '../../../crypto/case-keys';
import { InvalidArgumentError, ThreadIntegrityError } from '../../../crypto/errors';
import { ready } from '../../../crypto/sodium';
import {
  assertNoRollback,
  messageHash,
  nextLink,
  signMessage,
  threadGenesis,
  threadHead,
  verifyThread,
  type AuthorRole,
  type MessageRecord,
} from '../../../crypto/thread';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

let whistleblower: CaseKeys;
let otherCase: CaseKeys;
let prosecutor: SigningKeyPair;
let stranger: SigningKeyPair;
let thread: MessageRecord[];

function trusted(key: Uint8Array, role: AuthorRole): boolean {
  const expected = role === 'whistleblower' ? whistleblower.signing.publicKey : prosecutor.publicKey;
  return Buffer.from(key).equals(Buffer.from(expected));
}

/** Appends a message signed by `author` after `records`, as an honest client would. */
function append(records: MessageRecord[], author: SigningKeyPair, role: AuthorRole, body: number): MessageRecord[] {
  const caseId = whistleblower.caseId;
  const prevHash = records.length === 0 ? threadGenesis(caseId) : messageHash(records[records.length - 1] as MessageRecord);
  const record = signMessage(
    { caseId, seq: records.length, prevHash, authorPublicKey: author.publicKey, authorRole: role, envelope: patternBytes(1065, body) },
    author.secretKey,
  );
  return [...records, record];
}

beforeAll(async () => {
  await ready();
  whistleblower = deriveCaseKeys(patternBytes(16, 1));
  otherCase = deriveCaseKeys(patternBytes(16, 2));
  prosecutor = signingKeyPairFromSeed(patternBytes(32, 3));
  stranger = signingKeyPairFromSeed(patternBytes(32, 4));
  thread = [];
  thread = append(thread, whistleblower.signing, 'whistleblower', 10);
  thread = append(thread, prosecutor, 'prosecutor', 11);
  thread = append(thread, whistleblower.signing, 'whistleblower', 12);
  thread = append(thread, prosecutor, 'prosecutor', 13);
});

function expectBroken(records: MessageRecord[], index: number, reason: ThreadIntegrityError['reason']): void {
  const error = expectCryptoError(() => verifyThread(whistleblower.caseId, records, trusted), ThreadIntegrityError, reason);
  expect(error.index).toBe(index);
  expect(error.reason).toBe(reason);
}

describe('signed message thread', () => {
  it('verifies an honest thread and returns each message hash', () => {
    const verified = verifyThread(whistleblower.caseId, thread, trusted);
    expect(verified).toHaveLength(4);
    verified.forEach((m, i) => expect(m.messageHash).toEqual(messageHash(thread[i] as MessageRecord)));
    expect(verifyThread(whistleblower.caseId, [], trusted)).toEqual([]);
  });

  it('chains each message to the previous one, starting from a genesis value bound to the case', () => {
    expect(thread[0]?.prevHash).toEqual(threadGenesis(whistleblower.caseId));
    expect(threadGenesis(whistleblower.caseId)).not.toEqual(threadGenesis(otherCase.caseId));
    expect(thread[2]?.prevHash).toEqual(messageHash(thread[1] as MessageRecord));
  });

  it('reports an altered envelope as a bad signature at its index', () => {
    const altered = thread.map((m, i) => (i === 2 ? { ...m, envelope: flipped(m.envelope, 100) } : m));
    expectBroken(altered, 2, 'bad_signature');
  });

  it('reports an altered role or a modified signature as a bad signature', () => {
    expectBroken(thread.map((m, i) => (i === 1 ? { ...m, signature: flipped(m.signature, 5) } : m)), 1, 'bad_signature');
    // Claiming the prosecutor role with the whistleblower's key is refused before the signature.
    expectBroken(thread.map((m, i) => (i === 0 ? { ...m, authorRole: 'prosecutor' as const } : m)), 0, 'unknown_author');
  });

  it('reports reordered messages', () => {
    const reordered = [thread[0], thread[2], thread[1], thread[3]] as MessageRecord[];
    expectBroken(reordered, 1, 'seq_gap');
  });

  it('reports a message dropped from the middle', () => {
    const dropped = [thread[0], thread[1], thread[3]] as MessageRecord[];
    expectBroken(dropped, 2, 'seq_gap');
  });

  it('reports a message inserted with a forged link', () => {
    // A server-made message signed by a trusted key it does not hold is impossible, so insertion
    // means either a stranger's signature or a link that does not chain.
    const fork = append(thread.slice(0, 1), prosecutor, 'prosecutor', 99);
    const inserted = [thread[0], fork[1], ...thread.slice(1).map((m) => ({ ...m, seq: m.seq + 1 }))] as MessageRecord[];
    expectBroken(inserted, 2, 'chain_broken');
  });

  it('reports a renumbered message whose seq no longer matches its signature', () => {
    const renumbered = [...thread.slice(0, 2), { ...(thread[3] as MessageRecord), seq: 2 }] as MessageRecord[];
    expectBroken(renumbered, 2, 'chain_broken');
    const relinked = [...thread.slice(0, 2), { ...(thread[3] as MessageRecord), seq: 2, prevHash: messageHash(thread[1] as MessageRecord) }];
    expectBroken(relinked, 2, 'bad_signature');
  });

  it('reports a message by a foreign author', () => {
    const foreign = append(thread, stranger, 'prosecutor', 20);
    expectBroken(foreign, 4, 'unknown_author');
  });

  it('treats a trust callback that does not return exactly true as untrusted', () => {
    const asyncCallback = (() => Promise.resolve(true)) as unknown as (key: Uint8Array, role: AuthorRole) => boolean;
    const error = expectCryptoError(() => verifyThread(whistleblower.caseId, thread, asyncCallback), ThreadIntegrityError, 'unknown_author');
    expect(error.index).toBe(0);
  });

  it('reports a message belonging to another case', () => {
    const moved = thread.map((m, i) => (i === 1 ? { ...m, caseId: otherCase.caseId } : m));
    expectBroken(moved, 1, 'wrong_case');
    const error = expectCryptoError(() => verifyThread(otherCase.caseId, thread, trusted), ThreadIntegrityError, 'wrong_case');
    expect(error.index).toBe(0);
  });

  it('refuses to sign with a secret key that does not match the author key', () => {
    expectCryptoError(
      () =>
        signMessage(
          {
            caseId: whistleblower.caseId,
            seq: 0,
            prevHash: threadGenesis(whistleblower.caseId),
            authorPublicKey: prosecutor.publicKey,
            authorRole: 'prosecutor',
            envelope: new Uint8Array(10),
          },
          stranger.secretKey,
        ),
      InvalidArgumentError,
      'invalid_argument',
    );
  });

  it('detects a rollback against the head a client saw before, and accepts extensions', () => {
    const verified = verifyThread(whistleblower.caseId, thread, trusted);
    const seen = threadHead(whistleblower.caseId, verified);
    expect(seen.count).toBe(4);
    expect(() => assertNoRollback(seen, verified)).not.toThrow();
    const longer = verifyThread(whistleblower.caseId, append(thread, whistleblower.signing, 'whistleblower', 30), trusted);
    expect(() => assertNoRollback(seen, longer)).not.toThrow();
    const tailDropped = verified.slice(0, 3);
    const error = expectCryptoError(() => assertNoRollback(seen, tailDropped), ThreadIntegrityError, 'rolled_back');
    expect(error.index).toBe(4);
    const forked = verifyThread(whistleblower.caseId, append(thread.slice(0, 3), prosecutor, 'prosecutor', 77), trusted);
    expectCryptoError(() => assertNoRollback(seen, forked), ThreadIntegrityError, 'rolled_back');
  });

  it('gives the next link after a verified thread', () => {
    const verified = verifyThread(whistleblower.caseId, thread, trusted);
    expect(nextLink(whistleblower.caseId, verified)).toEqual({ seq: 4, prevHash: verified[3]?.messageHash });
    expect(nextLink(whistleblower.caseId, [])).toEqual({ seq: 0, prevHash: threadGenesis(whistleblower.caseId) });
  });
});
