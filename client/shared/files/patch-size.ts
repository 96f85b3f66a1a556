// How many bytes the next tus PATCH carries. Each PATCH costs about one round trip (some 0.8 s
// over Tor) plus about 40 ms of server time whatever its size, so tiny PATCHes waste time on a
// fast link; but the server gives up on a request that takes more than 120 s to arrive
// (server/app.ts requestTimeout), so a fixed 4 MiB could never pass a link slower than about
// 35 KB/s. The size is therefore chosen after each PATCH from how long it took: aim for about
// 25 s a PATCH, within [PATCH_FLOOR_BYTES, PATCH_CEILING_BYTES], growing at most fourfold at a
// time, and halving after a PATCH that failed or stalled. Every size is a whole number of
// ciphertext chunks (not needed by CipherSource, which slices anywhere, but it keeps PATCHes
// on chunk boundaries). Pure functions: upload.ts keeps the state and the clock.
import { FILE_CIPHER_CHUNK_BYTES } from '../../../crypto/index';

/** Smallest PATCH: 4 ciphertext chunks (262,212 bytes), 25 s at about 10 KB/s, 120 s at 2.2 KB/s. */
export const PATCH_FLOOR_BYTES = 4 * FILE_CIPHER_CHUNK_BYTES;
/** First PATCH: 8 chunks (524,424 bytes), small enough to pass within 120 s down to about 4.4 KB/s. */
export const PATCH_START_BYTES = 8 * FILE_CIPHER_CHUNK_BYTES;
/**
 * 64 chunks (4,195,392 bytes): about what the encrypt worker keeps ready ahead of the upload
 * (encrypt-client.ts: the batch in hand and 4 more of 16 chunks). A bigger PATCH has to wait
 * for encryption to catch up while nothing is sent, so sizes above this are used only while
 * encryption keeps well ahead of the link (PATCH_WAIT_SHARE).
 */
export const PATCH_OVERLAP_BYTES = 64 * FILE_CIPHER_CHUNK_BYTES;
/**
 * Largest PATCH: 256 chunks (16,781,568 bytes). The server streams bodies to disk (its benchmark
 * validated 64 MiB PATCHes: docs/FILES.md); the bound is the page's memory, which holds the
 * PATCH's ciphertext about twice (CipherSource and the request body).
 */
export const PATCH_CEILING_BYTES = 256 * FILE_CIPHER_CHUNK_BYTES;
/** Aimed duration of one PATCH: far from the server's 120 s, long enough that a round trip is under 4% of it. */
export const PATCH_TARGET_MS = 25_000;
/** At most this factor of growth from one PATCH to the next (one quick PATCH may be luck). */
export const PATCH_GROWTH = 4;
/** Encryption held the PATCH back when the wait for its bytes exceeded this share of its sending time. */
export const PATCH_WAIT_SHARE = 0.25;

/** One PATCH that the server accepted. */
export interface PatchTiming {
  /** Bytes the server accepted. */
  readonly bytes: number;
  /** From sending the request to the server's answer. */
  readonly sendMs: number;
  /** From the previous answer until this PATCH's bytes were ready to send (encryption). */
  readonly waitMs: number;
}

/** What was seen of a PATCH that failed or stalled: bytes handed to the network, and for how long. */
export interface PatchPartial {
  readonly bytes: number;
  readonly ms: number;
}

/** A size in whole ciphertext chunks (rounded down), within the floor and the ceiling. */
export function wholeChunks(bytes: number): number {
  const bounded = Math.min(PATCH_CEILING_BYTES, Math.max(PATCH_FLOOR_BYTES, Number.isFinite(bytes) ? bytes : PATCH_FLOOR_BYTES));
  return Math.max(PATCH_FLOOR_BYTES, Math.floor(bounded / FILE_CIPHER_CHUNK_BYTES) * FILE_CIPHER_CHUNK_BYTES);
}

/** The size of the next PATCH after one the server accepted (`current` is the size asked for). */
export function sizeAfterSuccess(current: number, timing: PatchTiming): number {
  // A piece shorter than asked for (the end of the file) is mostly round trip and says little
  // about the link: no change.
  if (timing.bytes <= 0 || timing.bytes < current) return wholeChunks(current);
  const sendMs = Math.max(1, timing.sendMs);
  const ideal = (timing.bytes / sendMs) * PATCH_TARGET_MS;
  let next = Math.min(ideal, timing.bytes * PATCH_GROWTH);
  if (timing.waitMs > PATCH_WAIT_SHARE * sendMs) next = Math.min(next, PATCH_OVERLAP_BYTES);
  return wholeChunks(next);
}

/**
 * The size of the next PATCH after one failed (network error, the server's timeout) or stalled:
 * half the size; after one that ran longer than the time aimed at (a slow link, not a dropped
 * connection), less when what it managed to send shows the link cannot carry half in that time.
 */
export function sizeAfterFailure(current: number, partial?: PatchPartial): number {
  let next = current / 2;
  if (partial !== undefined && partial.ms >= PATCH_TARGET_MS) {
    next = Math.min(next, (Math.max(0, partial.bytes) / partial.ms) * PATCH_TARGET_MS);
  }
  return wholeChunks(next);
}
