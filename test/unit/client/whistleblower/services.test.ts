// The whistleblower services against a stand-in tip line that checks what the real server must
// (case id, signed thread, recipients, challenge) with the real crypto, and that misbehaves on
// request: substituted keys, dropped connections, altered, reordered or missing messages.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../../../api/index';
import { BadChecksumError, decodeReceipt, deriveCaseKeys, encodeCaseCode, parseCaseCode, ready, toBase64Url, verifyReceipt } from '../../../../crypto/index';
import { loadAgencies } from '../../../../client/whistleblower/services/agencies';
import { openCase } from '../../../../client/whistleblower/services/open-case';
import { TipSubmitter, type SubmitStep } from '../../../../client/whistleblower/services/submit-tip';
import { CaseCodeInvalid, NoSuchCase, ServiceFailure, SubmitFailure, ThreadMovedOn } from '../../../../client/whistleblower/services/errors';
import type { TipContentV1 } from '../../../../api/index';
import { FakeTipLine } from './fake-tip-line';

const CANARY = 'canary-7d1f-pangolin-scales';
const TIP: TipContentV1 = {
  kind: 'tip',
  version: 1,
  title: 'Scales offered in a chat group',
  description: `Seller posts photos every week. ${CANARY}`,
  listingUrl: 'https://example.invalid/listing/9',
};

let line: FakeTipLine;

beforeAll(async () => {
  await ready();
});

beforeEach(() => {
  line = new FakeTipLine();
  vi.stubGlobal('fetch', line.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function submit(agencyIds: readonly string[], tip: TipContentV1 = TIP) {
  const steps: SubmitStep[] = [];
  const submitter = new TipSubmitter(line.rootPublicKey);
  const result = await submitter.submit(tip, agencyIds, (step) => steps.push(step));
  return { result, steps, code: result.words.join(' ') };
}

function caseIdOf(code: string): string {
  return toBase64Url(deriveCaseKeys(parseCaseCode(code).entropy).caseId);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('agencies', () => {
  it('trusts agencies whose chain verifies and refuses the others with the reason', async () => {
    const good = line.addAgency('Lake Region Unit', 2);
    const bad = line.addAgency('Border Unit');
    line.substituteBoxKey(bad);
    const options = await loadAgencies(line.rootPublicKey);
    expect(options.map((o) => [o.name, o.trusted === null])).toEqual([
      ['Lake Region Unit', false],
      ['Border Unit', true],
    ]);
    expect(options[0]?.trusted?.prosecutors.map((p) => p.memberId)).toEqual(good.prosecutors.map((p) => p.memberId));
    expect(options[1]?.problem).toMatch(/not signed by the agency\. It may have been replaced/);
  });

  it('refuses every agency when the page carries another root key', async () => {
    line.addAgency('Lake Region Unit');
    const other = new FakeTipLine();
    const options = await loadAgencies(other.rootPublicKey);
    expect(options[0]?.trusted).toBeNull();
    expect(options[0]?.problem).toMatch(/not signed by this tip line's published root key/);
  });

  it('turns an unreachable server into a message for people', async () => {
    line.interceptions.set(ROUTES.directory, () => Promise.reject(new TypeError('network')));
    const error = await rejection(loadAgencies(line.rootPublicKey));
    expect(error).toBeInstanceOf(ServiceFailure);
    expect((error as Error).message).toMatch(/could not load the list of agencies.*connection failed/);
  });
});

describe('sending a tip', () => {
  it('sends only ciphertext, sealed to every verified prosecutor and the case, and returns the code and receipt', async () => {
    const agency = line.addAgency('Lake Region Unit', 2);
    const { result, steps, code } = await submit([agency.agencyId]);
    expect(steps).toEqual(['checking', 'encrypting', 'sending']);
    expect(result.words).toHaveLength(12);
    const stored = line.onlyCase();
    expect(stored.caseId).toBe(caseIdOf(code));
    expect([...stored.recipients.keys()].sort()).toEqual(agency.prosecutors.map((p) => p.memberId).sort());
    const bodies = line.sent.map((s) => s.body ?? '').join('\n');
    const entropy = parseCaseCode(code).entropy;
    for (const secret of [CANARY, TIP.title, 'example.invalid', code, ...result.words.slice(0, 3).map((w) => ` ${w} `), toBase64Url(entropy)]) {
      expect(bodies).not.toContain(secret);
    }
    expect(result.receipt).toBe(stored.receipt);
    const receipt = decodeReceipt(result.receipt ?? '');
    expect(() => verifyReceipt(receipt, line.receiptKey.publicKey)).not.toThrow();
  });

  it('does not send when a chosen agency fails verification at sending time, and says why', async () => {
    const agency = line.addAgency('Lake Region Unit');
    const before = (await loadAgencies(line.rootPublicKey))[0];
    expect(before?.trusted).not.toBeNull();
    line.substituteBoxKey(agency);
    const error = await rejection(submit([agency.agencyId]));
    expect(error).toBeInstanceOf(SubmitFailure);
    expect(error).toMatchObject({ outcome: 'not_sent', retryable: false });
    expect((error as Error).message).toMatch(/^We did not send your report: A prosecutor key of Lake Region Unit is not signed/);
    expect(line.sent.filter((s) => s.url === ROUTES.createCase.url)).toHaveLength(0);
    expect(line.cases.size).toBe(0);
  });

  it('does not send to an agency that left the directory', async () => {
    const error = await rejection(submit(['0b6f1a0e-4c4b-4d8e-9a59-6f0f3bbd1d11']));
    expect(error).toMatchObject({ outcome: 'not_sent', retryable: false });
    expect(line.sent.filter((s) => s.url === ROUTES.createCase.url)).toHaveLength(0);
  });

  it('re-sends the very same case after a lost answer, and recovers the receipt when the first attempt arrived', async () => {
    const agency = line.addAgency('Lake Region Unit');
    const submitter = new TipSubmitter(line.rootPublicKey);
    line.interceptions.set(ROUTES.createCase, async (proceed) => {
      await proceed();
      throw new TypeError('connection reset');
    });
    const error = await rejection(submitter.submit(TIP, [agency.agencyId], () => undefined));
    expect(error).toMatchObject({ outcome: 'unknown', retryable: true });
    const first = line.onlyCase();
    const result = await submitter.submit(TIP, [agency.agencyId], () => undefined);
    expect(line.cases.size).toBe(1);
    expect(caseIdOf(result.words.join(' '))).toBe(first.caseId);
    expect(result.receipt).toBe(first.receipt);
    const creates = line.sent.filter((s) => s.url === ROUTES.createCase.url);
    expect(creates).toHaveLength(2);
    expect(creates[0]?.body).toBe(creates[1]?.body);
  });

  it('re-sends the same case when the first attempt never arrived', async () => {
    const agency = line.addAgency('Lake Region Unit');
    const submitter = new TipSubmitter(line.rootPublicKey);
    line.interceptions.set(ROUTES.createCase, () => Promise.reject(new TypeError('offline')));
    await rejection(submitter.submit(TIP, [agency.agencyId], () => undefined));
    expect(line.cases.size).toBe(0);
    const result = await submitter.submit(TIP, [agency.agencyId], () => undefined);
    expect(line.onlyCase().caseId).toBe(caseIdOf(result.words.join(' ')));
    const creates = line.sent.filter((s) => s.url === ROUTES.createCase.url);
    expect(creates[0]?.body).toBe(creates[1]?.body);
  });

  it('makes a new case when the tip was edited after a failure', async () => {
    const agency = line.addAgency('Lake Region Unit');
    const submitter = new TipSubmitter(line.rootPublicKey);
    line.interceptions.set(ROUTES.createCase, () => Promise.reject(new TypeError('offline')));
    await rejection(submitter.submit(TIP, [agency.agencyId], () => undefined));
    await submitter.submit({ ...TIP, title: 'Edited title' }, [agency.agencyId], () => undefined);
    const creates = line.sent.filter((s) => s.url === ROUTES.createCase.url);
    expect(JSON.parse(creates[0]?.body ?? '{}').caseId).not.toBe(JSON.parse(creates[1]?.body ?? '{}').caseId);
  });

  it('reports a refusal by the server as not sent, in words of its own (never the server\'s English)', async () => {
    const agency = line.addAgency('Lake Region Unit');
    line.interceptions.set(ROUTES.createCase, () =>
      Promise.resolve(new Response(JSON.stringify({ error: { code: 'too_many_requests', message: 'Too many reports right now.' } }), { status: 429 })),
    );
    const error = await rejection(submit([agency.agencyId]));
    expect(error).toMatchObject({
      outcome: 'not_sent',
      message: 'We did not send your report: The tip line is busy right now. Please wait a few minutes, then try again.',
    });
  });

  it('says a general sentence for a refusal code it does not know', async () => {
    const agency = line.addAgency('Lake Region Unit');
    line.interceptions.set(ROUTES.createCase, () =>
      Promise.resolve(new Response(JSON.stringify({ error: { code: 'too_many', message: 'Too many reports right now.' } }), { status: 429 })),
    );
    const error = await rejection(submit([agency.agencyId]));
    expect(error).toMatchObject({
      outcome: 'not_sent',
      message: 'We did not send your report: The tip line did not accept it. Please try again in a few minutes.',
    });
  });
});

describe('returning with the case code', () => {
  async function caseWithReply() {
    const agency = line.addAgency('Lake Region Unit');
    const { code } = await submit([agency.agencyId]);
    const caseId = caseIdOf(code);
    line.reply(caseId, 'Which group, and since when?');
    line.setStatus(caseId, 'waiting_for_whistleblower');
    return { code, caseId };
  }

  it('maps typos to helpful problems and never contacts the server for them', async () => {
    const { code } = await caseWithReply();
    const sentBefore = line.sent.length;
    const words = code.split(' ');
    // A fixed code whose first two words, swapped, fail the checksum (checked below).
    const fixed = encodeCaseCode(new Uint8Array(16).fill(3), 'en').split(' ');
    const swapped = [fixed[1], fixed[0], ...fixed.slice(2)].join(' ');
    expect(() => parseCaseCode(swapped)).toThrow(BadChecksumError);
    const cases: [string, object][] = [
      [words.slice(0, 11).join(' '), { kind: 'wrong_word_count', found: 11, expected: 12 }],
      [[...words, 'abandon'].join(' '), { kind: 'wrong_word_count', found: 13, expected: 12 }],
      [[...words.slice(0, 4), 'zzzzq', ...words.slice(5)].join(' '), { kind: 'unknown_word', position: 5, suggestion: null }],
      [swapped, { kind: 'bad_checksum' }],
    ];
    for (const [typed, expected] of cases) {
      const error = await rejection(openCase(typed, line.rootPublicKey, () => undefined));
      expect(error).toBeInstanceOf(CaseCodeInvalid);
      expect((error as CaseCodeInvalid).problem).toEqual(expected);
    }
    expect(line.sent.length).toBe(sentBefore);
  });

  it('suggests the word that was clearly meant', async () => {
    const words = encodeCaseCode(new Uint8Array(16).fill(5), 'en').split(' ');
    const third = words[2] ?? '';
    const typo = [...words.slice(0, 2), `${third.slice(0, -1)}${third.endsWith('x') ? 'y' : 'x'}`, ...words.slice(3)].join(' ');
    const error = await rejection(openCase(typo, line.rootPublicKey, () => undefined));
    expect((error as CaseCodeInvalid).problem).toEqual({ kind: 'unknown_word', position: 3, suggestion: third });
  });

  it('says no case matches a valid code of no case', async () => {
    await caseWithReply();
    const other = encodeCaseCode(new Uint8Array(16).fill(9), 'en');
    const error = await rejection(openCase(other, line.rootPublicKey, () => undefined));
    expect(error).toBeInstanceOf(NoSuchCase);
    expect((error as Error).message).toBe('No case matches this code. Check every word.');
  });

  it('opens the case from a messy code: tip, signed status, reply with its agency', async () => {
    const { code } = await caseWithReply();
    const messy = `  ${code.toUpperCase().split(' ').slice(0, 6).join('   ')}\n${code.split(' ').slice(6).join(' \t')}  `;
    const steps: string[] = [];
    const { connection, snapshot } = await openCase(messy, line.rootPublicKey, (step) => steps.push(step));
    expect(steps).toEqual(['checking', 'opening']);
    expect(snapshot.problem).toBeNull();
    expect(snapshot.tip).toEqual(TIP);
    expect(snapshot.status).toBe('waiting_for_whistleblower');
    expect(snapshot.verifiedCount).toBe(3);
    expect(snapshot.thread).toEqual([
      { seq: 1, kind: 'message', author: 'prosecutor', agencyName: 'Lake Region Unit', text: 'Which group, and since when?' },
      { seq: 2, kind: 'status', author: 'prosecutor', agencyName: 'Lake Region Unit', status: 'waiting_for_whistleblower' },
    ]);
    expect(snapshot.canAnswer).toBe(true);
    expect(snapshot.receipt).toBe(line.onlyCase().receipt);
    const bodies = line.sent.map((s) => `${s.url} ${s.body ?? ''}`).join('\n');
    expect(bodies).not.toContain(code.split(' ').slice(0, 2).join(' '));
    connection.close();
  });

  it('prefers the signed status over the server column', async () => {
    const { code } = await caseWithReply();
    const stored = line.onlyCase();
    stored.status = 'closed';
    const { connection, snapshot } = await openCase(code, line.rootPublicKey, () => undefined);
    expect(snapshot.status).toBe('waiting_for_whistleblower');
    connection.close();
  });

  it('sends an answer the server accepts as the next link, and shows it', async () => {
    const { code } = await caseWithReply();
    const { connection } = await openCase(code, line.rootPublicKey, () => undefined);
    const after = await connection.sendAnswer('The group is called Green Gold.');
    expect(after.thread.at(-1)).toEqual({ seq: 3, kind: 'message', author: 'you', agencyName: null, text: 'The group is called Green Gold.' });
    expect(line.onlyCase().messages).toHaveLength(4);
    const posted = line.sent.filter((s) => s.url === ROUTES.postCaseMessage.url);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).not.toContain('Green Gold');
    connection.close();
  });

  it('renews an expired session with the keys in memory, so a slow answer is not lost', async () => {
    const { code } = await caseWithReply();
    const { connection } = await openCase(code, line.rootPublicKey, () => undefined);
    line.expireSessions();
    const after = await connection.sendAnswer('Since March.');
    expect(after.thread.at(-1)).toMatchObject({ author: 'you', text: 'Since March.' });
    connection.close();
  });

  it('refuses an answer that would fork the thread, then sends it after reloading', async () => {
    const { code, caseId } = await caseWithReply();
    const { connection } = await openCase(code, line.rootPublicKey, () => undefined);
    line.reply(caseId, 'One more question: which city?');
    const error = await rejection(connection.sendAnswer('Since March.'));
    expect(error).toBeInstanceOf(ThreadMovedOn);
    const reloaded = await connection.load();
    expect(reloaded.thread.at(-1)).toMatchObject({ author: 'prosecutor', text: 'One more question: which city?' });
    const after = await connection.sendAnswer('Since March, in Kampala.');
    expect(after.thread.at(-1)).toMatchObject({ seq: 4, author: 'you' });
    connection.close();
  });

  it('forgets everything on close', async () => {
    const { code } = await caseWithReply();
    const { connection } = await openCase(code, line.rootPublicKey, () => undefined);
    connection.close();
    expect(await rejection(connection.load())).toBeInstanceOf(ServiceFailure);
    expect(await rejection(connection.sendAnswer('x'))).toBeInstanceOf(ServiceFailure);
  });
});

describe('tampering by the server', () => {
  async function answeredCase() {
    const agency = line.addAgency('Lake Region Unit');
    const { code } = await submit([agency.agencyId]);
    const caseId = caseIdOf(code);
    line.reply(caseId, 'Question one');
    line.reply(caseId, 'Question two');
    line.reply(caseId, 'Question three');
    return { code, stored: line.onlyCase() };
  }

  const tampers: Record<string, (stored: ReturnType<FakeTipLine['onlyCase']>) => void> = {
    'an altered message': (stored) => {
      const m = stored.messages[2];
      if (m === undefined) throw new Error('no message');
      stored.messages[2] = { ...m, envelope: `${m.envelope.slice(0, -6)}${m.envelope.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}` };
    },
    'a dropped message': (stored) => {
      stored.messages.splice(1, 1);
      stored.messages.forEach((m, i) => (m.seq = i));
    },
    'reordered messages': (stored) => {
      const [a, b] = [stored.messages[1], stored.messages[3]];
      if (a === undefined || b === undefined) throw new Error('no message');
      stored.messages[1] = { ...b, seq: 1 };
      stored.messages[3] = { ...a, seq: 3 };
    },
    'an inserted message': (stored) => {
      const copy = stored.messages[1];
      if (copy === undefined) throw new Error('no message');
      stored.messages.splice(2, 0, { ...copy, seq: 2 });
      stored.messages.forEach((m, i) => (m.seq = i));
    },
  };

  for (const [name, tamper] of Object.entries(tampers)) {
    it(`warns about ${name}, shows only what verified and turns answering off`, async () => {
      const { code, stored } = await answeredCase();
      tamper(stored);
      const { connection, snapshot } = await openCase(code, line.rootPublicKey, () => undefined);
      expect(snapshot.problem).toMatch(/has been altered/);
      expect(snapshot.canAnswer).toBe(false);
      expect(snapshot.tip).toEqual(TIP);
      expect(snapshot.thread.length).toBeLessThan(3);
      expect(await rejection(connection.sendAnswer('must not be sent'))).toBeInstanceOf(ServiceFailure);
      expect(line.sent.filter((s) => s.url === ROUTES.postCaseMessage.url)).toHaveLength(0);
      connection.close();
    });
  }

  it('warns when the sealed case key was replaced, and shows nothing', async () => {
    const { code, stored } = await answeredCase();
    const otherCase = await submit([line.agencies[0]?.agencyId ?? '']);
    const other = line.cases.get(caseIdOf(otherCase.code));
    if (other === undefined) throw new Error('no other case');
    line.cases.set(stored.caseId, { ...stored, keyForCase: other.keyForCase });
    const { connection, snapshot } = await openCase(code, line.rootPublicKey, () => undefined);
    expect(snapshot.problem).toMatch(/has been altered/);
    expect(snapshot.tip).toBeNull();
    expect(snapshot.thread).toEqual([]);
    expect(snapshot.canAnswer).toBe(false);
    connection.close();
  });

  it('warns when a message is signed by a prosecutor key that does not chain to the root', async () => {
    const { code } = await answeredCase();
    const agency = line.agencies[0];
    if (agency === undefined) throw new Error('no agency');
    line.substituteBoxKey(agency);
    const { connection, snapshot } = await openCase(code, line.rootPublicKey, () => undefined);
    expect(snapshot.trustWarnings[0]).toMatch(/Messages from Lake Region Unit cannot be trusted/);
    expect(snapshot.problem).toMatch(/has been altered/);
    expect(snapshot.thread).toEqual([]);
    expect(snapshot.canAnswer).toBe(false);
    connection.close();
  });
});
