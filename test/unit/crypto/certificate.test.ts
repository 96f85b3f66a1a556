import { beforeAll, describe, expect, it } from 'vitest';
import { boxKeyPairFromSeed, signingKeyPairFromSeed, type BoxKeyPair, type SigningKeyPair } from '../../../crypto/case-keys';
import { signCertificate, verifyCertificate, verifyChain, type Certificate } from '../../../crypto/certificate';
import { decodeCertificate, encodeCertificate } from '../../../crypto/certificate-file';
import { BadFormatError, BadSignatureError, CertificateChainError } from '../../../crypto/errors';
import { ready } from '../../../crypto/sodium';
import { expectCryptoError, flipped, patternBytes } from './fixtures';

let root: SigningKeyPair;
let agency: SigningKeyPair;
let prosecutor: SigningKeyPair;
let prosecutorBox: BoxKeyPair;
let impostor: SigningKeyPair;
let agencyCert: Certificate;
let prosecutorCert: Certificate;

beforeAll(async () => {
  await ready();
  root = signingKeyPairFromSeed(patternBytes(32, 1));
  agency = signingKeyPairFromSeed(patternBytes(32, 2));
  prosecutor = signingKeyPairFromSeed(patternBytes(32, 3));
  prosecutorBox = boxKeyPairFromSeed(patternBytes(32, 4));
  impostor = signingKeyPairFromSeed(patternBytes(32, 5));
  agencyCert = signCertificate({ kind: 'agency', subjectId: 'agency-ke-kws', signingPublicKey: agency.publicKey, issuedAt: '2026-11-01' }, root.secretKey);
  prosecutorCert = signCertificate(
    { kind: 'prosecutor', subjectId: 'p-0001', signingPublicKey: prosecutor.publicKey, boxPublicKey: prosecutorBox.publicKey, issuedAt: '2026-11-02' },
    agency.secretKey,
  );
});

function expectBrokenLink(run: () => void, link: CertificateChainError['link'], reason: CertificateChainError['reason']): void {
  const error = expectCryptoError(run, CertificateChainError, 'chain_broken');
  expect(error.link).toBe(link);
  expect(error.reason).toBe(reason);
}

describe('certificates', () => {
  it('verifies a certificate under its issuer key only', () => {
    expect(() => verifyCertificate(agencyCert, root.publicKey)).not.toThrow();
    expectCryptoError(() => verifyCertificate(agencyCert, agency.publicKey), BadSignatureError, 'bad_signature');
  });

  it('rejects any changed field', () => {
    const changes: Partial<Certificate>[] = [
      { subjectId: 'p-0002' },
      { signingPublicKey: impostor.publicKey },
      { boxPublicKey: flipped(prosecutorBox.publicKey, 0) },
      { issuedAt: '2026-11-03' },
      { signature: flipped(prosecutorCert.signature, 0) },
    ];
    for (const change of changes) {
      expectCryptoError(() => verifyCertificate({ ...prosecutorCert, ...change }, agency.publicKey), BadSignatureError, 'bad_signature');
    }
    const withoutBox: Certificate = { ...agencyCert, boxPublicKey: prosecutorBox.publicKey };
    expectCryptoError(() => verifyCertificate(withoutBox, root.publicKey), BadSignatureError, 'bad_signature');
  });

  it('requires a box key on prosecutor certificates', () => {
    expectCryptoError(
      () => signCertificate({ kind: 'prosecutor', subjectId: 'p', signingPublicKey: prosecutor.publicKey, issuedAt: '2026-11-02' }, agency.secretKey),
      BadFormatError,
      'bad_format',
    );
  });

  it('round-trips through strict JSON, with and without a box key', () => {
    for (const cert of [agencyCert, prosecutorCert]) {
      const decoded = decodeCertificate(encodeCertificate(cert));
      expect(decoded).toEqual(cert);
    }
    const object = JSON.parse(encodeCertificate(prosecutorCert)) as Record<string, unknown>;
    expectCryptoError(() => decodeCertificate(JSON.stringify({ ...object, extra: true })), BadFormatError, 'bad_format');
    expectCryptoError(() => decodeCertificate(JSON.stringify({ ...object, kind: 'root' })), BadFormatError, 'bad_format');
    expectCryptoError(() => decodeCertificate(JSON.stringify({ ...object, boxPublicKey: undefined })), BadFormatError, 'bad_format');
  });
});

describe('trust chain', () => {
  it('accepts root → agency → prosecutor', () => {
    expect(() => verifyChain(root.publicKey, agencyCert, prosecutorCert)).not.toThrow();
  });

  it('names the root–agency link when the agency was not certified by the root', () => {
    const selfMade = signCertificate({ kind: 'agency', subjectId: 'agency-ke-kws', signingPublicKey: agency.publicKey, issuedAt: '2026-11-01' }, impostor.secretKey);
    expectBrokenLink(() => verifyChain(root.publicKey, selfMade, prosecutorCert), 'root-agency', 'bad_signature');
    expectBrokenLink(() => verifyChain(impostor.publicKey, agencyCert, prosecutorCert), 'root-agency', 'bad_signature');
  });

  it('names the agency–prosecutor link when the prosecutor was certified by someone else', () => {
    const foreign = signCertificate(
      { kind: 'prosecutor', subjectId: 'p-0001', signingPublicKey: prosecutor.publicKey, boxPublicKey: prosecutorBox.publicKey, issuedAt: '2026-11-02' },
      impostor.secretKey,
    );
    expectBrokenLink(() => verifyChain(root.publicKey, agencyCert, foreign), 'agency-prosecutor', 'bad_signature');
    const swappedBox = { ...prosecutorCert, boxPublicKey: impostor.publicKey };
    expectBrokenLink(() => verifyChain(root.publicKey, agencyCert, swappedBox), 'agency-prosecutor', 'bad_signature');
  });

  it('refuses certificates of the wrong kind in each position', () => {
    const rootSignedProsecutor = signCertificate({ ...prosecutorCert }, root.secretKey);
    expectBrokenLink(() => verifyChain(root.publicKey, rootSignedProsecutor, prosecutorCert), 'root-agency', 'wrong_kind');
    const agencyAsLeaf = signCertificate({ kind: 'agency', subjectId: 'sub', signingPublicKey: impostor.publicKey, issuedAt: '2026-11-02' }, agency.secretKey);
    expectBrokenLink(() => verifyChain(root.publicKey, agencyCert, agencyAsLeaf), 'agency-prosecutor', 'wrong_kind');
  });
});
