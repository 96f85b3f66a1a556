import { beforeAll, describe, expect, it } from 'vitest';
import { deriveCaseKeys, generateCaseEntropy, ready, signMessage, toBase64Url, type MessageRecord } from '../../../../crypto/index';
import { readThread } from '../../../../client/shared/thread';
import { verifyAgency, type TrustedAgency } from '../../../../client/shared/trust';
import { append, makeFixture, standardThread, toWire, type Fixture } from './fixtures';

let fixture: Fixture;
let agencies: TrustedAgency[];
let thread: MessageRecord[];

beforeAll(async () => {
  await ready();
  fixture = makeFixture();
  agencies = [verifyAgency(fixture.agency, toBase64Url(fixture.root.publicKey))];
  thread = standardThread(fixture);
});

function read(records: readonly MessageRecord[]) {
  return readThread({
    caseId: fixture.caseKeys.caseId,
    caseSigningPublicKey: fixture.caseKeys.signing.publicKey,
    contentKey: fixture.contentKey,
    messages: records.map(toWire),
    agencies,
  });
}

describe('readThread', () => {
  it('verifies, decrypts and attributes an intact thread, with the latest status and the next link', () => {
    const result = read(thread);
    expect(result.problem).toBeNull();
    expect(result.entries.map((entry) => entry.content.kind)).toEqual(['tip', 'message', 'status', 'message']);
    expect(result.entries[1]?.agencyName).toBe('Test Agency');
    expect(result.entries[0]?.agencyName).toBeNull();
    expect(result.latestStatus).toBe('waiting_for_whistleblower');
    expect(result.next.seq).toBe(4);
  });

  it('reports an altered message and keeps only what came before it', () => {
    const altered = thread.map((record, i) => (i === 1 ? { ...record, envelope: record.envelope.map((b, j) => (j === 30 ? b ^ 1 : b)) } : record));
    const result = read(altered);
    expect(result.problem?.index).toBe(1);
    expect(result.problem?.message).toContain('has been altered');
    expect(result.entries).toHaveLength(1);
    expect(result.next.seq).toBe(-1);
  });

  it('reports a message dropped from the middle', () => {
    const dropped = [thread[0], thread[1], thread[3]].filter((r): r is MessageRecord => r !== undefined);
    expect(read(dropped).problem?.reason).toMatch(/seq_gap|chain_broken/);
  });

  it('reports reordered messages', () => {
    const [a, b, c, d] = thread;
    if (!a || !b || !c || !d) throw new Error('fixture');
    expect(read([a, c, b, d]).problem).not.toBeNull();
  });

  it('reports a message inserted with a key that is neither the case key nor a certified prosecutor', () => {
    const rogue = deriveCaseKeys(generateCaseEntropy()).signing;
    const base = thread.slice(0, 2);
    const good = append(fixture, base, 'prosecutor', 'message', { kind: 'message', version: 1, text: 'x' });
    const template = good[2];
    if (!template) throw new Error('fixture');
    const forged = signMessage({ ...template, authorPublicKey: rogue.publicKey }, rogue.secretKey);
    expect(read([...base, forged]).problem?.reason).toBe('unknown_author');
  });

  it('refuses a status change signed by the whistleblower', () => {
    const withStatus = append(fixture, thread, 'whistleblower', 'status', { kind: 'status', version: 1, status: 'closed' });
    const result = read(withStatus);
    expect(result.problem?.reason).toBe('bad_content');
    expect(result.latestStatus).toBe('waiting_for_whistleblower');
  });

  it('reports content it cannot understand instead of showing it', () => {
    const odd = append(fixture, thread, 'prosecutor', 'message', { kind: 'message', version: 99, text: 'from the future' });
    expect(read(odd).problem?.reason).toBe('bad_content');
  });
});
