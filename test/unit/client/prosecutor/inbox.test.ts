// The inbox decrypts each title with the prosecutor's key; a case that cannot be opened is
// listed as such and never breaks the list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxCase } from '../../../../api/index';
import { toBase64Url } from '../../../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../../../crypto/prosecutor-keys';
import { decryptTitle, toInboxItems } from '../../../../client/prosecutor/services/inbox';
import { makeChain, makeCase, type Chain } from './fixtures';

let chain: Chain;

beforeAll(async () => {
  await readySumo();
  chain = makeChain();
});

function inboxCase(made: ReturnType<typeof makeCase>, createdOn: string): InboxCase {
  const tip = made.response.messages[0];
  if (tip === undefined) throw new Error('no tip');
  return {
    caseId: made.response.caseId,
    status: 'new',
    createdOn,
    updatedOn: createdOn,
    sealedKey: made.response.sealedKey,
    tipEnvelope: tip.envelope,
    messageCount: 1,
    encryptedOnServer: false,
  };
}

describe('inbox titles', () => {
  it('decrypts the title of a case sealed to this prosecutor', () => {
    const made = makeCase(chain);
    expect(decryptTitle(inboxCase(made, '2026-11-20'), chain.prosecutor.box)).toBe('Pangolin scales in a Telegram channel');
  });

  it('gives null, never an exception, for a key sealed to someone else, another case, or altered bytes', () => {
    const stranger = generateProsecutorKeys();
    const mine = inboxCase(makeCase(chain), '2026-11-20');
    const theirs = inboxCase(makeCase(chain, stranger), '2026-11-20');
    const other = inboxCase(makeCase(chain), '2026-11-20');
    expect(decryptTitle(theirs, chain.prosecutor.box)).toBeNull();
    expect(decryptTitle({ ...mine, caseId: other.caseId }, chain.prosecutor.box)).toBeNull();
    expect(decryptTitle({ ...mine, tipEnvelope: other.tipEnvelope }, chain.prosecutor.box)).toBeNull();
    // Replace one character by a different one (a random envelope may already hold an 'A' there).
    const altered = `${mine.tipEnvelope.slice(0, 40)}${mine.tipEnvelope[40] === 'A' ? 'B' : 'A'}${mine.tipEnvelope.slice(41)}`;
    expect(decryptTitle({ ...mine, tipEnvelope: altered }, chain.prosecutor.box)).toBeNull();
    expect(decryptTitle({ ...mine, sealedKey: 'not-base64!' }, chain.prosecutor.box)).toBeNull();
    expect(decryptTitle({ ...mine, sealedKey: toBase64Url(new Uint8Array(10)) }, chain.prosecutor.box)).toBeNull();
  });

  it('lists newest first, keeping the server order within a day, with undecryptable cases in place', () => {
    const stranger = generateProsecutorKeys();
    const a = inboxCase(makeCase(chain), '2026-11-20');
    const b = inboxCase(makeCase(chain, stranger), '2026-11-22');
    const c = inboxCase(makeCase(chain, chain.prosecutor, { kind: 'tip', version: 1, title: 'Rhino horn', description: 'Powder.' }), '2026-11-22');
    const items = toInboxItems([a, b, c], chain.prosecutor.box);
    expect(items.map((item) => [item.caseId, item.title])).toEqual([
      [b.caseId, null],
      [c.caseId, 'Rhino horn'],
      [a.caseId, 'Pangolin scales in a Telegram channel'],
    ]);
  });
});
