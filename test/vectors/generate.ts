// Generates test/vectors/protocol-v1.json: the known-answer vectors of Thicket protocol v1.
//
// Run ONLY when the v1 byte format deliberately changes (which should mean a new protocol
// version instead):   npx tsx test/vectors/generate.ts
// Then review the diff: every changed byte is a wire-format change that breaks stored data.
// test/unit/crypto/vectors.test.ts recomputes every deterministic vector from its inputs and
// compares bytes, so an accidental format change fails the suite.
//
// Inputs are fixed: seq(n, start) is the n bytes start, start+1, … (mod 256); pattern(n) is the
// n bytes i mod 251. Two vectors are random by nature and are pinned by their opening only:
// the sealed content key (crypto_box_seal's ephemeral key) and the file stream (the
// secretstream header is drawn inside libsodium). Re-running this script changes those two.
// Binary values are lower-case hex, except the file stream blob (base64url, it is large).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBase64Url } from '../../crypto/base64url';
import { addAllWordLists } from '../../crypto/case-code-all-wordlists';
import { encodeCaseCode, type CaseCodeLanguage } from '../../crypto/case-code';
import { deriveCaseKeys } from '../../crypto/case-keys';
import { signChallenge } from '../../crypto/challenge';
import { encodeCertificate } from '../../crypto/certificate-file';
import { signCertificate } from '../../crypto/certificate';
import {
  authorshipSignedBytes,
  boxKeyPairFromSeed,
  certificateSignedBytes,
  challengeSignedBytes,
  createChallengeWithNonce,
  encryptEnvelopeWithNonce,
  envelopeAssociatedData,
  fileChunkAssociatedData,
  keyWrapAssociatedData,
  messageSignedBytes,
  pad,
  receiptSignedBytes,
  signingKeyPairFromSeed,
  wrapPrivateKeysWithNonce,
} from '../../crypto/deterministic';
import { encryptFileBytes } from '../../crypto/file-stream';
import { fingerprint } from '../../crypto/fingerprint';
import { encodeWrappedKeys } from '../../crypto/key-wrap-file';
import { hashLoginSecret } from '../../crypto/login-secret';
import { MIN_ARGON2ID, derivePassphraseSecrets, prosecutorKeysFromSeeds, readySumo } from '../../crypto/prosecutor-keys';
import { encodeRecoveryKey, deriveRecoverySecrets } from '../../crypto/recovery-key';
import { encodeReceipt } from '../../crypto/receipt-file';
import { proveAuthorship, receiptHash, signReceipt } from '../../crypto/receipt';
import { sealContentKey } from '../../crypto/seal';
import { envelopeHash, messageHash, signMessage, threadGenesis, type MessageRecord } from '../../crypto/thread';
import type { MessageVector, VectorsFile } from './vectors-file';

export function seq(n: number, start: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (start + i) & 0xff);
}

export function pattern(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => i % 251);
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function main(): Promise<void> {
  await readySumo();
  addAllWordLists();

  const caseEntropy = seq(16, 0x00);
  const caseKeys = deriveCaseKeys(caseEntropy);
  const otherEntropy = seq(16, 0x80);
  const languages: CaseCodeLanguage[] = ['en', 'fr', 'es', 'ja', 'ko', 'zh-Hans'];

  const challenge = createChallengeWithNonce(caseKeys.caseId, 1_800_000_000, seq(32, 0x40));

  const contentKey = seq(32, 0x20);
  const envelopes = [
    { purpose: 'tip' as const, plaintext: 'Ivory carvings listed on marketplace X, seller handle @example.', nonce: seq(24, 0x60) },
    { purpose: 'message' as const, plaintext: '', nonce: seq(24, 0x70) },
    { purpose: 'file-manifest' as const, plaintext: 'x'.repeat(1024), nonce: seq(24, 0x90) },
  ];

  const recipient = boxKeyPairFromSeed(seq(32, 0xa0));
  const sealed = sealContentKey(contentKey, caseKeys.caseId, recipient.publicKey);

  const prosecutor = signingKeyPairFromSeed(seq(32, 0xb0));
  const tipEnvelope = encryptEnvelopeWithNonce(contentKey, utf8(envelopes[0]?.plaintext as string), { caseId: caseKeys.caseId, purpose: 'tip' }, seq(24, 0x60));
  const replyEnvelope = encryptEnvelopeWithNonce(contentKey, utf8('Thank you. Which city?'), { caseId: caseKeys.caseId, purpose: 'message' }, seq(24, 0x61));
  const m0 = signMessage(
    { caseId: caseKeys.caseId, seq: 0, prevHash: threadGenesis(caseKeys.caseId), authorPublicKey: caseKeys.signing.publicKey, authorRole: 'whistleblower', envelope: tipEnvelope },
    caseKeys.signing.secretKey,
  );
  const m1 = signMessage(
    { caseId: caseKeys.caseId, seq: 1, prevHash: messageHash(m0), authorPublicKey: prosecutor.publicKey, authorRole: 'prosecutor', envelope: replyEnvelope },
    prosecutor.secretKey,
  );
  const message = (m: MessageRecord, author: 'case' | 'prosecutor', plaintext: string, nonce: Uint8Array): MessageVector => ({
    author,
    authorPublicKey: hex(m.authorPublicKey),
    authorRole: m.authorRole,
    seq: m.seq,
    prevHash: hex(m.prevHash),
    envelopePlaintextUtf8: plaintext,
    envelopeNonce: hex(nonce),
    envelope: hex(m.envelope),
    envelopeHash: hex(envelopeHash(m.envelope)),
    signedBytes: hex(messageSignedBytes(m)),
    signature: hex(m.signature),
    messageHash: hex(messageHash(m)),
  });

  const fileKey = seq(32, 0xc0);
  const fileContext = { caseId: caseKeys.caseId, fileId: seq(16, 0xd0) };
  const fileData = pattern(65_540);
  const fileBlob = encryptFileBytes(fileKey, fileData, fileContext);

  const server = signingKeyPairFromSeed(seq(32, 0xe0));
  const receipt = signReceipt({ casePublicKey: caseKeys.signing.publicKey, tipCiphertext: tipEnvelope, day: '2026-11-03' }, server.secretKey);
  const authorshipChallenge = seq(32, 0xf0);

  const root = signingKeyPairFromSeed(seq(32, 0x10));
  const agency = signingKeyPairFromSeed(seq(32, 0x11));
  const agencyCert = signCertificate({ kind: 'agency', subjectId: 'agency:ke-kws', signingPublicKey: agency.publicKey, issuedAt: '2026-11-01' }, root.secretKey);
  const prosecutorBox = boxKeyPairFromSeed(seq(32, 0xb1));
  const prosecutorCert = signCertificate(
    { kind: 'prosecutor', subjectId: 'prosecutor:0001', signingPublicKey: prosecutor.publicKey, boxPublicKey: prosecutorBox.publicKey, issuedAt: '2026-11-02' },
    agency.secretKey,
  );

  const prosecutorKeys = prosecutorKeysFromSeeds(seq(32, 0xb0), seq(32, 0xb1));
  const kdf = { algorithm: 'argon2id13' as const, ...MIN_ARGON2ID, salt: seq(16, 0x30) };
  const passphrase = 'correct horse battery staple';
  const fromPassphrase = derivePassphraseSecrets(passphrase, kdf);
  const passphraseMeta = { userId: 'prosecutor:0001', method: 'passphrase' as const, kdf };
  const passphraseWrapped = wrapPrivateKeysWithNonce(prosecutorKeys, fromPassphrase.wrappingKey, passphraseMeta, seq(24, 0x31));
  const recoveryKey = seq(32, 0x50);
  const fromRecovery = deriveRecoverySecrets(recoveryKey);
  const recoveryMeta = { userId: 'prosecutor:0001', method: 'recovery' as const };
  const recoveryWrapped = wrapPrivateKeysWithNonce(prosecutorKeys, fromRecovery.wrappingKey, recoveryMeta, seq(24, 0x51));

  const vectors: VectorsFile = {
    protocol: 'thicket/v1',
    note: 'Generated by test/vectors/generate.ts; see docs/PROTOCOL.md. seq(n,s) = bytes s, s+1, … mod 256; pattern(n) = bytes i mod 251.',
    caseCode: languages.map((language) => ({ entropy: hex(caseEntropy), language, text: encodeCaseCode(caseEntropy, language) })).concat(
      languages.slice(0, 3).map((language) => ({ entropy: hex(otherEntropy), language, text: encodeCaseCode(otherEntropy, language) })),
    ),
    caseKeys: [caseEntropy, otherEntropy].map((entropy) => {
      const k = deriveCaseKeys(entropy);
      return {
        entropy: hex(entropy),
        caseId: hex(k.caseId),
        signingPublicKey: hex(k.signing.publicKey),
        signingSecretKey: hex(k.signing.secretKey),
        boxPublicKey: hex(k.box.publicKey),
        boxSecretKey: hex(k.box.secretKey),
        threadGenesis: hex(threadGenesis(k.caseId)),
      };
    }),
    challenge: {
      caseEntropy: hex(caseEntropy),
      caseId: hex(challenge.caseId),
      nonce: hex(challenge.nonce),
      expiresAt: challenge.expiresAt,
      signedBytes: hex(challengeSignedBytes(challenge)),
      signature: hex(signChallenge(challenge, caseKeys.signing.secretKey)),
    },
    padding: [0, 3, 1023, 1024].map((length) => ({ plaintext: hex(pattern(length)), padded: hex(pad(pattern(length))) })),
    envelope: envelopes.map((e) => {
      const context = { caseId: caseKeys.caseId, purpose: e.purpose };
      return {
        key: hex(contentKey),
        caseId: hex(caseKeys.caseId),
        purpose: e.purpose,
        plaintextUtf8: e.plaintext,
        nonce: hex(e.nonce),
        associatedData: hex(envelopeAssociatedData(1, context)),
        envelope: hex(encryptEnvelopeWithNonce(contentKey, utf8(e.plaintext), context, e.nonce)),
      };
    }),
    sealedKey: {
      recipientSeed: hex(seq(32, 0xa0)),
      recipientPublicKey: hex(recipient.publicKey),
      recipientSecretKey: hex(recipient.secretKey),
      caseId: hex(caseKeys.caseId),
      contentKey: hex(contentKey),
      sealed: hex(sealed),
    },
    thread: {
      caseEntropy: hex(caseEntropy),
      caseId: hex(caseKeys.caseId),
      genesis: hex(threadGenesis(caseKeys.caseId)),
      messages: [
        message(m0, 'case', envelopes[0]?.plaintext as string, seq(24, 0x60)),
        message(m1, 'prosecutor', 'Thank you. Which city?', seq(24, 0x61)),
      ],
    },
    fileStream: {
      key: hex(fileKey),
      caseId: hex(fileContext.caseId),
      fileId: hex(fileContext.fileId),
      associatedData: hex(fileChunkAssociatedData(fileContext)),
      plaintextLength: fileData.length,
      plaintext: 'pattern(plaintextLength)',
      blobBase64Url: toBase64Url(fileBlob),
    },
    receipt: {
      serverSeed: hex(seq(32, 0xe0)),
      serverPublicKey: hex(server.publicKey),
      casePublicKey: hex(receipt.casePublicKey),
      tipCiphertext: hex(tipEnvelope),
      tipHash: hex(receipt.tipHash),
      day: receipt.day,
      signedBytes: hex(receiptSignedBytes(receipt)),
      signature: hex(receipt.signature),
      receiptHash: hex(receiptHash(receipt)),
      file: encodeReceipt(receipt),
      authorship: {
        challenge: hex(authorshipChallenge),
        signedBytes: hex(authorshipSignedBytes(receipt, authorshipChallenge)),
        proof: hex(proveAuthorship(receipt, authorshipChallenge, caseKeys.signing.secretKey)),
      },
    },
    certificates: {
      rootSeed: hex(seq(32, 0x10)),
      rootPublicKey: hex(root.publicKey),
      agencySeed: hex(seq(32, 0x11)),
      prosecutorSigningSeed: hex(seq(32, 0xb0)),
      prosecutorBoxSeed: hex(seq(32, 0xb1)),
      agency: { signedBytes: hex(certificateSignedBytes(agencyCert)), signature: hex(agencyCert.signature), file: encodeCertificate(agencyCert) },
      prosecutor: { signedBytes: hex(certificateSignedBytes(prosecutorCert)), signature: hex(prosecutorCert.signature), file: encodeCertificate(prosecutorCert) },
    },
    keyWrap: {
      userId: passphraseMeta.userId,
      signingSeed: hex(seq(32, 0xb0)),
      boxSeed: hex(seq(32, 0xb1)),
      passphrase,
      salt: hex(kdf.salt),
      opsLimit: kdf.opsLimit,
      memLimitBytes: kdf.memLimitBytes,
      wrappingKey: hex(fromPassphrase.wrappingKey),
      loginSecret: hex(fromPassphrase.loginSecret),
      loginSecretHash: hex(hashLoginSecret(fromPassphrase.loginSecret)),
      nonce: hex(passphraseWrapped.nonce),
      associatedData: hex(keyWrapAssociatedData(passphraseMeta, prosecutorKeys.signing.publicKey, prosecutorKeys.box.publicKey)),
      ciphertext: hex(passphraseWrapped.ciphertext),
      file: encodeWrappedKeys(passphraseWrapped),
    },
    recoveryKey: {
      key: hex(recoveryKey),
      text: encodeRecoveryKey(recoveryKey),
      wrappingKey: hex(fromRecovery.wrappingKey),
      loginSecret: hex(fromRecovery.loginSecret),
      nonce: hex(recoveryWrapped.nonce),
      associatedData: hex(keyWrapAssociatedData(recoveryMeta, prosecutorKeys.signing.publicKey, prosecutorKeys.box.publicKey)),
      ciphertext: hex(recoveryWrapped.ciphertext),
      file: encodeWrappedKeys(recoveryWrapped),
    },
    fingerprint: {
      keys: [hex(prosecutorKeys.signing.publicKey), hex(prosecutorKeys.box.publicKey)],
      single: fingerprint(prosecutorKeys.signing.publicKey),
      pair: fingerprint(prosecutorKeys.signing.publicKey, prosecutorKeys.box.publicKey),
    },
  };

  const out = join(dirname(fileURLToPath(import.meta.url)), 'protocol-v1.json');
  writeFileSync(out, `${JSON.stringify(vectors, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

await main();
