// Real keys, certificates and threads for the client's pure verification modules.
import type { DirectoryAgency, ThreadMessage } from '../../../../api/index';
import {
  deriveCaseKeys,
  encodeCertificate,
  encryptEnvelope,
  generateCaseEntropy,
  generateContentKey,
  nextLink,
  signCertificate,
  signMessage,
  toBase64Url,
  utf8,
  verifyThread,
  type CaseKeys,
  type EnvelopePurpose,
  type MessageRecord,
} from '../../../../crypto/index';

export interface Fixture {
  readonly root: CaseKeys['signing'];
  readonly agencyKey: CaseKeys['signing'];
  readonly prosecutor: CaseKeys;
  readonly agency: DirectoryAgency;
  readonly caseKeys: CaseKeys;
  readonly contentKey: Uint8Array;
}

const keys = (): CaseKeys => deriveCaseKeys(generateCaseEntropy());

export function makeFixture(): Fixture {
  const root = keys().signing;
  const agencyKey = keys().signing;
  const prosecutor = keys();
  const agencyId = '6f1c2a52-8d0e-4d8b-9d7e-0a4b1c2d3e4f';
  const memberId = '0b7d6c5e-1a2b-4c3d-8e9f-a1b2c3d4e5f6';
  const agencyCert = signCertificate({ kind: 'agency', subjectId: agencyId, signingPublicKey: agencyKey.publicKey, issuedAt: '2026-11-22' }, root.secretKey);
  const prosecutorCert = signCertificate(
    { kind: 'prosecutor', subjectId: memberId, signingPublicKey: prosecutor.signing.publicKey, boxPublicKey: prosecutor.box.publicKey, issuedAt: '2026-11-22' },
    agencyKey.secretKey,
  );
  return {
    root,
    agencyKey,
    prosecutor,
    agency: {
      agencyId,
      name: 'Test Agency',
      countries: ['KE'],
      languages: ['en'],
      certificate: encodeCertificate(agencyCert),
      prosecutors: [{ memberId, certificate: encodeCertificate(prosecutorCert) }],
    },
    caseKeys: keys(),
    contentKey: generateContentKey(),
  };
}

export function toWire(record: MessageRecord): ThreadMessage {
  return {
    seq: record.seq,
    prevHash: toBase64Url(record.prevHash),
    authorPublicKey: toBase64Url(record.authorPublicKey),
    authorRole: record.authorRole,
    envelope: toBase64Url(record.envelope),
    signature: toBase64Url(record.signature),
  };
}

/** Appends a message signed by `author` with a JSON body under `purpose`. */
export function append(
  fixture: Fixture,
  thread: MessageRecord[],
  author: 'whistleblower' | 'prosecutor',
  purpose: EnvelopePurpose,
  body: unknown,
): MessageRecord[] {
  const caseId = fixture.caseKeys.caseId;
  const signer = author === 'whistleblower' ? fixture.caseKeys.signing : fixture.prosecutor.signing;
  const verified = verifyThread(caseId, thread, () => true);
  const record = signMessage(
    {
      caseId,
      ...nextLink(caseId, verified),
      authorPublicKey: signer.publicKey,
      authorRole: author,
      envelope: encryptEnvelope(fixture.contentKey, utf8(JSON.stringify(body)), { caseId, purpose }),
    },
    signer.secretKey,
  );
  return [...thread, record];
}

export function standardThread(fixture: Fixture): MessageRecord[] {
  let thread: MessageRecord[] = [];
  thread = append(fixture, thread, 'whistleblower', 'tip', { kind: 'tip', version: 1, title: 'Ivory', description: 'Carvings on a forum' });
  thread = append(fixture, thread, 'prosecutor', 'message', { kind: 'message', version: 1, text: 'Which forum?' });
  thread = append(fixture, thread, 'prosecutor', 'status', { kind: 'status', version: 1, status: 'waiting_for_whistleblower' });
  thread = append(fixture, thread, 'whistleblower', 'message', { kind: 'message', version: 1, text: 'Forum X' });
  return thread;
}
