// What the key-derivation worker does, run in Node with the real crypto at the default Argon2id
// cost (256 MiB): enrollment, then sign-in as the browser does it (derive → unwrap).
import { beforeAll, describe, expect, it } from 'vitest';
import { constantTimeEqual, fingerprint, signCertificate, verifyCertificate } from '../../../../crypto/index';
import { DEFAULT_ARGON2ID, decodeWrappedKeys, readySumo } from '../../../../crypto/prosecutor-keys';
import {
  KdfOperationError,
  newKdfState,
  runKdfRequest,
  toFailure,
  transferablesOf,
} from '../../../../client/prosecutor/kdf/kdf-operations';
import type { EnrollResult, KdfParams, UnwrapResult } from '../../../../client/prosecutor/kdf/kdf-protocol';

const PASSPHRASE = 'copper lantern orbits quietly beneath';
let enrolled: EnrollResult;
let params: KdfParams;

beforeAll(async () => {
  await readySumo();
  enrolled = (await runKdfRequest(newKdfState(), { id: 1, op: 'enroll', userId: 'wanjiru', passphrase: PASSPHRASE })) as EnrollResult;
  const wrapped = decodeWrappedKeys(enrolled.wrappedKeys);
  if (wrapped.method !== 'passphrase') throw new Error('expected passphrase-wrapped keys');
  params = { opsLimit: wrapped.kdf.opsLimit, memLimitBytes: wrapped.kdf.memLimitBytes, salt: wrapped.kdf.salt };
});

async function signIn(passphrase: string, userId = 'wanjiru', blob = enrolled.wrappedKeys, kdf = params): Promise<UnwrapResult> {
  const state = newKdfState();
  await runKdfRequest(state, { id: 1, op: 'derive', passphrase, params: kdf });
  try {
    return (await runKdfRequest(state, { id: 2, op: 'unwrap', wrappedKeys: blob, userId })) as UnwrapResult;
  } finally {
    expect(state.derived, 'the wrapping key is forgotten after unwrap, success or not').toBeNull();
  }
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return toFailure(error);
  }
  throw new Error('expected a failure');
}

describe('enroll', () => {
  it('wraps new keys under the passphrase at the default cost and under a recovery key', () => {
    const passphraseBlob = decodeWrappedKeys(enrolled.wrappedKeys);
    const recoveryBlob = decodeWrappedKeys(enrolled.recoveryWrappedKeys);
    expect(passphraseBlob.method).toBe('passphrase');
    expect(recoveryBlob.method).toBe('recovery');
    expect(params.opsLimit).toBe(DEFAULT_ARGON2ID.opsLimit);
    expect(params.memLimitBytes).toBe(DEFAULT_ARGON2ID.memLimitBytes);
    expect(passphraseBlob.userId).toBe('wanjiru');
    expect(constantTimeEqual(passphraseBlob.signingPublicKey, enrolled.signingPublicKey)).toBe(true);
    expect(constantTimeEqual(recoveryBlob.boxPublicKey, enrolled.boxPublicKey)).toBe(true);
    expect(enrolled.loginSecret).toHaveLength(32);
    expect(enrolled.recoveryLoginSecret).toHaveLength(32);
    expect(constantTimeEqual(enrolled.loginSecret, enrolled.recoveryLoginSecret)).toBe(false);
    expect(enrolled.recoveryKeyText).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    // The page receives no private key at enrollment: only public keys and wrapped blobs.
    expect(Object.keys(enrolled).sort()).toEqual(
      ['boxPublicKey', 'loginSecret', 'recoveryKeyText', 'recoveryLoginSecret', 'recoveryWrappedKeys', 'signingPublicKey', 'wrappedKeys'].sort(),
    );
  });

  it('hands every byte array out in its own buffer, so the worker can transfer them', () => {
    const buffers = transferablesOf(enrolled);
    expect(buffers).toHaveLength(4);
    expect(new Set(buffers).size).toBe(4);
    for (const buffer of buffers) expect(buffer.byteLength === 32).toBe(true);
  });
});

describe('sign-in (derive, then unwrap)', () => {
  it('gives back the same login secret and working keys with the right passphrase', async () => {
    const state = newKdfState();
    const derived = (await runKdfRequest(state, { id: 1, op: 'derive', passphrase: PASSPHRASE, params })) as { loginSecret: Uint8Array };
    expect(constantTimeEqual(derived.loginSecret, enrolled.loginSecret)).toBe(true);
    const keys = (await runKdfRequest(state, { id: 2, op: 'unwrap', wrappedKeys: enrolled.wrappedKeys, userId: 'wanjiru' })) as UnwrapResult;
    expect(constantTimeEqual(keys.signingPublicKey, enrolled.signingPublicKey)).toBe(true);
    expect(constantTimeEqual(keys.boxPublicKey, enrolled.boxPublicKey)).toBe(true);
    expect(fingerprint(keys.signingPublicKey, keys.boxPublicKey)).toBe(fingerprint(enrolled.signingPublicKey, enrolled.boxPublicKey));
    // The signing key really signs for the enrolled public key.
    const cert = signCertificate({ kind: 'agency', subjectId: 'a', signingPublicKey: keys.signingPublicKey, issuedAt: '2026-11-22' }, keys.signingSecretKey);
    expect(() => verifyCertificate(cert, enrolled.signingPublicKey)).not.toThrow();
    expect(transferablesOf(keys)).toHaveLength(4);
  });

  it('fails with decrypt_failed for a wrong passphrase', async () => {
    expect((await failure(signIn('copper lantern orbits quietly beneath!'))).code).toBe('decrypt_failed');
  });

  it('fails for keys wrapped for another user', async () => {
    expect((await failure(signIn(PASSPHRASE, 'someone-else'))).code).toBe('decrypt_failed');
  });

  it('fails when the blob names other parameters than the ones derived with', async () => {
    const other = { ...params, salt: new Uint8Array(16).fill(7) };
    expect((await failure(signIn(PASSPHRASE, 'wanjiru', enrolled.wrappedKeys, other))).code).toBe('params_mismatch');
  });

  it('refuses the recovery blob in place of the passphrase blob', async () => {
    expect((await failure(signIn(PASSPHRASE, 'wanjiru', enrolled.recoveryWrappedKeys))).code).toBe('wrong_method');
  });

  it('refuses weak parameters a hostile server could send to make the login secret cheap to guess', async () => {
    const weak = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024, salt: params.salt };
    expect((await failure(runKdfRequest(newKdfState(), { id: 1, op: 'derive', passphrase: PASSPHRASE, params: weak }))).code).toBe('weak_kdf_params');
    const huge = { opsLimit: 3, memLimitBytes: 4096 * 1024 * 1024, salt: params.salt };
    expect((await failure(runKdfRequest(newKdfState(), { id: 1, op: 'derive', passphrase: PASSPHRASE, params: huge }))).code).toBe('excessive_kdf_params');
  });

  it('refuses to unwrap before deriving', async () => {
    const error = await failure(runKdfRequest(newKdfState(), { id: 1, op: 'unwrap', wrappedKeys: enrolled.wrappedKeys, userId: 'wanjiru' }));
    expect(error.code).toBe('not_derived');
  });

  it('reports unexpected errors without their text', () => {
    expect(toFailure(new Error('secret detail'))).toEqual({ code: 'internal', message: 'key derivation failed unexpectedly' });
    expect(toFailure(new KdfOperationError('x', 'y'))).toEqual({ code: 'x', message: 'y' });
  });
});
