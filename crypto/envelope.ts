// The envelope carries every small encrypted object of a case (tip, messages, file manifests,
// status) under the case content key K. Associated data binds it to its case and its purpose,
// so an envelope cannot be replayed into another case or read as another kind of object.
import { ascii, assertLength, concatBytes, lengthPrefixed, u8 } from './bytes';
import { PROTOCOL_VERSION, label } from './context';
import { BadFormatError, DecryptError, InvalidArgumentError, UnsupportedVersionError } from './errors';
import { MIN_BUCKET, isBucketSize, pad, unpad } from './padding';
import { lib, randomBytes } from './sodium';

export const CONTENT_KEY_BYTES = 32;
export const ENVELOPE_NONCE_BYTES = 24;
export const ENVELOPE_TAG_BYTES = 16;
export const ENVELOPE_OVERHEAD = 1 + ENVELOPE_NONCE_BYTES + ENVELOPE_TAG_BYTES;
export const MIN_ENVELOPE_BYTES = ENVELOPE_OVERHEAD + MIN_BUCKET;

export const ENVELOPE_PURPOSES = ['tip', 'message', 'file-manifest', 'status'] as const;
/** What an envelope holds; part of the associated data, so purposes cannot be swapped. */
export type EnvelopePurpose = (typeof ENVELOPE_PURPOSES)[number];

export interface EnvelopeContext {
  readonly caseId: Uint8Array;
  readonly purpose: EnvelopePurpose;
}

/** A fresh 32-byte content key K from the CSPRNG. */
export function generateContentKey(): Uint8Array {
  return randomBytes(CONTENT_KEY_BYTES);
}

/**
 * label "thicket/v1/envelope" || version (1) || caseId (32) || u8(len) || ASCII purpose.
 * Throws InvalidArgumentError for an unknown purpose or a bad case id.
 */
export function envelopeAssociatedData(version: number, context: EnvelopeContext): Uint8Array {
  assertLength(context.caseId, 32, 'case id');
  if (!(ENVELOPE_PURPOSES as readonly string[]).includes(context.purpose)) {
    throw new InvalidArgumentError('unknown envelope purpose');
  }
  return concatBytes(label('envelope'), u8(version), context.caseId, lengthPrefixed(ascii(context.purpose)));
}

/** encryptEnvelope with a caller-supplied nonce: for test vectors only. Never reuse a nonce. */
export function encryptEnvelopeWithNonce(
  key: Uint8Array,
  plaintext: Uint8Array,
  context: EnvelopeContext,
  nonce: Uint8Array,
): Uint8Array {
  assertLength(key, CONTENT_KEY_BYTES, 'content key');
  assertLength(nonce, ENVELOPE_NONCE_BYTES, 'envelope nonce');
  if (!(plaintext instanceof Uint8Array)) throw new InvalidArgumentError('plaintext must be bytes');
  const ad = envelopeAssociatedData(PROTOCOL_VERSION, context);
  const padded = pad(plaintext);
  const sealed = lib().crypto_aead_xchacha20poly1305_ietf_encrypt(padded, ad, null, nonce, key);
  return concatBytes(u8(PROTOCOL_VERSION), nonce, sealed);
}

/**
 * Pads `plaintext` to its bucket and encrypts it with XChaCha20-Poly1305-IETF under `key` with a
 * fresh random 24-byte nonce. Output: 0x01 || nonce || ciphertext || tag; its length reveals only
 * the bucket. Throws TooLargeError beyond 16 MiB − 1 bytes, InvalidArgumentError on a bad key,
 * case id or purpose.
 */
export function encryptEnvelope(key: Uint8Array, plaintext: Uint8Array, context: EnvelopeContext): Uint8Array {
  return encryptEnvelopeWithNonce(key, plaintext, context, randomBytes(ENVELOPE_NONCE_BYTES));
}

/**
 * Authenticates and decrypts an envelope made by encryptEnvelope for the same case and purpose,
 * then removes the padding. Throws BadFormatError ('bad_format') when its size is not the overhead
 * plus a bucket size (truncated or extended),
 * UnsupportedVersionError for a version byte other than 1, DecryptError ('decrypt_failed') for a
 * wrong key, another case, another purpose or any modified byte, BadPaddingError if the
 * authenticated plaintext is not padded (only a key holder can produce that).
 */
export function decryptEnvelope(key: Uint8Array, envelope: Uint8Array, context: EnvelopeContext): Uint8Array {
  assertLength(key, CONTENT_KEY_BYTES, 'content key');
  // Every valid envelope is overhead + a bucket size; anything else was cut or padded in transit.
  if (!(envelope instanceof Uint8Array) || !isBucketSize(envelope.length - ENVELOPE_OVERHEAD)) {
    throw new BadFormatError('envelope size is not a valid bucket size');
  }
  const version = envelope[0] as number;
  if (version !== PROTOCOL_VERSION) throw new UnsupportedVersionError(version);
  const ad = envelopeAssociatedData(version, context);
  const nonce = envelope.subarray(1, 1 + ENVELOPE_NONCE_BYTES);
  const sealed = envelope.subarray(1 + ENVELOPE_NONCE_BYTES);
  let padded: Uint8Array;
  try {
    padded = lib().crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad, nonce, key);
  } catch {
    throw new DecryptError();
  }
  return unpad(padded);
}
