// Runs the whistleblower half of protocol v1 inside a browser page, through the same crypto/
// entry point and the same libsodium alias as the real whistleblower bundle. The Node side of
// the test plays server and prosecutor and checks every byte that comes out of here.
import {
  CryptoError,
  decodeReceipt,
  decryptEnvelope,
  deriveCaseKeys,
  encodeCaseCode,
  encryptEnvelope,
  encryptFileBytes,
  fromBase64Url,
  generateCaseEntropy,
  generateContentKey,
  generateFileId,
  generateFileKey,
  nextLink,
  openContentKey,
  parseCaseCode,
  ready,
  sealContentKey,
  signChallenge,
  signMessage,
  toBase64Url,
  utf8,
  fromUtf8,
  verifyReceipt,
  verifyReceiptCoversTip,
  verifyThread,
} from '../../../crypto/index';
import { CASE_CODE_LANGUAGES, hasWordList } from '../../../crypto/index';
import { loadWordLists, loadWordListsFor } from '../../../client/whistleblower/services/word-lists';
import {
  fileContent,
  fromWire,
  toWire,
  type ReadCodeInput,
  type ReadCodeOutput,
  type ReturnInput,
  type ReturnOutput,
  type SubmitInput,
  type SubmitOutput,
} from './harness-api';

const b64 = toBase64Url;
const unb64 = fromBase64Url;

function errorCode(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof CryptoError ? error.code : `untyped: ${String(error)}`;
  }
}

async function submit(input: SubmitInput): Promise<SubmitOutput> {
  const t0 = performance.now();
  await ready();
  const t1 = performance.now();
  const entropy = generateCaseEntropy();
  const caseCode = encodeCaseCode(entropy, 'en');
  const keys = deriveCaseKeys(entropy);
  const contentKey = generateContentKey();
  const context = { caseId: keys.caseId, purpose: 'tip' } as const;
  const tipEnvelope = encryptEnvelope(contentKey, utf8(input.tipText), context);
  const keyForProsecutor = sealContentKey(contentKey, keys.caseId, unb64(input.prosecutorBoxPublicKey));
  const keyForCase = sealContentKey(contentKey, keys.caseId, keys.box.publicKey);
  const link = nextLink(keys.caseId, []);
  const firstMessage = signMessage(
    { caseId: keys.caseId, ...link, authorPublicKey: keys.signing.publicKey, authorRole: 'whistleblower', envelope: tipEnvelope },
    keys.signing.secretKey,
  );
  const plainFile = fileContent(input.fileBytes);
  const t2 = performance.now();
  const fileId = generateFileId();
  const fileKey = generateFileKey();
  const fileBlob = encryptFileBytes(fileKey, plainFile, { caseId: keys.caseId, fileId });
  const t3 = performance.now();
  const tampered = tipEnvelope.slice();
  tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
  return {
    webAssembly: typeof WebAssembly,
    caseCode,
    caseId: b64(keys.caseId),
    signingPublicKey: b64(keys.signing.publicKey),
    boxPublicKey: b64(keys.box.publicKey),
    tipEnvelope: b64(tipEnvelope),
    keyForProsecutor: b64(keyForProsecutor),
    keyForCase: b64(keyForCase),
    firstMessage: toWire(firstMessage),
    fileId: b64(fileId),
    fileKey: b64(fileKey),
    fileBlob: b64(fileBlob),
    tamperedEnvelopeError: errorCode(() => decryptEnvelope(contentKey, tampered, context)),
    milliseconds: { ready: t1 - t0, submit: t2 - t1, file: t3 - t2 },
  };
}

async function returnWithCode(input: ReturnInput): Promise<ReturnOutput> {
  await ready();
  const t0 = performance.now();
  const { entropy } = parseCaseCode(input.typedCode);
  const keys = deriveCaseKeys(entropy);
  const challengeSignature = signChallenge(
    { caseId: keys.caseId, nonce: unb64(input.challenge.nonce), expiresAt: input.challenge.expiresAt },
    keys.signing.secretKey,
  );
  const receipt = decodeReceipt(input.receiptFile);
  const serverPublicKey = unb64(input.serverPublicKey);
  verifyReceipt(receipt, serverPublicKey);
  const records = input.thread.map((wire) => fromWire(keys.caseId, wire));
  verifyReceiptCoversTip(receipt, records[0]?.envelope ?? new Uint8Array());
  const prosecutorKey = input.prosecutorSigningPublicKey;
  const verified = verifyThread(keys.caseId, records, (key, role) =>
    role === 'whistleblower' ? b64(key) === b64(keys.signing.publicKey) : b64(key) === prosecutorKey,
  );
  const last = verified[verified.length - 1];
  if (!last) throw new Error('empty thread');
  const contentKey = openContentKey(unb64(input.keyForCase), keys.box, keys.caseId);
  const reply = fromUtf8(decryptEnvelope(contentKey, last.envelope, { caseId: keys.caseId, purpose: 'message' }));
  const milliseconds = performance.now() - t0;
  const forged = { ...receipt, day: '2026-11-21' };
  return {
    caseId: b64(keys.caseId),
    challengeSignature: b64(challengeSignature),
    reply,
    receiptVerified: true,
    forgedReceiptError: errorCode(() => verifyReceipt(forged, serverPublicKey)),
    milliseconds,
  };
}

/**
 * Reads a code as the return page does: the page's own list is there (services ready() fetches
 * it), then the lists the code may be written in are fetched, then it is parsed.
 */
async function readCode(input: ReadCodeInput): Promise<ReadCodeOutput> {
  await ready();
  const t0 = performance.now();
  const before = CASE_CODE_LANGUAGES.filter((language) => hasWordList(language));
  await loadWordLists([input.prefer]);
  await loadWordListsFor(input.text, input.prefer);
  const parsed = parseCaseCode(input.text, { prefer: input.prefer });
  const fetched = CASE_CODE_LANGUAGES.filter((language) => hasWordList(language) && !before.includes(language));
  return { entropy: b64(parsed.entropy), language: parsed.language, fetched, milliseconds: performance.now() - t0 };
}

declare global {
  interface Window {
    thicketHarness?: { submit: typeof submit; returnWithCode: typeof returnWithCode; readCode: typeof readCode };
  }
}

window.thicketHarness = { submit, returnWithCode, readCode };
