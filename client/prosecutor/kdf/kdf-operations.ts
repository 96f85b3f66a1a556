// What the key-derivation worker does, as plain functions (the worker file only wires them to
// messages), so they can be tested in Node with the real crypto. Everything Argon2id-related
// and every use of the sumo build stays in the worker's bundle.
import { CryptoError, constantTimeEqual } from '../../../crypto/index';
import {
  decodeWrappedKeys,
  derivePassphraseSecrets,
  encodeWrappedKeys,
  enrollProsecutor,
  readySumo,
  unwrapPrivateKeys,
} from '../../../crypto/prosecutor-keys';
import type { DeriveResult, EnrollResult, KdfFailure, KdfParams, KdfRequest, KdfResults, UnwrapResult } from './kdf-protocol';

/** A failure the page can explain; `code` is a crypto/ error code or one of the worker's own. */
export class KdfOperationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KdfOperationError';
  }
}

/** One worker's memory: the wrapping key between 'derive' and 'unwrap', nothing else. */
export interface KdfState {
  derived: { readonly wrappingKey: Uint8Array; readonly params: KdfParams } | null;
}

export function newKdfState(): KdfState {
  return { derived: null };
}

export function forgetDerived(state: KdfState): void {
  state.derived?.wrappingKey.fill(0);
  state.derived = null;
}

/** A fresh copy in its own buffer, so it can be transferred alone; the original is zeroed. */
function detach(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  bytes.fill(0);
  return copy;
}

function enroll(userId: string, passphrase: string): EnrollResult {
  const enrollment = enrollProsecutor(userId, passphrase);
  const wrappedKeys = encodeWrappedKeys(enrollment.passphraseWrapped);
  const recoveryWrappedKeys = encodeWrappedKeys(enrollment.recoveryWrapped);
  // The page needs only the public keys: the private ones exist wrapped in the two texts.
  enrollment.keys.signing.secretKey.fill(0);
  enrollment.keys.box.secretKey.fill(0);
  return {
    signingPublicKey: detach(enrollment.keys.signing.publicKey),
    boxPublicKey: detach(enrollment.keys.box.publicKey),
    wrappedKeys,
    recoveryWrappedKeys,
    loginSecret: detach(enrollment.loginSecret),
    recoveryLoginSecret: detach(enrollment.recoveryLoginSecret),
    recoveryKeyText: enrollment.recoveryKeyText,
  };
}

function derive(state: KdfState, passphrase: string, params: KdfParams): DeriveResult {
  forgetDerived(state);
  const secrets = derivePassphraseSecrets(passphrase, { algorithm: 'argon2id13', ...params, salt: params.salt.slice() });
  state.derived = { wrappingKey: secrets.wrappingKey, params: { ...params, salt: params.salt.slice() } };
  return { loginSecret: detach(secrets.loginSecret) };
}

function sameParams(a: KdfParams, b: KdfParams): boolean {
  return a.opsLimit === b.opsLimit && a.memLimitBytes === b.memLimitBytes && a.salt.length === b.salt.length && constantTimeEqual(a.salt, b.salt);
}

function unwrap(state: KdfState, wrappedText: string, userId: string): UnwrapResult {
  const derived = state.derived;
  if (derived === null) throw new KdfOperationError('not_derived', 'derive must run before unwrap');
  try {
    const wrapped = decodeWrappedKeys(wrappedText);
    if (wrapped.method !== 'passphrase') throw new KdfOperationError('wrong_method', 'the keys are not wrapped under a passphrase');
    // The server gave the salt and costs before sign-in; the blob it returns must carry the same.
    if (!sameParams(wrapped.kdf, derived.params)) {
      throw new KdfOperationError('params_mismatch', 'the wrapped keys name other key-derivation parameters');
    }
    const keys = unwrapPrivateKeys(wrapped, derived.wrappingKey, userId);
    return {
      signingPublicKey: detach(keys.signing.publicKey),
      signingSecretKey: detach(keys.signing.secretKey),
      boxPublicKey: detach(keys.box.publicKey),
      boxSecretKey: detach(keys.box.secretKey),
    };
  } finally {
    forgetDerived(state);
  }
}

/** Runs one request. Throws KdfOperationError or CryptoError (see toFailure). */
export async function runKdfRequest(state: KdfState, request: KdfRequest): Promise<KdfResults[KdfRequest['op']]> {
  await readySumo();
  switch (request.op) {
    case 'enroll':
      return enroll(request.userId, request.passphrase);
    case 'derive':
      return derive(state, request.passphrase, request.params);
    case 'unwrap':
      return unwrap(state, request.wrappedKeys, request.userId);
  }
}

/** Every array inside a result, to transfer (not copy) out of the worker. */
export function transferablesOf(result: KdfResults[KdfRequest['op']]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const value of Object.values(result)) {
    if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer) buffers.push(value.buffer);
  }
  return buffers;
}

/** The failure to report to the page: stable code, message without secrets. */
export function toFailure(error: unknown): KdfFailure {
  if (error instanceof KdfOperationError || error instanceof CryptoError) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'key derivation failed unexpectedly' };
}
