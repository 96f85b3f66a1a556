// Opening a case (trust chain, K, whole-thread verification) and writing to it (signed, linked
// messages the thread verifier accepts). Tampering shows as a problem and blocks writing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProsecutorCaseResponse } from '../../../../api/index';
import { encodeCertificate, signCertificate, toBase64Url, verifyThread } from '../../../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../../../crypto/prosecutor-keys';
import { buildMessage, replyProblem } from '../../../../client/prosecutor/services/case-actions';
import { closeCase, openCase } from '../../../../client/prosecutor/services/case-view';
import { UserFacingError } from '../../../../client/prosecutor/services/describe-error';
import { verificationMark } from '../../../../client/prosecutor/services/verification-words';
import { toRecord } from '../../../../client/shared/thread';
import { makeCase, makeChain, sessionFor, type Chain } from './fixtures';

let chain: Chain;

beforeAll(async () => {
  await readySumo();
  chain = makeChain();
});

/** A case with the tip, a reply by this prosecutor and a status change, as the server would store them. */
function caseWithReplies() {
  const made = makeCase(chain);
  const session = sessionFor(chain.prosecutor);
  let response = made.response;
  let opened = openCase(response, session, response.caseId, chain.rootPublicKey);
  const reply = buildMessage(opened, chain.prosecutor.signing, 'message', { kind: 'message', version: 1, text: 'Which channel?' });
  response = { ...response, messages: [...response.messages, { ...reply, authorRole: 'prosecutor' }] };
  opened = openCase(response, session, response.caseId, chain.rootPublicKey);
  const status = buildMessage(opened, chain.prosecutor.signing, 'status', { kind: 'status', version: 1, status: 'in_review' });
  response = { ...response, status: 'in_review', messages: [...response.messages, { ...status, authorRole: 'prosecutor' }] };
  return { made, session, response };
}

describe('openCase', () => {
  it('verifies and decrypts the tip, and gives the link for the next message', () => {
    const made = makeCase(chain);
    const opened = openCase(made.response, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey);
    expect(opened.thread.problem).toBeNull();
    expect(opened.tip?.title).toBe('Pangolin scales in a Telegram channel');
    expect(opened.tip?.version === 1 ? opened.tip.listingUrl : null).toBe('https://t.me/example/123');
    expect(opened.signedStatus).toBe('new');
    expect(opened.thread.next.seq).toBe(1);
    expect(verificationMark(opened.thread.entries[0] ?? { role: 'prosecutor', agencyName: null })).toBe('Verified: signed by the whistleblower');
    closeCase(opened);
    expect(opened.contentKey.every((byte) => byte === 0)).toBe(true);
  });

  it('accepts messages built by buildMessage: the whole thread verifies, status and authorship read back', () => {
    const { made, session, response } = caseWithReplies();
    const records = response.messages.map((message) => toRecord(made.keys.caseId, message));
    expect(() => verifyThread(made.keys.caseId, records, () => true)).not.toThrow();
    const opened = openCase(response, session, response.caseId, chain.rootPublicKey);
    expect(opened.thread.problem).toBeNull();
    expect(opened.thread.entries.map((entry) => entry.content.kind)).toEqual(['tip', 'message', 'status']);
    expect(opened.signedStatus).toBe('in_review');
    expect([...opened.ownSeqs]).toEqual([1, 2]);
    const reply = opened.thread.entries[1];
    expect(reply && verificationMark(reply)).toBe('Verified: signed by Lusaka Agreement Task Force prosecutor');
    expect(opened.thread.next.seq).toBe(3);
  });

  it('reports an altered, deleted or reordered message, keeps only what came before, and blocks writing', () => {
    const { session, response } = caseWithReplies();
    const [tip, reply, status] = response.messages;
    if (!tip || !reply || !status) throw new Error('fixture');
    const altered = { ...reply, envelope: `${reply.envelope.slice(0, 60)}${reply.envelope[60] === 'A' ? 'B' : 'A'}${reply.envelope.slice(61)}` };
    const variants: [string, ProsecutorCaseResponse['messages'], number][] = [
      ['altered', [tip, altered, status], 1],
      ['deleted', [tip, status], 1],
      ['reordered', [tip, status, reply], 1],
    ];
    for (const [what, messages, index] of variants) {
      const opened = openCase({ ...response, messages }, session, response.caseId, chain.rootPublicKey);
      expect(opened.thread.problem?.index, what).toBe(index);
      expect(opened.thread.problem?.message, what).toMatch(/has been altered/);
      expect(opened.thread.entries, what).toHaveLength(index);
      expect(() => buildMessage(opened, chain.prosecutor.signing, 'message', { kind: 'message', version: 1, text: 'x' }), what).toThrow(UserFacingError);
    }
  });

  it('refuses a case when its own agency does not chain to the root key', () => {
    const made = makeCase(chain);
    const otherRoot = generateProsecutorKeys();
    expect(() => openCase(made.response, sessionFor(chain.prosecutor), made.response.caseId, toBase64Url(otherRoot.signing.publicKey))).toThrow(
      /not signed by this tip line's published root key/,
    );
    expect(() => openCase({ ...made.response, agencies: [] }, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey)).toThrow(
      /certificate of your own agency/,
    );
  });

  it('refuses a substituted prosecutor key in its own agency (not signed by the agency key)', () => {
    const made = makeCase(chain);
    const impostor = generateProsecutorKeys();
    const forged = signCertificate(
      { kind: 'prosecutor', subjectId: chain.agency.prosecutors[0]?.memberId ?? '', signingPublicKey: impostor.signing.publicKey, boxPublicKey: impostor.box.publicKey, issuedAt: '2026-11-22' },
      impostor.signing.secretKey,
    );
    const agency = { ...chain.agency, prosecutors: [{ memberId: chain.agency.prosecutors[0]?.memberId ?? '', certificate: encodeCertificate(forged) }] };
    expect(() => openCase({ ...made.response, agencies: [agency] }, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey)).toThrow(UserFacingError);
  });

  it('does not trust messages from another agency whose keys do not chain to the root', () => {
    const { session, response } = caseWithReplies();
    const rogueChain = makeChain('Rogue Unit');
    const rogueCase = { ...response, agencies: [chain.agency, { ...rogueChain.agency, agencyId: '11111111-2222-4333-8444-555555555555' }] };
    const opened = openCase(rogueCase, session, response.caseId, chain.rootPublicKey);
    expect(opened.unverifiedAgencies).toEqual(['Rogue Unit']);
    expect(opened.thread.problem).toBeNull();
  });

  it('refuses a case sealed to someone else, or another case than the one asked for', () => {
    const stranger = generateProsecutorKeys();
    const made = makeCase(chain, stranger);
    expect(() => openCase(made.response, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey)).toThrow(/cannot be decrypted/);
    const mine = makeCase(chain);
    expect(() => openCase(mine.response, sessionFor(chain.prosecutor), made.response.caseId, chain.rootPublicKey)).toThrow(/different case/);
  });

  it('shows a whistleblower message signed with another key as a break', () => {
    const { session, response } = caseWithReplies();
    const stranger = makeCase(chain);
    const opened = openCase(response, session, response.caseId, chain.rootPublicKey);
    // A message signed by some other case's key, correctly linked: not the case's author.
    const fake = buildMessage(opened, stranger.keys.signing, 'message', { kind: 'message', version: 1, text: 'forged' });
    const forged = { ...fake, authorRole: 'whistleblower' as const };
    const reopened = openCase({ ...response, messages: [...response.messages, forged] }, session, response.caseId, chain.rootPublicKey);
    expect(reopened.thread.problem?.reason).toBe('unknown_author');
    expect(reopened.thread.entries).toHaveLength(3);
  });
});

describe('replyProblem', () => {
  it('wants text, at most 20 000 characters after trimming', () => {
    expect(replyProblem('   \n')).toMatch(/Write a message/);
    expect(replyProblem('x'.repeat(20_000))).toBeNull();
    expect(replyProblem(` ${'x'.repeat(20_000)} `)).toBeNull();
    expect(replyProblem('x'.repeat(20_001))).toMatch(/limited/);
  });
});
