// Argon2id cost limits and their check. Standard build only (no Argon2id itself here), so the
// server can validate the parameters members register without loading libsodium's sumo build.
import { assertLength } from './bytes';
import { ExcessiveKdfParamsError, WeakKdfParamsError } from './errors';
import { KDF_SALT_BYTES, type Argon2idParams } from './key-wrap';

const MiB = 1024 * 1024;
/** libsodium's MODERATE: 3 passes over 256 MiB. */
export const DEFAULT_ARGON2ID = { opsLimit: 3, memLimitBytes: 256 * MiB } as const;
/** Below this a stolen database makes passphrases cheap to guess: refused. Tests use the floor. */
export const MIN_ARGON2ID = { opsLimit: 2, memLimitBytes: 64 * MiB } as const;
/** Above this a hostile server could freeze or crash the browser by sending huge parameters. */
export const MAX_ARGON2ID = { opsLimit: 10, memLimitBytes: 1024 * MiB } as const;

/**
 * Throws WeakKdfParamsError ('weak_kdf_params') below the floor (2 passes, 64 MiB) and
 * ExcessiveKdfParamsError ('excessive_kdf_params') above the ceiling (10 passes, 1 GiB), or for
 * an unknown algorithm, a salt that is not 16 bytes, or a memory size that is not whole KiB.
 */
export function checkArgon2idParams(params: Argon2idParams): void {
  if (params.algorithm !== 'argon2id13') throw new WeakKdfParamsError('only Argon2id v1.3 is accepted');
  assertLength(params.salt, KDF_SALT_BYTES, 'KDF salt');
  const { opsLimit, memLimitBytes } = params;
  if (!Number.isSafeInteger(opsLimit) || !Number.isSafeInteger(memLimitBytes) || memLimitBytes % 1024 !== 0) {
    throw new WeakKdfParamsError('KDF parameters must be integers, memory in whole KiB');
  }
  if (opsLimit < MIN_ARGON2ID.opsLimit || memLimitBytes < MIN_ARGON2ID.memLimitBytes) {
    throw new WeakKdfParamsError('Argon2id parameters are below the floor of 2 passes and 64 MiB');
  }
  if (opsLimit > MAX_ARGON2ID.opsLimit || memLimitBytes > MAX_ARGON2ID.memLimitBytes) {
    throw new ExcessiveKdfParamsError('Argon2id parameters exceed the ceiling of 10 passes and 1 GiB');
  }
}

