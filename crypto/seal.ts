// Hands the case content key K to a recipient: crypto_box_seal to their X25519 key. The sealed
// payload names its case, so a key sealed for one case is refused when presented for another.
// Sealed boxes are anonymous (anyone can seal to a public key): authenticity of content comes
// from the signed thread, not from here.
import { assertLength, concatBytes, constantTimeEqual, u8 } from './bytes';
import { PROTOCOL_VERSION, label } from './context';
import { BadFormatError, DecryptError, UnsupportedVersionError, WrongCaseError } from './errors';
import type { BoxKeyPair } from './case-keys';
import { CONTENT_KEY_BYTES } from './envelope';
import { lib } from './sodium';

const TAG = label('sealedContentKey');
/** version (1) || label || caseId (32) || K (32). */
export const SEALED_KEY_PAYLOAD_BYTES = 1 + TAG.length + 32 + CONTENT_KEY_BYTES;
/** crypto_box_seal adds an ephemeral public key (32) and a MAC (16). */
export const SEALED_KEY_BYTES = 48 + SEALED_KEY_PAYLOAD_BYTES;

/**
 * Seals content key K of case `caseId` to `recipientPublicKey` (X25519). Randomised by
 * crypto_box_seal's ephemeral key. Throws InvalidArgumentError on bad lengths.
 */
export function sealContentKey(contentKey: Uint8Array, caseId: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  assertLength(contentKey, CONTENT_KEY_BYTES, 'content key');
  assertLength(caseId, 32, 'case id');
  assertLength(recipientPublicKey, 32, 'recipient public key');
  const payload = concatBytes(u8(PROTOCOL_VERSION), TAG, caseId, contentKey);
  try {
    return lib().crypto_box_seal(payload, recipientPublicKey);
  } finally {
    payload.fill(0);
  }
}

/**
 * Opens a sealed content key with the recipient's box key pair and returns K. Throws
 * BadFormatError for a wrong size or a payload without the sealed-key tag, DecryptError
 * ('decrypt_failed') if it was not sealed to this key pair or was modified,
 * UnsupportedVersionError for another version, WrongCaseError ('wrong_case') if it belongs to a
 * case other than `expectedCaseId`.
 */
export function openContentKey(sealed: Uint8Array, recipient: BoxKeyPair, expectedCaseId: Uint8Array): Uint8Array {
  assertLength(expectedCaseId, 32, 'case id');
  assertLength(recipient.publicKey, 32, 'recipient public key');
  assertLength(recipient.secretKey, 32, 'recipient secret key');
  if (!(sealed instanceof Uint8Array) || sealed.length !== SEALED_KEY_BYTES) {
    throw new BadFormatError('sealed key has the wrong size');
  }
  let payload: Uint8Array;
  try {
    payload = lib().crypto_box_seal_open(sealed, recipient.publicKey, recipient.secretKey);
  } catch {
    throw new DecryptError();
  }
  try {
    const version = payload[0] as number;
    if (version !== PROTOCOL_VERSION) throw new UnsupportedVersionError(version);
    if (!constantTimeEqual(payload.subarray(1, 1 + TAG.length), TAG)) {
      throw new BadFormatError('not a sealed content key');
    }
    const caseId = payload.subarray(1 + TAG.length, 1 + TAG.length + 32);
    if (!constantTimeEqual(caseId, expectedCaseId)) throw new WrongCaseError();
    return payload.slice(1 + TAG.length + 32);
  } finally {
    payload.fill(0);
  }
}
