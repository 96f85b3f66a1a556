// Attachments are encrypted with crypto_secretstream_xchacha20poly1305 under a per-file random
// key, in chunks of exactly 64 KiB of plaintext. Every chunk on the wire has the same size and
// the data is padded (ISO/IEC 7816-4 marker, then zero chunks up to a Padmé-rounded chunk
// count), so the server learns a file's size only to within that rounding. The secretstream
// nonce counter makes reordered, dropped or duplicated chunks fail; the associated data binds
// every chunk to its case and file; the FINAL tag makes truncation detectable.
import { assertLength, concatBytes } from './bytes';
import {
  BadFormatError,
  BadPaddingError,
  InvalidArgumentError,
  StreamChunkError,
  StreamTruncatedError,
  TooLargeError,
  type StreamChunkProblem,
} from './errors';
import { hash256 } from './hash';
import { unpaddedLength } from './padding';
import { lib, randomBytes, type Sodium } from './sodium';

export const FILE_KEY_BYTES = 32;
export const FILE_ID_BYTES = 16;
export const FILE_CHUNK_BYTES = 64 * 1024;
export const FILE_HEADER_BYTES = 24;
/** secretstream adds one tag byte and a 16-byte MAC to every chunk. */
export const FILE_CIPHER_CHUNK_BYTES = FILE_CHUNK_BYTES + 17;
/** Chunk counts stay below 2^31 (128 TiB), far beyond any upload quota. */
export const MAX_FILE_CHUNKS = 0x7fffffff;

export interface FileContext {
  readonly caseId: Uint8Array;
  /** 16 random bytes chosen by the uploader; also names the file in its manifest. */
  readonly fileId: Uint8Array;
}

export interface FileEncryptor {
  /** The 24-byte secretstream header, stored or sent before the chunks. */
  readonly header: Uint8Array;
  /**
   * Encrypts the next plaintext chunk: exactly 64 KiB unless `isLast`, then 0..64 KiB. Returns
   * the ciphertext chunks to store in order: one, or for the last push the marker chunk and any
   * padding chunks. Throws InvalidArgumentError for a wrong size or a push after the last one.
   */
  push(chunk: Uint8Array, isLast: boolean): Uint8Array[];
  /**
   * Like push(chunk, true), but yields the marker chunk and the padding chunks one at a time as
   * they are asked for, so a large file's padding (up to 12.5% of it) is never all in memory.
   * Stop asking early and the stream has no final chunk (readers then report it truncated).
   */
  pushLast(chunk: Uint8Array): Generator<Uint8Array, void, undefined>;
}

export interface FileDecryptor {
  /**
   * Authenticates and decrypts the next ciphertext chunk and returns its file bytes (empty for
   * padding chunks). Throws StreamChunkError ('stream_bad_chunk') for a chunk that is modified,
   * out of order, duplicated, from another file or case, the wrong size, badly tagged or padded,
   * or arrives after the final chunk; once it has thrown, every later call throws too.
   */
  pull(chunk: Uint8Array): Uint8Array;
  /** Throws StreamTruncatedError ('stream_truncated') unless the final chunk has been pulled. */
  finish(): void;
}

/** A fresh per-file key from the CSPRNG. */
export function generateFileKey(): Uint8Array {
  return randomBytes(FILE_KEY_BYTES);
}

/** A fresh random file id. */
export function generateFileId(): Uint8Array {
  return randomBytes(FILE_ID_BYTES);
}

/** BLAKE2b-256(label "thicket/v1/file-chunk" || caseId (32) || fileId (16)): every chunk's AD. */
export function fileChunkAssociatedData(context: FileContext): Uint8Array {
  assertLength(context.caseId, 32, 'case id');
  assertLength(context.fileId, FILE_ID_BYTES, 'file id');
  return hash256('fileChunk', context.caseId, context.fileId);
}

/**
 * Padmé rounding (Nikitin et al., PETS 2019) of a chunk count: keeps the top
 * floor(log2 e) + 1 bits of the count (e = floor(log2 count)) and rounds the rest up. Leaks
 * O(log log n) bits of the size and costs at most about 12% extra.
 */
export function padmeChunkCount(chunks: number): number {
  if (!Number.isInteger(chunks) || chunks < 1 || chunks > MAX_FILE_CHUNKS) {
    throw new InvalidArgumentError('chunk count out of range');
  }
  if (chunks < 2) return chunks;
  const e = 31 - Math.clz32(chunks);
  const s = 31 - Math.clz32(e) + 1;
  const step = 2 ** Math.max(0, e - s);
  return Math.ceil(chunks / step) * step;
}

/** Number of ciphertext chunks for a file of `size` bytes. */
export function encryptedChunkCount(size: number): number {
  if (!Number.isSafeInteger(size) || size < 0) throw new InvalidArgumentError('bad file size');
  const dataChunks = Math.floor(size / FILE_CHUNK_BYTES) + 1;
  if (dataChunks > MAX_FILE_CHUNKS) throw new TooLargeError('file too large', MAX_FILE_CHUNKS * FILE_CHUNK_BYTES);
  return padmeChunkCount(dataChunks);
}

/** Total stored bytes (header and chunks) for a file of `size` bytes: lets the server check quotas. */
export function encryptedFileSize(size: number): number {
  return FILE_HEADER_BYTES + encryptedChunkCount(size) * FILE_CIPHER_CHUNK_BYTES;
}

function tags(sodium: Sodium): { message: number; push: number; final: number } {
  return {
    message: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    push: sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH,
    final: sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
  };
}

/**
 * Starts encrypting one file for `context` under `key` (32 bytes, fresh per file). The header is
 * random (libsodium draws it from the CSPRNG). Throws InvalidArgumentError on bad lengths.
 */
export function createFileEncryptor(key: Uint8Array, context: FileContext): FileEncryptor {
  assertLength(key, FILE_KEY_BYTES, 'file key');
  const sodium = lib();
  const ad = fileChunkAssociatedData(context);
  const tag = tags(sodium);
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  let chunksOut = 0;
  let done = false;

  const emit = (plaintext: Uint8Array, t: number): Uint8Array => {
    chunksOut++;
    return sodium.crypto_secretstream_xchacha20poly1305_push(state, plaintext, ad, t);
  };

  return {
    header,
    push(chunk: Uint8Array, isLast: boolean): Uint8Array[] {
      if (done) throw new InvalidArgumentError('push after the last chunk');
      if (!(chunk instanceof Uint8Array)) throw new InvalidArgumentError('chunk must be bytes');
      if (!isLast) {
        if (chunk.length !== FILE_CHUNK_BYTES) throw new InvalidArgumentError('non-final chunks must be 64 KiB');
        if (chunksOut + 1 >= MAX_FILE_CHUNKS) throw new TooLargeError('file too large', MAX_FILE_CHUNKS);
        return [emit(chunk, tag.message)];
      }
      return [...pushLast(chunk)];
    },
    pushLast,
  };

  function* lastChunks(chunk: Uint8Array): Generator<Uint8Array, void, undefined> {
    let rest = chunk;
    if (chunk.length === FILE_CHUNK_BYTES) {
      yield emit(chunk, tag.message);
      rest = new Uint8Array(0);
    }
    const marker = new Uint8Array(FILE_CHUNK_BYTES);
    marker.set(rest);
    marker[rest.length] = 0x80;
    const total = padmeChunkCount(chunksOut + 1);
    yield emit(marker, total === chunksOut + 1 ? tag.final : tag.push);
    const zeros = new Uint8Array(FILE_CHUNK_BYTES);
    while (chunksOut < total) yield emit(zeros, chunksOut === total - 1 ? tag.final : tag.message);
  }

  /** Checks the last chunk at once (not when first iterated), then yields lazily. */
  function pushLast(chunk: Uint8Array): Generator<Uint8Array, void, undefined> {
    if (done) throw new InvalidArgumentError('push after the last chunk');
    if (!(chunk instanceof Uint8Array)) throw new InvalidArgumentError('chunk must be bytes');
    if (chunk.length > FILE_CHUNK_BYTES) throw new InvalidArgumentError('chunk larger than 64 KiB');
    done = true;
    return lastChunks(chunk);
  }
}

function isAllZero(bytes: Uint8Array): boolean {
  let acc = 0;
  for (const b of bytes) acc |= b;
  return acc === 0;
}

/**
 * Starts decrypting one file made by createFileEncryptor for the same context and key. Throws
 * BadFormatError for a header that is not 24 bytes, InvalidArgumentError on a bad key or context.
 */
export function createFileDecryptor(key: Uint8Array, header: Uint8Array, context: FileContext): FileDecryptor {
  assertLength(key, FILE_KEY_BYTES, 'file key');
  if (!(header instanceof Uint8Array) || header.length !== FILE_HEADER_BYTES) {
    throw new BadFormatError('file stream header must be 24 bytes');
  }
  const sodium = lib();
  const ad = fileChunkAssociatedData(context);
  const tag = tags(sodium);
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  let index = 0;
  let total: number | undefined; // known once the marker chunk has been read
  let finished = false;
  let failed = false;

  const fail = (problem: StreamChunkProblem): never => {
    failed = true;
    throw new StreamChunkError(index, problem);
  };

  return {
    pull(chunk: Uint8Array): Uint8Array {
      if (failed) throw new StreamChunkError(index, 'after_error');
      if (finished) fail('after_final');
      if (!(chunk instanceof Uint8Array) || chunk.length !== FILE_CIPHER_CHUNK_BYTES) fail('bad_size');
      let result: { message: Uint8Array; tag: number } | false;
      try {
        result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, ad);
      } catch {
        result = false;
      }
      if (result === false) return fail('auth_failed');
      const { message, tag: t } = result;

      if (total === undefined) {
        if (t === tag.message) {
          if (index + 1 >= MAX_FILE_CHUNKS) fail('bad_tag');
          index++;
          return message;
        }
        if (t !== tag.push && t !== tag.final) fail('bad_tag');
        let length: number;
        try {
          length = unpaddedLength(message);
        } catch (error) {
          if (error instanceof BadPaddingError) return fail('bad_padding');
          throw error;
        }
        total = padmeChunkCount(index + 1);
        // Only one layout is valid for a given size, so nothing can be appended or cut off.
        if ((t === tag.final) !== (total === index + 1)) fail('bad_tag');
        if (t === tag.final) finished = true;
        index++;
        return message.slice(0, length);
      }

      if (!isAllZero(message)) fail('bad_padding');
      const isLastChunk = index === total - 1;
      if (t !== (isLastChunk ? tag.final : tag.message)) fail('bad_tag');
      if (isLastChunk) finished = true;
      index++;
      return new Uint8Array(0);
    },
    finish(): void {
      if (failed) throw new StreamChunkError(index, 'after_error');
      if (!finished) throw new StreamTruncatedError();
    },
  };
}

/**
 * One-shot encryption of a small file held in memory: header || chunks. Same guarantees as the
 * streaming API; randomised by the header.
 */
export function encryptFileBytes(key: Uint8Array, data: Uint8Array, context: FileContext): Uint8Array {
  const encryptor = createFileEncryptor(key, context);
  const parts: Uint8Array[] = [encryptor.header];
  let offset = 0;
  while (data.length - offset > FILE_CHUNK_BYTES) {
    parts.push(...encryptor.push(data.subarray(offset, offset + FILE_CHUNK_BYTES), false));
    offset += FILE_CHUNK_BYTES;
  }
  parts.push(...encryptor.push(data.subarray(offset), true));
  return concatBytes(...parts);
}

/**
 * One-shot decryption of header || chunks. Throws BadFormatError when the length is not a header
 * plus whole chunks, StreamTruncatedError when the final chunk is missing, StreamChunkError for
 * any bad chunk.
 */
export function decryptFileBytes(key: Uint8Array, blob: Uint8Array, context: FileContext): Uint8Array {
  if (!(blob instanceof Uint8Array) || blob.length < FILE_HEADER_BYTES) throw new BadFormatError('file too short');
  const body = blob.length - FILE_HEADER_BYTES;
  if (body % FILE_CIPHER_CHUNK_BYTES !== 0) throw new BadFormatError('file is not made of whole chunks');
  const decryptor = createFileDecryptor(key, blob.subarray(0, FILE_HEADER_BYTES), context);
  const parts: Uint8Array[] = [];
  for (let offset = FILE_HEADER_BYTES; offset < blob.length; offset += FILE_CIPHER_CHUNK_BYTES) {
    parts.push(decryptor.pull(blob.subarray(offset, offset + FILE_CIPHER_CHUNK_BYTES)));
  }
  decryptor.finish();
  return concatBytes(...parts);
}
