// Every domain-separation string of protocol v1, in one place so they can be audited together.
// A label is encoded as its ASCII bytes followed by 0x00: no label is a prefix of another, so no
// input prepared for one purpose parses as input for another.
import { ascii, concatBytes } from './bytes';

export const LABELS = {
  caseRoot: 'thicket/v1/case-root',
  caseId: 'thicket/v1/case-id',
  challenge: 'thicket/v1/challenge',
  envelope: 'thicket/v1/envelope',
  envelopeHash: 'thicket/v1/envelope-hash',
  sealedContentKey: 'thicket/v1/sealed-content-key',
  threadGenesis: 'thicket/v1/thread-genesis',
  threadMessage: 'thicket/v1/thread-message',
  messageHash: 'thicket/v1/message-hash',
  fileChunk: 'thicket/v1/file-chunk',
  receipt: 'thicket/v1/receipt',
  receiptHash: 'thicket/v1/receipt-hash',
  authorship: 'thicket/v1/authorship',
  certificate: 'thicket/v1/certificate',
  keyWrap: 'thicket/v1/key-wrap',
  loginSecretHash: 'thicket/v1/login-secret-hash',
  recoveryChecksum: 'thicket/v1/recovery-key-checksum',
  fingerprint: 'thicket/v1/fingerprint',
  serverMac: 'thicket/v1/server-mac',
} as const;

export type LabelName = keyof typeof LABELS;

/** ASCII(label) || 0x00. */
export function label(name: LabelName): Uint8Array {
  return concatBytes(ascii(LABELS[name]), Uint8Array.of(0));
}

// crypto_kdf_derive_from_key contexts: exactly 8 bytes each, distinct, and each used with its
// own subkey id, so no two derivations share (context, id) even under the same master key.
export const KDF = {
  caseSigningSeed: { context: 'tkcase_s', id: 1 },
  caseBoxSeed: { context: 'tkcase_b', id: 2 },
  passphraseWrapKey: { context: 'tkpass_w', id: 1 },
  passphraseLoginSecret: { context: 'tkpass_l', id: 2 },
  recoveryWrapKey: { context: 'tkrcvr_w', id: 1 },
  recoveryLoginSecret: { context: 'tkrcvr_l', id: 2 },
} as const;

export type KdfName = keyof typeof KDF;

/** Protocol version byte carried by every versioned object of v1. */
export const PROTOCOL_VERSION = 1;
