// A small trust chain and case, made with the real crypto, for the prosecutor app's unit tests:
// root → agency (its admin's signing key) → prosecutor, and a case whose tip is sealed to them.
import type { DirectoryAgency, MemberView, ProsecutorCaseResponse, TipContent } from '../../../../api/index';
import {
  deriveCaseKeys,
  encodeCertificate,
  encryptEnvelope,
  generateCaseEntropy,
  generateContentKey,
  sealContentKey,
  signCertificate,
  signMessage,
  threadGenesis,
  toBase64Url,
  utf8,
  type CaseKeys,
  type MessageRecord,
} from '../../../../crypto/index';
import { generateProsecutorKeys, type ProsecutorKeys } from '../../../../crypto/prosecutor-keys';
import type { MemberSession } from '../../../../client/prosecutor/session';

export const AGENCY_ID = '7d3a1f0e-5b2c-4c1e-9a77-0a1b2c3d4e5f';
export const PROSECUTOR_ID = '2b6f9c1d-8e4a-4f3b-a1c2-d3e4f5a6b7c8';
export const DAY = '2026-11-22';

export interface Chain {
  readonly root: ProsecutorKeys;
  readonly admin: ProsecutorKeys;
  readonly prosecutor: ProsecutorKeys;
  readonly rootPublicKey: string;
  readonly agency: DirectoryAgency;
}

/** Call after readySumo(). */
export function makeChain(agencyName = 'Lusaka Agreement Task Force'): Chain {
  const root = generateProsecutorKeys();
  const admin = generateProsecutorKeys();
  const prosecutor = generateProsecutorKeys();
  const agencyCert = signCertificate({ kind: 'agency', subjectId: AGENCY_ID, signingPublicKey: admin.signing.publicKey, issuedAt: DAY }, root.signing.secretKey);
  const prosecutorCert = signCertificate(
    { kind: 'prosecutor', subjectId: PROSECUTOR_ID, signingPublicKey: prosecutor.signing.publicKey, boxPublicKey: prosecutor.box.publicKey, issuedAt: DAY },
    admin.signing.secretKey,
  );
  return {
    root,
    admin,
    prosecutor,
    rootPublicKey: toBase64Url(root.signing.publicKey),
    agency: {
      agencyId: AGENCY_ID,
      name: agencyName,
      countries: ['KE', 'TZ'],
      languages: ['en', 'sw'],
      certificate: encodeCertificate(agencyCert),
      prosecutors: [{ memberId: PROSECUTOR_ID, certificate: encodeCertificate(prosecutorCert) }],
    },
  };
}

export function memberView(keys: ProsecutorKeys, overrides: Partial<MemberView> = {}): MemberView {
  return {
    memberId: PROSECUTOR_ID,
    username: 'wanjiru',
    displayName: 'Wanjiru Kamau',
    role: 'prosecutor',
    state: 'active',
    agencyId: AGENCY_ID,
    agencyName: 'Lusaka Agreement Task Force',
    signingPublicKey: toBase64Url(keys.signing.publicKey),
    boxPublicKey: toBase64Url(keys.box.publicKey),
    certificate: null,
    ...overrides,
  };
}

export function sessionFor(keys: ProsecutorKeys, member: MemberView = memberView(keys)): MemberSession {
  return { token: 'x'.repeat(43), expiresAt: 2_000_000_000, member, keys, fingerprint: 'unused' };
}

export const TIP: TipContent = {
  kind: 'tip',
  version: 1,
  title: 'Pangolin scales in a Telegram channel',
  description: 'Five kilos offered, pictures posted daily.',
  listingUrl: 'https://t.me/example/123',
};

export interface TestCase {
  readonly keys: CaseKeys;
  readonly contentKey: Uint8Array;
  readonly records: MessageRecord[];
  readonly response: ProsecutorCaseResponse;
}

export function wire(record: MessageRecord): ProsecutorCaseResponse['messages'][number] {
  return {
    seq: record.seq,
    prevHash: toBase64Url(record.prevHash),
    authorPublicKey: toBase64Url(record.authorPublicKey),
    authorRole: record.authorRole,
    envelope: toBase64Url(record.envelope),
    signature: toBase64Url(record.signature),
  };
}

/** A new case with its tip, K sealed to `recipient`. */
export function makeCase(chain: Chain, recipient: ProsecutorKeys = chain.prosecutor, tip: TipContent = TIP): TestCase {
  const keys = deriveCaseKeys(generateCaseEntropy());
  const contentKey = generateContentKey();
  const envelope = encryptEnvelope(contentKey, utf8(JSON.stringify(tip)), { caseId: keys.caseId, purpose: 'tip' });
  const tipRecord = signMessage(
    { caseId: keys.caseId, seq: 0, prevHash: threadGenesis(keys.caseId), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope },
    keys.signing.secretKey,
  );
  const records = [tipRecord];
  return {
    keys,
    contentKey,
    records,
    response: {
      caseId: toBase64Url(keys.caseId),
      status: 'new',
      createdOn: DAY,
      sealedKey: toBase64Url(sealContentKey(contentKey, keys.caseId, recipient.box.publicKey)),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      encryptedOnServer: false,
      messages: records.map(wire),
      agencies: [chain.agency],
      files: [],
      quota: { usedBytes: 0, limitBytes: 10 * 1024 * 1024 * 1024 },
    },
  };
}
