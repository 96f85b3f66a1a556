// Messages between the page and the key-derivation worker. Argon2id at 256 MiB takes about a
// second, so it runs off the main thread; the page stays responsive and shows progress.
export interface KdfCost {
  readonly opsLimit: number;
  readonly memLimitBytes: number;
}

export interface KdfParams extends KdfCost {
  readonly salt: Uint8Array;
}

export type KdfRequest =
  /** New keys, wrapped under the passphrase and a new recovery key. */
  | { readonly id: number; readonly op: 'enroll'; readonly userId: string; readonly passphrase: string }
  /** Argon2id with the server's parameters; the worker keeps the wrapping key for 'unwrap'. */
  | { readonly id: number; readonly op: 'derive'; readonly passphrase: string; readonly params: KdfParams }
  /** Unwraps the keys with the wrapping key kept by 'derive', then forgets it. */
  | { readonly id: number; readonly op: 'unwrap'; readonly wrappedKeys: string; readonly userId: string };

export type KdfOp = KdfRequest['op'];

export interface EnrollResult {
  readonly signingPublicKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  /** encodeWrappedKeys() texts, for POST /api/enroll. */
  readonly wrappedKeys: string;
  readonly recoveryWrappedKeys: string;
  readonly loginSecret: Uint8Array;
  readonly recoveryLoginSecret: Uint8Array;
  /** Shown once, never sent anywhere. */
  readonly recoveryKeyText: string;
}

export interface DeriveResult {
  readonly loginSecret: Uint8Array;
}

export interface UnwrapResult {
  readonly signingPublicKey: Uint8Array;
  /** libsodium Ed25519 secret key (64 bytes). */
  readonly signingSecretKey: Uint8Array;
  readonly boxPublicKey: Uint8Array;
  readonly boxSecretKey: Uint8Array;
}

export interface KdfResults {
  readonly enroll: EnrollResult;
  readonly derive: DeriveResult;
  readonly unwrap: UnwrapResult;
}

/** Stable failure codes: crypto/ error codes, plus the worker's own. */
export type KdfFailure = { readonly code: string; readonly message: string };

export type KdfResponse =
  | { readonly id: number; readonly ok: true; readonly result: KdfResults[KdfOp] }
  | { readonly id: number; readonly ok: false; readonly error: KdfFailure };
