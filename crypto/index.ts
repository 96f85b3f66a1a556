// Public interface of crypto/ for the whistleblower app, the prosecutor app and the server.
// Uses only standard libsodium-wrappers (works without WebAssembly through its asm.js build).
// Argon2id and prosecutor enrolment live in './prosecutor-keys', imported separately, so the
// whistleblower bundle never loads libsodium-wrappers-sumo. Deterministic variants for test
// vectors live in './deterministic' and are not exported here.

export { ready, isReady, randomBytes } from './sodium';
export * from './errors';
export { toBase64Url, fromBase64Url } from './base64url';
export { concatBytes, constantTimeEqual, utf8, fromUtf8, u32be, u64be } from './bytes';
export { LABELS, PROTOCOL_VERSION } from './context';
export { isDay, dayOf } from './day';

export {
  CASE_CODE_LANGUAGES,
  CASE_CODE_WORDS,
  CASE_ENTROPY_BYTES,
  addWordList,
  caseCodeWordListsNeeded,
  caseCodeWords,
  encodeCaseCode,
  generateCaseEntropy,
  hasWordList,
  isCaseCodeLanguage,
  parseCaseCode,
  tokenizeCaseCode,
  type CaseCodeLanguage,
  type ParsedCaseCode,
} from './case-code';
export {
  CASE_ID_BYTES,
  computeCaseId,
  deriveCaseKeys,
  generateSigningKeyPair,
  verifyCaseId,
  type BoxKeyPair,
  type CaseKeys,
  type SigningKeyPair,
} from './case-keys';
export {
  CHALLENGE_NONCE_BYTES,
  createChallenge,
  signChallenge,
  verifyChallengeResponse,
  type Challenge,
} from './challenge';
export { MAX_BUCKET, MAX_PADDED_PLAINTEXT, MIN_BUCKET, bucketSize } from './padding';
export {
  CONTENT_KEY_BYTES,
  ENVELOPE_OVERHEAD,
  ENVELOPE_PURPOSES,
  decryptEnvelope,
  encryptEnvelope,
  generateContentKey,
  type EnvelopeContext,
  type EnvelopePurpose,
} from './envelope';
export { SEALED_KEY_BYTES, openContentKey, sealContentKey } from './seal';
export {
  AUTHOR_ROLES,
  assertNoRollback,
  envelopeHash,
  messageHash,
  nextLink,
  signMessage,
  threadGenesis,
  threadHead,
  verifyMessageSignature,
  verifyThread,
  type AuthorRole,
  type MessageRecord,
  type ThreadHead,
  type UnsignedMessage,
  type VerifiedMessage,
} from './thread';
export {
  FILE_CHUNK_BYTES,
  FILE_CIPHER_CHUNK_BYTES,
  FILE_HEADER_BYTES,
  FILE_ID_BYTES,
  FILE_KEY_BYTES,
  createFileDecryptor,
  createFileEncryptor,
  decryptFileBytes,
  encryptFileBytes,
  encryptedChunkCount,
  encryptedFileSize,
  generateFileId,
  generateFileKey,
  padmeChunkCount,
  type FileContext,
  type FileDecryptor,
  type FileEncryptor,
} from './file-stream';
export {
  AUTHORSHIP_CHALLENGE_MAX_BYTES,
  AUTHORSHIP_CHALLENGE_MIN_BYTES,
  proveAuthorship,
  receiptHash,
  signReceipt,
  verifyAuthorship,
  verifyReceipt,
  verifyReceiptCoversTip,
  type Receipt,
  type ReceiptBody,
} from './receipt';
export { decodeReceipt, encodeReceipt } from './receipt-file';
export {
  SUBJECT_KINDS,
  signCertificate,
  verifyCertificate,
  verifyChain,
  type Certificate,
  type CertificateBody,
  type SubjectKind,
} from './certificate';
export { decodeCertificate, encodeCertificate } from './certificate-file';
export { fingerprint } from './fingerprint';
export { MAC_BYTES, MAC_KEY_BYTES, MAC_PURPOSES, mac, verifyMac, type MacPurpose } from './mac';
export { LOGIN_SECRET_BYTES, hashLoginSecret, verifyLoginSecret } from './login-secret';
export { decodeWrappedKeys, encodeWrappedKeys } from './key-wrap-file';
export type { Argon2idParams, DerivedSecrets, ProsecutorKeys, WrapMethod, WrappedKeys } from './key-wrap';
export { DEFAULT_ARGON2ID, MAX_ARGON2ID, MIN_ARGON2ID, checkArgon2idParams } from './kdf-params';
