// Downloads one attached file: fetches the stored ciphertext with the bearer token, decrypts it
// chunk by chunk (crypto/file-stream.ts), hashes it as it goes, and compares size and SHA-256
// with the manifest. Only a file that verified is saved or previewed; anything else fails
// closed with FileIntegrityError and nothing is offered to the person.
import { sha256 } from '@noble/hashes/sha2.js';
import {
  StreamChunkError,
  StreamTruncatedError,
  createFileDecryptor,
  encryptedFileSize,
  type FileDecryptor,
} from '../../../crypto/index';
import { ChunkAssembler } from './chunk-assembler';
import { ONE_SHOT_DIGEST_BYTES, webCryptoDigest } from './hash-core';
import { BlobSink, DiskSink, canStreamToDisk, type PlainSink } from './download-sink';
import { msg } from '../i18n/message';
import { FileIntegrityError, FileTransferError } from './errors';
import { assertMatchesManifest, entrySecrets, manifestName } from './manifest';
import { ProgressReporter } from './progress';
import type { DownloadSource, FileManifestEntryV1, StartDownload, TransferProgress } from './types';

/** Files larger than this are streamed to disk where the browser can (showSaveFilePicker). */
export const STREAM_TO_DISK_BYTES = 256 * 1024 * 1024;
/** Only these types are ever shown inline (never SVG or anything that can run script). */
export const PREVIEW_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
/** The page gets a turn at least this often while a download is decrypted. */
const BREATHE_EVERY_MS = 50;
/** Larger images are not previewed (they are saved instead). */
export const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/** True when `entry` may be previewed inline. */
export function canPreview(entry: FileManifestEntryV1): boolean {
  return PREVIEW_TYPES.includes(entry.type) && entry.size <= MAX_PREVIEW_BYTES;
}

async function fetchWithToken(source: DownloadSource, signal: AbortSignal): Promise<Response> {
  let refused: string | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    let token: string;
    try {
      token = await source.getToken(refused);
    } catch {
      throw new FileTransferError('session', msg('common:download.session'));
    }
    let response: Response;
    try {
      response = await fetch(source.url, {
        headers: { authorization: `Bearer ${token}` },
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw new FileTransferError('cancelled', msg('common:download.cancelled'));
      void error;
      throw new FileTransferError('network', msg('common:download.network'));
    }
    if (response.status === 401) {
      await response.body?.cancel().catch(() => undefined);
      refused = token;
      continue;
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 404 || response.status === 410) {
      throw new FileTransferError('not_found', msg('common:download.notFound'));
    }
    if (response.status === 403) throw new FileTransferError('forbidden', msg('common:download.forbidden'));
    if (response.status >= 500) {
      throw new FileTransferError('server', msg('common:download.server', { status: String(response.status) }));
    }
    throw new FileTransferError('server', msg('common:download.refused', { status: String(response.status) }));
  }
  throw new FileTransferError('session', msg('common:download.session'));
}

/** Decrypts, hashes and checks the stream; writes only to `sink`. */
async function decryptInto(
  response: Response,
  source: DownloadSource,
  sink: PlainSink,
  reporter: ProgressReporter,
  signal: AbortSignal,
): Promise<void> {
  const { entry } = source;
  const body = response.body;
  if (body === null) throw new FileTransferError('server', msg('common:download.empty'));
  const expectedStored = encryptedFileSize(entry.size);
  const { fileId, key } = entrySecrets(entry);
  const assembler = new ChunkAssembler();
  // A file kept in memory anyway is digested at the end by WebCrypto (native, fast without a
  // JIT); a file streamed to disk is hashed as it goes.
  const oneShot = sink instanceof BlobSink && entry.size <= ONE_SHOT_DIGEST_BYTES ? webCryptoDigest() : null;
  const hash = oneShot === null ? sha256.create() : null;
  let decryptor: FileDecryptor | null = null;
  let received = 0;
  let plainDone = 0;
  let lastBreath = performance.now();
  const reader = body.getReader();
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch {
        if (signal.aborted) throw new FileTransferError('cancelled', msg('common:download.cancelled'));
        throw new FileTransferError('network', msg('common:download.network'));
      }
      if (result.done) break;
      received += result.value.length;
      if (received > expectedStored) throw new FileIntegrityError('digest', entry.name);
      const { header, chunks } = assembler.push(result.value);
      if (header !== null) decryptor = createFileDecryptor(key, header, { caseId: source.caseId, fileId });
      for (const chunk of chunks) {
        if (decryptor === null) throw new FileIntegrityError('truncated', entry.name);
        const plain = decryptor.pull(chunk);
        plainDone += plain.length;
        if (plainDone > entry.size) throw new FileIntegrityError('digest', entry.name);
        hash?.update(plain);
        await sink.write(plain);
        // Decryption runs on the page: without a JIT a chunk takes a good fraction of a second,
        // so let the page breathe between chunks (not after every one: that would slow fast browsers).
        if (performance.now() - lastBreath > BREATHE_EVERY_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastBreath = performance.now();
        }
      }
      reporter.update('uploading', plainDone);
    }
    if (decryptor === null || !assembler.complete) throw new FileIntegrityError('truncated', entry.name);
    decryptor.finish();
    let digest: Uint8Array;
    if (hash !== null) digest = hash.digest();
    else if (oneShot !== null && sink instanceof BlobSink) digest = await oneShot(new Uint8Array(await sink.contents().arrayBuffer()));
    else throw new Error('no digest');
    assertMatchesManifest(entry, plainDone, digest);
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof StreamChunkError) throw new FileIntegrityError('chunk', entry.name);
    if (error instanceof StreamTruncatedError) throw new FileIntegrityError('truncated', entry.name);
    throw error;
  } finally {
    key.fill(0);
  }
}

function toDownloadError(error: unknown): FileTransferError | FileIntegrityError {
  if (error instanceof FileTransferError || error instanceof FileIntegrityError) return error;
  return new FileTransferError('server', msg('common:download.pageFailed'));
}

export const startDownload: StartDownload = (source, mode, onProgress: (progress: TransferProgress) => void) => {
  const { entry } = source;
  const controller = new AbortController();
  const reporter = new ProgressReporter(entry.size, onProgress);
  let settled = false;

  if (mode === 'preview' && !canPreview(entry)) {
    const refused = new FileTransferError('unsupported', msg('common:download.noPreview'));
    reporter.update('failed', 0, refused.text);
    const rejected = Promise.reject(refused);
    rejected.catch(() => undefined);
    return { done: rejected, preview: rejected, cancel: () => undefined };
  }

  const name = manifestName(entry.name);
  let sink: PlainSink;
  let pickerReady: Promise<void> = Promise.resolve();
  if (mode === 'save' && entry.size > STREAM_TO_DISK_BYTES && canStreamToDisk()) {
    // The save dialog must open now, while the click that started this is still being handled.
    const disk = new DiskSink(name);
    pickerReady = disk.ready();
    sink = disk;
  } else {
    sink = new BlobSink(mode, entry.type, name);
  }

  const run = async (): Promise<string | null> => {
    reporter.update('waiting', 0);
    await pickerReady;
    const response = await fetchWithToken(source, controller.signal);
    reporter.update('uploading', 0);
    await decryptInto(response, source, sink, reporter, controller.signal);
    if (controller.signal.aborted) throw new FileTransferError('cancelled', msg('common:download.cancelled'));
    return sink.commit();
  };

  const result = run().then(
    (url) => {
      settled = true;
      reporter.update('done', entry.size);
      return url;
    },
    async (error: unknown) => {
      settled = true;
      await sink.abort();
      const failure = controller.signal.aborted ? new FileTransferError('cancelled', msg('common:download.cancelled')) : toDownloadError(error);
      reporter.update(failure instanceof FileTransferError && failure.code === 'cancelled' ? 'cancelled' : 'failed', reporter.done, failure.text);
      throw failure;
    },
  );
  const done = result.then(() => undefined);
  const preview = result.then((url) => (mode === 'preview' ? url : null));
  // Callers may await only one of the two; neither should count as unhandled.
  done.catch(() => undefined);
  preview.catch(() => undefined);
  return {
    done,
    preview,
    cancel: () => {
      if (!settled) controller.abort();
    },
  };
};
