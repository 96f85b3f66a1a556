// Writes a real encrypted file stream (PROTOCOL §8: header, 64 KiB secretstream chunks, Padmé
// padding) to a temporary file before anything is timed, so the upload benchmarks measure the
// server and not our encryption. Made by crypto/'s createFileEncryptor, bound to a real case.
import { randomFillSync } from 'node:crypto';
import { open } from 'node:fs/promises';
import { FILE_CHUNK_BYTES, createFileEncryptor, encryptedFileSize, generateFileId, generateFileKey, toBase64Url } from '../../crypto/index';

export interface EncryptedStreamFile {
  readonly path: string;
  /** Bytes of the stream (what Upload-Length says). */
  readonly length: number;
  /** Bytes of the file that was encrypted. */
  readonly plainBytes: number;
  /** base64url of the file id in every chunk's associated data (the tus metadata names it). */
  readonly fileIdText: string;
}

const WRITE_BYTES = 4 * 1024 * 1024;

/** Encrypts `plainBytes` bytes of random-looking content for `caseId` into `path`. */
export async function writeEncryptedStream(path: string, caseId: Uint8Array, plainBytes: number): Promise<EncryptedStreamFile> {
  const fileId = generateFileId();
  const encryptor = createFileEncryptor(generateFileKey(), { caseId, fileId });
  const block = randomFillSync(new Uint8Array(FILE_CHUNK_BYTES));
  const file = await open(path, 'w', 0o600);
  let written = 0;
  try {
    let parts: Uint8Array[] = [encryptor.header];
    let buffered = encryptor.header.length;
    const flush = async (): Promise<void> => {
      const bytes = Buffer.concat(parts);
      await file.write(bytes, 0, bytes.length);
      written += bytes.length;
      parts = [];
      buffered = 0;
    };
    let left = plainBytes;
    for (;;) {
      const isLast = left <= FILE_CHUNK_BYTES;
      const chunk = isLast ? block.subarray(0, left) : block;
      for (const out of encryptor.push(chunk, isLast)) {
        parts.push(out);
        buffered += out.length;
      }
      if (buffered >= WRITE_BYTES) await flush();
      if (isLast) break;
      left -= FILE_CHUNK_BYTES;
    }
    await flush();
  } finally {
    await file.close();
  }
  const length = encryptedFileSize(plainBytes);
  if (written !== length) throw new Error(`encrypted stream is ${String(written)} bytes, expected ${String(length)}`);
  return { path, length, plainBytes, fileIdText: toBase64Url(fileId) };
}

/** The plaintext size whose stream is about `mib` MiB with no Padmé padding chunk when 16·mib is Padmé-exact (e.g. 1024). */
export function plainBytesForMib(mib: number): number {
  return mib * 1024 * 1024 - 1;
}
