// The admin's approval: the certificate signed in the browser chains root → agency → prosecutor
// for exactly the keys whose fingerprint was shown.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminMember } from '../../../../api/index';
import { decodeCertificate, fingerprint, toBase64Url, verifyChain } from '../../../../crypto/index';
import { generateProsecutorKeys, readySumo, type ProsecutorKeys } from '../../../../crypto/prosecutor-keys';
import { certifyProsecutor, groupMembers } from '../../../../client/prosecutor/services/members';
import { makeChain, type Chain } from './fixtures';

let chain: Chain;
let pendingKeys: ProsecutorKeys;

beforeAll(async () => {
  await readySumo();
  chain = makeChain();
  pendingKeys = generateProsecutorKeys();
});

function member(keys: ProsecutorKeys, overrides: Partial<AdminMember>): AdminMember {
  return {
    memberId: '0b9e7f4c-3d2a-4e1f-8a6b-5c4d3e2f1a0b',
    username: 'amani',
    displayName: 'Amani Mwangi',
    role: 'prosecutor',
    state: 'pending',
    signingPublicKey: toBase64Url(keys.signing.publicKey),
    boxPublicKey: toBase64Url(keys.box.publicKey),
    enrolledOn: '2026-11-21',
    ...overrides,
  };
}

describe('groupMembers', () => {
  it('splits by state, pending prosecutors oldest first, each with its fingerprint computed here', () => {
    const groups = groupMembers([
      member(pendingKeys, { username: 'zola', enrolledOn: '2026-11-22', memberId: 'a0000000-0000-4000-8000-000000000001' }),
      member(pendingKeys, { username: 'amani', enrolledOn: '2026-11-21', memberId: 'a0000000-0000-4000-8000-000000000002' }),
      member(chain.admin, { username: 'boss', role: 'admin', state: 'active', memberId: 'a0000000-0000-4000-8000-000000000003' }),
      member(chain.prosecutor, { username: 'gone', state: 'rejected', memberId: 'a0000000-0000-4000-8000-000000000004' }),
      member(chain.prosecutor, { username: 'pending-admin', role: 'admin', memberId: 'a0000000-0000-4000-8000-000000000005' }),
    ]);
    expect(groups.pending.map((m) => m.username)).toEqual(['amani', 'zola']);
    expect(groups.active.map((m) => m.username)).toEqual(['boss']);
    expect(groups.rejected.map((m) => m.username)).toEqual(['gone']);
    expect(groups.pending[0]?.fingerprint).toBe(fingerprint(pendingKeys.signing.publicKey, pendingKeys.box.publicKey));
  });
});

describe('certifyProsecutor', () => {
  it('signs a prosecutor certificate that chains to the root, for this member id and these keys, dated today', () => {
    const pending = member(pendingKeys, {});
    const text = certifyProsecutor(pending, chain.admin.signing.secretKey, '2026-11-22');
    const cert = decodeCertificate(text);
    expect(() => verifyChain(chain.root.signing.publicKey, decodeCertificate(chain.agency.certificate), cert)).not.toThrow();
    expect(cert.kind).toBe('prosecutor');
    expect(cert.subjectId).toBe(pending.memberId);
    expect(cert.issuedAt).toBe('2026-11-22');
    expect(toBase64Url(cert.signingPublicKey)).toBe(pending.signingPublicKey);
    expect(cert.boxPublicKey && toBase64Url(cert.boxPublicKey)).toBe(pending.boxPublicKey);
  });

  it('does not chain when signed by anyone but the agency key', () => {
    const cert = decodeCertificate(certifyProsecutor(member(pendingKeys, {}), chain.prosecutor.signing.secretKey));
    expect(() => verifyChain(chain.root.signing.publicKey, decodeCertificate(chain.agency.certificate), cert)).toThrow();
  });
});
