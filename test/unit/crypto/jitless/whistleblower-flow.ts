// Runs the whistleblower's half of the protocol under `node --jitless` (no WebAssembly, no JIT,
// like Tor Browser "Safer") and prints one JSON line of results for jitless.test.ts.
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import * as c from '../../../../crypto/index';

const results: Record<string, unknown> = { webAssembly: typeof globalThis.WebAssembly };
const started = Date.now();
await c.ready();
const entropy = c.generateCaseEntropy();
// The French list is handed in, as the whistleblower page does after fetching it.
c.addWordList('fr', french);
const parsed = c.parseCaseCode(c.encodeCaseCode(entropy, 'fr'));
const keys = c.deriveCaseKeys(parsed.entropy);
const contentKey = c.generateContentKey();
const tip = c.encryptEnvelope(contentKey, c.utf8('tip text'), { caseId: keys.caseId, purpose: 'tip' });
const sealed = c.sealContentKey(contentKey, keys.caseId, keys.box.publicKey);
const reopened = c.openContentKey(sealed, keys.box, keys.caseId);
results.envelope = c.fromUtf8(c.decryptEnvelope(reopened, tip, { caseId: keys.caseId, purpose: 'tip' }));
const first = c.signMessage(
  { caseId: keys.caseId, seq: 0, prevHash: c.threadGenesis(keys.caseId), authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope: tip },
  keys.signing.secretKey,
);
results.thread = c.verifyThread(keys.caseId, [first], () => true).length;
const challenge = c.createChallenge(keys.caseId, 2_000_000_000);
c.verifyChallengeResponse(challenge, c.signChallenge(challenge, keys.signing.secretKey), keys.signing.publicKey, 1_900_000_000);
results.challenge = 'ok';
const fileKey = c.generateFileKey();
const file = { caseId: keys.caseId, fileId: c.generateFileId() };
const data = new Uint8Array(70_000).fill(42);
results.file = c.decryptFileBytes(fileKey, c.encryptFileBytes(fileKey, data, file), file).length;
results.ms = Date.now() - started;
console.log(JSON.stringify(results));
