// The inbox names a tip of any version: its title, or for an intake tip sent without one, the
// first words of what the whistleblower saw (decrypted here with the prosecutor's key).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tipContent, type InboxCase } from '../../../../api/index';
import { readySumo } from '../../../../crypto/prosecutor-keys';
import { decryptTitle } from '../../../../client/prosecutor/services/inbox';
import { makeCase, makeChain, type Chain } from '../prosecutor/fixtures';

let chain: Chain;
beforeAll(async () => {
  await readySumo();
  chain = makeChain();
});

function inboxCase(made: ReturnType<typeof makeCase>): InboxCase {
  const tip = made.response.messages[0];
  if (tip === undefined) throw new Error('no tip');
  return { caseId: made.response.caseId, status: 'new', createdOn: '2026-11-20', updatedOn: '2026-11-20', sealedKey: made.response.sealedKey, tipEnvelope: tip.envelope, messageCount: 1, encryptedOnServer: false };
}

const fixture = (name: string) => tipContent.parse(JSON.parse(readFileSync(new URL(`../../../fixtures/tips/${name}`, import.meta.url), 'utf8')));

describe('inbox titles of intake tips', () => {
  it('shows the title when there is one', () => {
    expect(decryptTitle(inboxCase(makeCase(chain, chain.prosecutor, fixture('tip-v2-full.json'))), chain.prosecutor.box)).toBe('Ivory bangles and a live grey parrot');
  });

  it('shows the first words of the description when there is none', () => {
    expect(decryptTitle(inboxCase(makeCase(chain, chain.prosecutor, fixture('tip-v2-minimal.json'))), chain.prosecutor.box)).toBe(
      'Someone in my village sells tortoise shells to…',
    );
  });
});
