// Known-answer tests: recompute every deterministic vector of test/vectors/protocol-v1.json from
// its inputs and compare bytes (an accidental format change fails here), then decrypt and verify
// the pinned objects. A second, independent implementation (@noble/hashes BLAKE2b, Node's
// Ed25519) re-derives the hash and KDF steps, so a mistake shared by the generator and the code
// (a wrong KDF id, a missing label byte, Argon2 memory in the wrong unit) cannot hide.
// @noble/hashes comes with @scure/bip39 (same pinned lockfile); it is used here as a reference only.
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { argon2id } from '@noble/hashes/argon2.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../../crypto/base64url';
import { addAllWordLists } from '../../../crypto/case-code-all-wordlists';
import { encodeCaseCode, parseCaseCode, type CaseCodeLanguage } from '../../../crypto/case-code';
import { computeCaseId, deriveCaseKeys } from '../../../crypto/case-keys';
import { signChallenge, verifyChallengeResponse } from '../../../crypto/challenge';
import { signCertificate, verifyChain } from '../../../crypto/certificate';
import { decodeCertificate, encodeCertificate } from '../../../crypto/certificate-file';
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
  unpad,
  wrapPrivateKeysWithNonce,
} from '../../../crypto/deterministic';
import { decryptEnvelope, type EnvelopePurpose } from '../../../crypto/envelope';
import { decryptFileBytes } from '../../../crypto/file-stream';
import { fingerprint } from '../../../crypto/fingerprint';
import { decodeWrappedKeys, encodeWrappedKeys } from '../../../crypto/key-wrap-file';
import { unwrapPrivateKeys } from '../../../crypto/key-wrap';
import { hashLoginSecret } from '../../../crypto/login-secret';
import { derivePassphraseSecrets, prosecutorKeysFromSeeds, readySumo } from '../../../crypto/prosecutor-keys';
import { decodeRecoveryKey, deriveRecoverySecrets, encodeRecoveryKey } from '../../../crypto/recovery-key';
import { decodeReceipt, encodeReceipt } from '../../../crypto/receipt-file';
import { proveAuthorship, receiptHash, signReceipt, verifyAuthorship } from '../../../crypto/receipt';
import { openContentKey } from '../../../crypto/seal';
import { envelopeHash, messageHash, signMessage, threadGenesis, verifyThread, type AuthorRole } from '../../../crypto/thread';
import type { CaseKeysVector, EnvelopeVector, VectorsFile } from '../../vectors/vectors-file';
import { fromHex, hex, sameBytes } from './fixtures';

const V = JSON.parse(readFileSync(new URL('../../vectors/protocol-v1.json', import.meta.url), 'utf8')) as VectorsFile;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const labelBytes = (s: string): Uint8Array => new Uint8Array([...utf8(s), 0]);
const pattern = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i % 251);

/** libsodium's crypto_kdf_derive_from_key, written independently with @noble/hashes. */
function referenceKdf(master: Uint8Array, id: number, context: string): Uint8Array {
  const salt = new Uint8Array(16);
  new DataView(salt.buffer).setBigUint64(0, BigInt(id), true);
  const personalization = new Uint8Array(16);
  personalization.set(utf8(context));
  return blake2b(new Uint8Array(0), { key: master, dkLen: 32, salt, personalization });
}

function referenceVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' });
  return nodeVerify(null, message, key, signature);
}

beforeAll(async () => {
  await readySumo();
  addAllWordLists();
});

describe('protocol v1 vectors', () => {
  it('case codes: words in each language, and back to the entropy', () => {
    expect(new Set(V.caseCode.map((c) => c.language)).size).toBeGreaterThanOrEqual(3);
    for (const c of V.caseCode) {
      expect(encodeCaseCode(fromHex(c.entropy), c.language as CaseCodeLanguage)).toBe(c.text);
      expect(hex(parseCaseCode(c.text).entropy)).toBe(c.entropy);
    }
  });

  it('case keys, case id and thread genesis', () => {
    for (const c of V.caseKeys) {
      const keys = deriveCaseKeys(fromHex(c.entropy));
      expect(hex(keys.caseId)).toBe(c.caseId);
      expect(hex(keys.signing.publicKey)).toBe(c.signingPublicKey);
      expect(hex(keys.signing.secretKey)).toBe(c.signingSecretKey);
      expect(hex(keys.box.publicKey)).toBe(c.boxPublicKey);
      expect(hex(keys.box.secretKey)).toBe(c.boxSecretKey);
      expect(hex(threadGenesis(keys.caseId))).toBe(c.threadGenesis);
    }
  });

  it('case keys match an independent BLAKE2b/KDF implementation', () => {
    for (const c of V.caseKeys) {
      const root = blake2b(labelBytes('thicket/v1/case-root'), { key: fromHex(c.entropy), dkLen: 32 });
      const signingSeed = referenceKdf(root, 1, 'tkcase_s');
      expect(hex(signingSeed)).toBe(c.signingSecretKey.slice(0, 64));
      const expectedBox = boxKeyPairFromSeed(referenceKdf(root, 2, 'tkcase_b'));
      expect(hex(expectedBox.publicKey)).toBe(c.boxPublicKey);
      const caseId = blake2b(new Uint8Array([...labelBytes('thicket/v1/case-id'), ...fromHex(c.signingPublicKey), ...fromHex(c.boxPublicKey)]), { dkLen: 32 });
      expect(hex(caseId)).toBe(c.caseId);
      expect(hex(computeCaseId(fromHex(c.signingPublicKey), fromHex(c.boxPublicKey)))).toBe(c.caseId);
      const genesis = blake2b(new Uint8Array([...labelBytes('thicket/v1/thread-genesis'), ...caseId]), { dkLen: 32 });
      expect(hex(genesis)).toBe(c.threadGenesis);
    }
  });

  it('challenge signature', () => {
    const c = V.challenge;
    const keys = deriveCaseKeys(fromHex(c.caseEntropy));
    const challenge = createChallengeWithNonce(fromHex(c.caseId), c.expiresAt, fromHex(c.nonce));
    expect(hex(challengeSignedBytes(challenge))).toBe(c.signedBytes);
    expect(c.signedBytes).toBe(hex(new Uint8Array([...labelBytes('thicket/v1/challenge'), ...fromHex(c.caseId), ...fromHex(c.nonce), 0, 0, 0, 0, 0x6b, 0x49, 0xd2, 0x00])));
    expect(hex(signChallenge(challenge, keys.signing.secretKey))).toBe(c.signature);
    expect(() => verifyChallengeResponse(challenge, fromHex(c.signature), keys.signing.publicKey, c.expiresAt - 1)).not.toThrow();
    expect(referenceVerify(fromHex(c.signature), fromHex(c.signedBytes), keys.signing.publicKey)).toBe(true);
  });

  it('padding', () => {
    for (const p of V.padding) {
      expect(hex(pad(fromHex(p.plaintext)))).toBe(p.padded);
      expect(hex(unpad(fromHex(p.padded)))).toBe(p.plaintext);
    }
  });

  it('envelopes: associated data, bytes, and decryption', () => {
    for (const e of V.envelope) {
      const context = { caseId: fromHex(e.caseId), purpose: e.purpose as EnvelopePurpose };
      const ad = envelopeAssociatedData(1, context);
      expect(hex(ad)).toBe(e.associatedData);
      expect(e.associatedData).toBe(hex(new Uint8Array([...labelBytes('thicket/v1/envelope'), 1, ...fromHex(e.caseId), e.purpose.length, ...utf8(e.purpose)])));
      expect(hex(encryptEnvelopeWithNonce(fromHex(e.key), utf8(e.plaintextUtf8), context, fromHex(e.nonce)))).toBe(e.envelope);
      expect(new TextDecoder().decode(decryptEnvelope(fromHex(e.key), fromHex(e.envelope), context))).toBe(e.plaintextUtf8);
    }
  });

  it('sealed content key opens to the pinned key', () => {
    const s = V.sealedKey;
    const recipient = boxKeyPairFromSeed(fromHex(s.recipientSeed));
    expect(hex(recipient.publicKey)).toBe(s.recipientPublicKey);
    expect(hex(openContentKey(fromHex(s.sealed), recipient, fromHex(s.caseId)))).toBe(s.contentKey);
  });

  it('thread messages: signed bytes, signatures, hashes, and verification', () => {
    const t = V.thread;
    const caseKeys = deriveCaseKeys(fromHex(t.caseEntropy));
    const prosecutor = signingKeyPairFromSeed(fromHex(V.certificates.prosecutorSigningSeed));
    expect(hex(threadGenesis(caseKeys.caseId))).toBe(t.genesis);
    const contentKey = fromHex((V.envelope[0] as EnvelopeVector).key);
    const records = t.messages.map((m) => {
      const author = m.author === 'case' ? caseKeys.signing : prosecutor;
      const purpose = m.seq === 0 ? 'tip' : 'message';
      const envelope = encryptEnvelopeWithNonce(contentKey, utf8(m.envelopePlaintextUtf8), { caseId: caseKeys.caseId, purpose }, fromHex(m.envelopeNonce));
      expect(hex(envelope)).toBe(m.envelope);
      expect(hex(envelopeHash(envelope))).toBe(m.envelopeHash);
      const record = signMessage(
        { caseId: caseKeys.caseId, seq: m.seq, prevHash: fromHex(m.prevHash), authorPublicKey: author.publicKey, authorRole: m.authorRole as AuthorRole, envelope },
        author.secretKey,
      );
      expect(hex(messageSignedBytes(record))).toBe(m.signedBytes);
      expect(hex(record.signature)).toBe(m.signature);
      expect(hex(messageHash(record))).toBe(m.messageHash);
      expect(referenceVerify(record.signature, messageSignedBytes(record), author.publicKey)).toBe(true);
      return record;
    });
    const trusted = (key: Uint8Array, role: AuthorRole) =>
      sameBytes(key, role === 'whistleblower' ? caseKeys.signing.publicKey : prosecutor.publicKey);
    expect(verifyThread(caseKeys.caseId, records, trusted)).toHaveLength(2);
    expect(t.messages[1]?.prevHash).toBe(t.messages[0]?.messageHash);
  });

  it('file stream: chunk associated data and decryption of the pinned stream', () => {
    const f = V.fileStream;
    const context = { caseId: fromHex(f.caseId), fileId: fromHex(f.fileId) };
    expect(hex(fileChunkAssociatedData(context))).toBe(f.associatedData);
    const plaintext = decryptFileBytes(fromHex(f.key), fromBase64Url(f.blobBase64Url), context);
    expect(sameBytes(plaintext, pattern(f.plaintextLength))).toBe(true);
  });

  it('receipt: signed bytes, signature, hash, file text and authorship proof', () => {
    const r = V.receipt;
    const server = signingKeyPairFromSeed(fromHex(r.serverSeed));
    const caseKeys = deriveCaseKeys(fromHex((V.caseKeys[0] as CaseKeysVector).entropy));
    const receipt = signReceipt({ casePublicKey: caseKeys.signing.publicKey, tipCiphertext: fromHex(r.tipCiphertext), day: r.day }, server.secretKey);
    expect(hex(receipt.tipHash)).toBe(r.tipHash);
    expect(hex(receiptSignedBytes(receipt))).toBe(r.signedBytes);
    expect(hex(receipt.signature)).toBe(r.signature);
    expect(hex(receiptHash(receipt))).toBe(r.receiptHash);
    expect(encodeReceipt(receipt)).toBe(r.file);
    expect(decodeReceipt(r.file)).toEqual(receipt);
    const challenge = fromHex(r.authorship.challenge);
    expect(hex(authorshipSignedBytes(receipt, challenge))).toBe(r.authorship.signedBytes);
    expect(hex(proveAuthorship(receipt, challenge, caseKeys.signing.secretKey))).toBe(r.authorship.proof);
    expect(() => verifyAuthorship(decodeReceipt(r.file), challenge, fromHex(r.authorship.proof), server.publicKey)).not.toThrow();
    expect(referenceVerify(fromHex(r.signature), fromHex(r.signedBytes), server.publicKey)).toBe(true);
  });

  it('certificates: signed bytes, signatures, files and the chain', () => {
    const c = V.certificates;
    const root = signingKeyPairFromSeed(fromHex(c.rootSeed));
    const agency = signingKeyPairFromSeed(fromHex(c.agencySeed));
    expect(hex(root.publicKey)).toBe(c.rootPublicKey);
    const agencyCert = decodeCertificate(c.agency.file);
    const prosecutorCert = decodeCertificate(c.prosecutor.file);
    expect(hex(certificateSignedBytes(agencyCert))).toBe(c.agency.signedBytes);
    expect(hex(certificateSignedBytes(prosecutorCert))).toBe(c.prosecutor.signedBytes);
    expect(hex(signCertificate(agencyCert, root.secretKey).signature)).toBe(c.agency.signature);
    expect(hex(signCertificate(prosecutorCert, agency.secretKey).signature)).toBe(c.prosecutor.signature);
    expect(encodeCertificate(agencyCert)).toBe(c.agency.file);
    expect(() => verifyChain(root.publicKey, agencyCert, prosecutorCert)).not.toThrow();
  });

  it('passphrase key wrap at the floor parameters', () => {
    const w = V.keyWrap;
    const keys = prosecutorKeysFromSeeds(fromHex(w.signingSeed), fromHex(w.boxSeed));
    const kdf = { algorithm: 'argon2id13' as const, opsLimit: w.opsLimit, memLimitBytes: w.memLimitBytes, salt: fromHex(w.salt) };
    const secrets = derivePassphraseSecrets(w.passphrase, kdf);
    expect(hex(secrets.wrappingKey)).toBe(w.wrappingKey);
    expect(hex(secrets.loginSecret)).toBe(w.loginSecret);
    expect(hex(hashLoginSecret(secrets.loginSecret))).toBe(w.loginSecretHash);
    const meta = { userId: w.userId, method: 'passphrase' as const, kdf };
    expect(hex(keyWrapAssociatedData(meta, keys.signing.publicKey, keys.box.publicKey))).toBe(w.associatedData);
    const wrapped = wrapPrivateKeysWithNonce(keys, secrets.wrappingKey, meta, fromHex(w.nonce));
    expect(hex(wrapped.ciphertext)).toBe(w.ciphertext);
    expect(encodeWrappedKeys(wrapped)).toBe(w.file);
    expect(unwrapPrivateKeys(decodeWrappedKeys(w.file), secrets.wrappingKey, w.userId)).toEqual(keys);
  });

  it('passphrase secrets match an independent Argon2id and KDF implementation', () => {
    const w = V.keyWrap;
    const master = argon2id(utf8(w.passphrase.normalize('NFC')), fromHex(w.salt), { t: w.opsLimit, m: w.memLimitBytes / 1024, p: 1, dkLen: 32 });
    expect(hex(referenceKdf(master, 1, 'tkpass_w'))).toBe(w.wrappingKey);
    expect(hex(referenceKdf(master, 2, 'tkpass_l'))).toBe(w.loginSecret);
    const hash = blake2b(new Uint8Array([...labelBytes('thicket/v1/login-secret-hash'), ...fromHex(w.loginSecret)]), { dkLen: 32 });
    expect(hex(hash)).toBe(w.loginSecretHash);
  });

  it('recovery key text, secrets and wrap', () => {
    const r = V.recoveryKey;
    const key = fromHex(r.key);
    expect(encodeRecoveryKey(key)).toBe(r.text);
    expect(hex(decodeRecoveryKey(r.text))).toBe(r.key);
    const secrets = deriveRecoverySecrets(key);
    expect(hex(secrets.wrappingKey)).toBe(r.wrappingKey);
    expect(hex(secrets.loginSecret)).toBe(r.loginSecret);
    expect(hex(referenceKdf(key, 1, 'tkrcvr_w'))).toBe(r.wrappingKey);
    expect(hex(referenceKdf(key, 2, 'tkrcvr_l'))).toBe(r.loginSecret);
    const keys = prosecutorKeysFromSeeds(fromHex(V.keyWrap.signingSeed), fromHex(V.keyWrap.boxSeed));
    const meta = { userId: V.keyWrap.userId, method: 'recovery' as const };
    expect(hex(keyWrapAssociatedData(meta, keys.signing.publicKey, keys.box.publicKey))).toBe(r.associatedData);
    expect(hex(wrapPrivateKeysWithNonce(keys, secrets.wrappingKey, meta, fromHex(r.nonce)).ciphertext)).toBe(r.ciphertext);
    expect(unwrapPrivateKeys(decodeWrappedKeys(r.file), secrets.wrappingKey, V.keyWrap.userId)).toEqual(keys);
  });

  it('fingerprints', () => {
    const f = V.fingerprint;
    const [signing, box] = f.keys.map(fromHex) as [Uint8Array, Uint8Array];
    expect(fingerprint(signing)).toBe(f.single);
    expect(fingerprint(signing, box)).toBe(f.pair);
    const reference = blake2b(new Uint8Array([...labelBytes('thicket/v1/fingerprint'), 2, ...signing, ...box]), { dkLen: 20 });
    expect(f.pair.replace(/ /g, '')).toBe(hex(reference).toUpperCase());
  });
});
