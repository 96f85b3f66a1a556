// Sets up what an upload needs: a verified agency (bench/shared/agency-setup.ts) certified by a
// root key made here, and a tip to its prosecutor sent with POST /api/cases. Runs the real app
// in this process (inject, no port) on the benchmark's database, before the server is started.
import { ROUTES } from '../../api/index';
import {
  deriveCaseKeys,
  encryptEnvelope,
  generateCaseEntropy,
  generateContentKey,
  ready,
  sealContentKey,
  signMessage,
  threadGenesis,
  toBase64Url,
  utf8,
} from '../../crypto/index';
import { generateProsecutorKeys, readySumo } from '../../crypto/prosecutor-keys';
import { buildApp } from '../../server/app';
import type { FilesConfig } from '../../server/config';
import type { DatabaseHandle } from '../../server/db/create-database';
import { expectStatus, post, setUpAgency } from '../shared/agency-setup';

export interface BenchCase {
  /** ROOT_PUBLIC_KEY of the instance (base64url). */
  readonly rootPublicKey: string;
  readonly caseId: Uint8Array;
  readonly caseIdText: string;
  /** The case signing key: what answers the challenge when the whistleblower comes back. */
  readonly signingSecretKey: Uint8Array;
}

/** Agency, certified admin, approved prosecutor, and a tip to that prosecutor. */
export async function setUpCase(handle: DatabaseHandle, files: FilesConfig): Promise<BenchCase> {
  await readySumo();
  await ready();
  const root = generateProsecutorKeys().signing;
  const rootPublicKey = toBase64Url(root.publicKey);
  const app = buildApp(
    { logLevel: 'silent', clientDir: '/nonexistent/thicket-bench-client', rootPublicKey, files },
    { db: handle.db, dbKind: handle.kind },
  );
  await app.ready();
  try {
    const prosecutor = await setUpAgency(app, handle, root, 'Upload Benchmark Unit');

    const keys = deriveCaseKeys(generateCaseEntropy());
    const contentKey = generateContentKey();
    const envelope = encryptEnvelope(contentKey, utf8(JSON.stringify({ kind: 'tip', version: 1, title: 'Upload benchmark', description: 'Evidence to follow.' })), {
      caseId: keys.caseId,
      purpose: 'tip',
    });
    const tip = signMessage(
      { caseId: keys.caseId, seq: 0, prevHash: threadGenesis(keys.caseId), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope },
      keys.signing.secretKey,
    );
    const created = await post(app, ROUTES.createCase.url, {
      caseId: toBase64Url(keys.caseId),
      signingPublicKey: toBase64Url(keys.signing.publicKey),
      boxPublicKey: toBase64Url(keys.box.publicKey),
      tip: {
        seq: tip.seq,
        prevHash: toBase64Url(tip.prevHash),
        authorPublicKey: toBase64Url(tip.authorPublicKey),
        envelope: toBase64Url(tip.envelope),
        signature: toBase64Url(tip.signature),
      },
      keyForCase: toBase64Url(sealContentKey(contentKey, keys.caseId, keys.box.publicKey)),
      recipients: [{ memberId: prosecutor.memberId, sealedKey: toBase64Url(sealContentKey(contentKey, keys.caseId, prosecutor.enrollment.keys.box.publicKey)) }],
    });
    expectStatus(created, 201, 'send the tip');
    return { rootPublicKey, caseId: keys.caseId, caseIdText: toBase64Url(keys.caseId), signingSecretKey: keys.signing.secretKey };
  } finally {
    await app.close();
  }
}
