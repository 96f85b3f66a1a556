// Everything a case's holder can do follows from the 16-byte case entropy: a signing key to
// prove possession and sign messages, a box key that content keys are sealed to, and the public
// case id the server files the case under.
import { assertLength, constantTimeEqual, wipe } from './bytes';
import { label } from './context';
import { WrongCaseError } from './errors';
import { deriveSubkey, hash256 } from './hash';
import { lib, randomBytes } from './sodium';

export interface SigningKeyPair {
  /** Ed25519 public key, 32 bytes. */
  readonly publicKey: Uint8Array;
  /** libsodium Ed25519 secret key, 64 bytes (seed || public key). */
  readonly secretKey: Uint8Array;
}

export interface BoxKeyPair {
  /** X25519 public key, 32 bytes. */
  readonly publicKey: Uint8Array;
  /** X25519 secret key, 32 bytes. */
  readonly secretKey: Uint8Array;
}

export interface CaseKeys {
  readonly caseId: Uint8Array;
  readonly signing: SigningKeyPair;
  readonly box: BoxKeyPair;
}

export const CASE_ID_BYTES = 32;

/** Ed25519 key pair from a 32-byte seed. Throws CryptoNotReadyError / InvalidArgumentError. */
export function signingKeyPairFromSeed(seed: Uint8Array): SigningKeyPair {
  assertLength(seed, 32, 'signing seed');
  const kp = lib().crypto_sign_seed_keypair(seed);
  return { publicKey: kp.publicKey, secretKey: kp.privateKey };
}

/** A fresh Ed25519 key pair from the CSPRNG (server receipt keys, the instance root key). */
export function generateSigningKeyPair(): SigningKeyPair {
  const seed = randomBytes(32);
  try {
    return signingKeyPairFromSeed(seed);
  } finally {
    wipe(seed);
  }
}

/** X25519 key pair from a 32-byte seed (libsodium hashes the seed). Same errors as above. */
export function boxKeyPairFromSeed(seed: Uint8Array): BoxKeyPair {
  assertLength(seed, 32, 'box seed');
  const kp = lib().crypto_box_seed_keypair(seed);
  return { publicKey: kp.publicKey, secretKey: kp.privateKey };
}

/**
 * The case id: BLAKE2b-256 over both public keys. Anyone holding the public keys (the server at
 * registration, a prosecutor before sealing to the case) can check they belong to the id, so a
 * server cannot pair a case id with a box key of its own. Throws InvalidArgumentError on bad
 * key lengths.
 */
export function computeCaseId(signingPublicKey: Uint8Array, boxPublicKey: Uint8Array): Uint8Array {
  assertLength(signingPublicKey, 32, 'case signing public key');
  assertLength(boxPublicKey, 32, 'case box public key');
  return hash256('caseId', signingPublicKey, boxPublicKey);
}

/**
 * Throws WrongCaseError ('wrong_case') unless `caseId` is the id of these two public keys.
 * The server runs this when a case is registered; prosecutors before sealing to the case box key.
 */
export function verifyCaseId(caseId: Uint8Array, signingPublicKey: Uint8Array, boxPublicKey: Uint8Array): void {
  assertLength(caseId, CASE_ID_BYTES, 'case id');
  if (!constantTimeEqual(caseId, computeCaseId(signingPublicKey, boxPublicKey))) {
    throw new WrongCaseError('case id does not match the case public keys');
  }
}

/**
 * Derives the case id and both key pairs from the 16-byte case entropy. Deterministic: the same
 * entropy always gives the same keys, whatever language the code was read in.
 * root = BLAKE2b-256(key = entropy, message = label "thicket/v1/case-root"); the seeds come from
 * crypto_kdf with separate contexts. Throws CryptoNotReadyError or InvalidArgumentError.
 */
export function deriveCaseKeys(entropy: Uint8Array): CaseKeys {
  assertLength(entropy, 16, 'case entropy');
  const sodium = lib();
  const root = sodium.crypto_generichash(32, label('caseRoot'), entropy);
  const signingSeed = deriveSubkey(root, 'caseSigningSeed');
  const boxSeed = deriveSubkey(root, 'caseBoxSeed');
  const signing = signingKeyPairFromSeed(signingSeed);
  const box = boxKeyPairFromSeed(boxSeed);
  wipe(root, signingSeed, boxSeed);
  return { caseId: computeCaseId(signing.publicKey, box.publicKey), signing, box };
}
