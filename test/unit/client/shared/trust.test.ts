import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCertificate, deriveCaseKeys, encodeCertificate, generateCaseEntropy, ready, signCertificate, toBase64Url } from '../../../../crypto/index';
import { TrustError, verifyAgency } from '../../../../client/shared/trust';
import { makeFixture, type Fixture } from './fixtures';

let fixture: Fixture;
beforeAll(async () => {
  await ready();
  fixture = makeFixture();
});

const rootKey = (): string => toBase64Url(fixture.root.publicKey);

describe('verifyAgency (root → agency → prosecutor)', () => {
  it('returns the certified prosecutor keys of a well-signed agency', () => {
    const trusted = verifyAgency(fixture.agency, rootKey());
    expect(trusted.prosecutors).toHaveLength(1);
    expect(toBase64Url(trusted.prosecutors[0]?.boxPublicKey ?? new Uint8Array())).toBe(toBase64Url(fixture.prosecutor.box.publicKey));
  });

  it('refuses an agency certified by another root', () => {
    const otherRoot = toBase64Url(deriveCaseKeys(generateCaseEntropy()).signing.publicKey);
    expect(() => verifyAgency(fixture.agency, otherRoot)).toThrow(/not signed by this tip line's published root key/);
  });

  it('refuses a prosecutor whose box key was substituted in the certificate', () => {
    const prosecutor = fixture.agency.prosecutors[0];
    if (!prosecutor) throw new Error('fixture');
    const cert = decodeCertificate(prosecutor.certificate);
    const forged = encodeCertificate({ ...cert, boxPublicKey: deriveCaseKeys(generateCaseEntropy()).box.publicKey });
    const agency = { ...fixture.agency, prosecutors: [{ ...prosecutor, certificate: forged }] };
    expect(() => verifyAgency(agency, rootKey())).toThrow(TrustError);
    expect(() => verifyAgency(agency, rootKey())).toThrow(/not signed by the agency/);
  });

  it('refuses a prosecutor certificate signed by a key other than the agency key', () => {
    const rogue = deriveCaseKeys(generateCaseEntropy());
    const prosecutor = fixture.agency.prosecutors[0];
    if (!prosecutor) throw new Error('fixture');
    const cert = signCertificate(
      { kind: 'prosecutor', subjectId: prosecutor.memberId, signingPublicKey: rogue.signing.publicKey, boxPublicKey: rogue.box.publicKey, issuedAt: '2026-11-22' },
      rogue.signing.secretKey,
    );
    const agency = { ...fixture.agency, prosecutors: [{ ...prosecutor, certificate: encodeCertificate(cert) }] };
    expect(() => verifyAgency(agency, rootKey())).toThrow(TrustError);
  });

  it('refuses a certificate that names another agency or another prosecutor', () => {
    expect(() => verifyAgency({ ...fixture.agency, agencyId: '11111111-2222-4333-8444-555555555555' }, rootKey())).toThrow(/another agency/);
    const prosecutor = fixture.agency.prosecutors[0];
    if (!prosecutor) throw new Error('fixture');
    const swapped = { ...fixture.agency, prosecutors: [{ ...prosecutor, memberId: '11111111-2222-4333-8444-555555555555' }] };
    expect(() => verifyAgency(swapped, rootKey())).toThrow(/someone else/);
  });

  it('refuses damaged certificates, an agency without prosecutors, and a missing root', () => {
    expect(() => verifyAgency({ ...fixture.agency, certificate: '{"nope":1}' }, rootKey())).toThrow(/damaged/);
    expect(() => verifyAgency({ ...fixture.agency, prosecutors: [] }, rootKey())).toThrow(/no prosecutor/);
    expect(() => verifyAgency(fixture.agency, '')).toThrow(/no root of trust/);
  });
});
