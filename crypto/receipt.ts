// Submission receipts: the server signs (case public key, hash of the tip ciphertext, day). The
// whistleblower keeps the receipt file; later, holding the case key, they can prove to anyone who
// trusts the server key that they made that submission, without revealing anything else.
import { ascii, assertLength, concatBytes, constantTimeEqual, lengthPrefixed, u8 } from './bytes';
import { PROTOCOL_VERSION, label } from './context';
import { assertDay } from './day';
import { BadSignatureError, InvalidArgumentError } from './errors';
import { hash256 } from './hash';
import { lib } from './sodium';
import { envelopeHash } from './thread';

export const AUTHORSHIP_CHALLENGE_MIN_BYTES = 16;
export const AUTHORSHIP_CHALLENGE_MAX_BYTES = 64;

export interface ReceiptBody {
  /** Ed25519 public key of the case. */
  readonly casePublicKey: Uint8Array;
  /** envelopeHash of the tip ciphertext. */
  readonly tipHash: Uint8Array;
  /** UTC day of submission, "YYYY-MM-DD". */
  readonly day: string;
}

export interface Receipt extends ReceiptBody {
  readonly serverPublicKey: Uint8Array;
  readonly signature: Uint8Array;
}

function checkBody(body: ReceiptBody): void {
  assertLength(body.casePublicKey, 32, 'case public key');
  assertLength(body.tipHash, 32, 'tip hash');
  assertDay(body.day, 'receipt day');
}

/** label "thicket/v1/receipt" || version (1) || casePublicKey (32) || tipHash (32) || day (10 ASCII). */
export function receiptSignedBytes(body: ReceiptBody): Uint8Array {
  checkBody(body);
  return concatBytes(label('receipt'), u8(PROTOCOL_VERSION), body.casePublicKey, body.tipHash, ascii(body.day));
}

/**
 * Server side: signs a receipt for the tip ciphertext `tipCiphertext` submitted on `day` by the
 * case with `casePublicKey`, with the server's Ed25519 secret key (64 bytes). Throws
 * InvalidArgumentError or BadFormatError (bad day) on malformed input.
 */
export function signReceipt(
  input: { casePublicKey: Uint8Array; tipCiphertext: Uint8Array; day: string },
  serverSecretKey: Uint8Array,
): Receipt {
  assertLength(serverSecretKey, 64, 'server secret key');
  const body: ReceiptBody = {
    casePublicKey: input.casePublicKey.slice(),
    tipHash: envelopeHash(input.tipCiphertext),
    day: input.day,
  };
  const signature = lib().crypto_sign_detached(receiptSignedBytes(body), serverSecretKey);
  return { ...body, serverPublicKey: serverSecretKey.slice(32), signature };
}

/**
 * Returns normally only if the receipt is signed by `trustedServerPublicKey` (obtained out of
 * band, never from the receipt itself). Throws BadSignatureError ('bad_signature') for another
 * key or any modified field, BadFormatError/InvalidArgumentError for malformed fields.
 */
export function verifyReceipt(receipt: Receipt, trustedServerPublicKey: Uint8Array): void {
  assertLength(trustedServerPublicKey, 32, 'trusted server public key');
  assertLength(receipt.serverPublicKey, 32, 'receipt server public key');
  if (!constantTimeEqual(receipt.serverPublicKey, trustedServerPublicKey)) {
    throw new BadSignatureError('receipt was signed by another server key');
  }
  if (!(receipt.signature instanceof Uint8Array) || receipt.signature.length !== 64) throw new BadSignatureError();
  if (!lib().crypto_sign_verify_detached(receipt.signature, receiptSignedBytes(receipt), trustedServerPublicKey)) {
    throw new BadSignatureError();
  }
}

/** Throws BadSignatureError unless the receipt's tip hash is the hash of `tipCiphertext`. */
export function verifyReceiptCoversTip(receipt: Receipt, tipCiphertext: Uint8Array): void {
  if (!constantTimeEqual(receipt.tipHash, envelopeHash(tipCiphertext))) {
    throw new BadSignatureError('receipt does not cover this ciphertext');
  }
}

/** BLAKE2b-256(label "thicket/v1/receipt-hash" || signed bytes || serverPublicKey || signature). */
export function receiptHash(receipt: Receipt): Uint8Array {
  assertLength(receipt.serverPublicKey, 32, 'server public key');
  assertLength(receipt.signature, 64, 'receipt signature');
  return hash256('receiptHash', receiptSignedBytes(receipt), receipt.serverPublicKey, receipt.signature);
}

function checkChallenge(challenge: Uint8Array): void {
  if (
    !(challenge instanceof Uint8Array) ||
    challenge.length < AUTHORSHIP_CHALLENGE_MIN_BYTES ||
    challenge.length > AUTHORSHIP_CHALLENGE_MAX_BYTES
  ) {
    throw new InvalidArgumentError('authorship challenge must be 16..64 bytes');
  }
}

/** label "thicket/v1/authorship" || receiptHash (32) || u8(len) || challenge. */
export function authorshipSignedBytes(receipt: Receipt, challenge: Uint8Array): Uint8Array {
  checkChallenge(challenge);
  return concatBytes(label('authorship'), receiptHash(receipt), lengthPrefixed(challenge));
}

/**
 * Whistleblower side: proves holding the case key of `receipt` by signing the receipt hash and a
 * verifier-chosen `challenge` (16..64 fresh random bytes) with the case signing secret key.
 * Reveals nothing but that. Throws InvalidArgumentError if the key is not the receipt's case key.
 */
export function proveAuthorship(receipt: Receipt, challenge: Uint8Array, caseSigningSecretKey: Uint8Array): Uint8Array {
  assertLength(caseSigningSecretKey, 64, 'case signing secret key');
  if (!constantTimeEqual(caseSigningSecretKey.subarray(32), receipt.casePublicKey)) {
    throw new InvalidArgumentError('this case key did not make the receipt');
  }
  return lib().crypto_sign_detached(authorshipSignedBytes(receipt, challenge), caseSigningSecretKey);
}

/**
 * Verifier side: returns normally only if the receipt is valid under `trustedServerPublicKey` and
 * `proof` is the case key's signature over this receipt and this challenge. Throws
 * BadSignatureError ('bad_signature') otherwise. The verifier must pick a fresh challenge per
 * claim, or an old proof could be replayed.
 */
export function verifyAuthorship(
  receipt: Receipt,
  challenge: Uint8Array,
  proof: Uint8Array,
  trustedServerPublicKey: Uint8Array,
): void {
  verifyReceipt(receipt, trustedServerPublicKey);
  if (!(proof instanceof Uint8Array) || proof.length !== 64) throw new BadSignatureError();
  if (!lib().crypto_sign_verify_detached(proof, authorshipSignedBytes(receipt, challenge), receipt.casePublicKey)) {
    throw new BadSignatureError('authorship proof does not verify');
  }
}
