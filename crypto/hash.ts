// Domain-separated BLAKE2b and the fast KDF used everywhere a secret is full-entropy.
import { assertLength, concatBytes } from './bytes';
import { KDF, label, type KdfName, type LabelName } from './context';
import { lib } from './sodium';

/** BLAKE2b-256(label || parts...). */
export function hash256(name: LabelName, ...parts: readonly Uint8Array[]): Uint8Array {
  return lib().crypto_generichash(32, concatBytes(label(name), ...parts), null);
}

/** BLAKE2b-160(label || parts...): only for human-compared fingerprints. */
export function hash160(name: LabelName, ...parts: readonly Uint8Array[]): Uint8Array {
  return lib().crypto_generichash(20, concatBytes(label(name), ...parts), null);
}

/** crypto_kdf_derive_from_key(32, id, context, master) for one of the registered derivations. */
export function deriveSubkey(master: Uint8Array, name: KdfName): Uint8Array {
  assertLength(master, 32, 'KDF master key');
  const { context, id } = KDF[name];
  return lib().crypto_kdf_derive_from_key(32, id, context, master);
}
