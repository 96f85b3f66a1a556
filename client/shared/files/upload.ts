// Uploads one file: SHA-256 in the hash worker, encryption in the encrypt worker, and the
// ciphertext sent with tus (tus-js-client) from a reader over the encrypt worker's output. A
// dropped connection or a server restart resumes from the server's offset; an expired session
// is renewed through target.getToken(). Nothing is stored in the browser: tus keeps its upload
// URL in memory only. Resolves with the file's manifest entry once the server holds all of it.
import { DetailedError, Upload, type HttpRequest, type HttpResponse } from 'tus-js-client';
import { errorBody } from '../../../api/index';
import { encryptedFileSize, generateFileId, generateFileKey, toBase64Url } from '../../../crypto/index';
import { CipherSource } from './cipher-source';
import { EncryptedStream } from './encrypt-client';
import { bytes, msg } from '../i18n/message';
import { FileTransferError } from './errors';
import { hashInWorker, type HashJob } from './hash-client';
import { uploadEndpoint } from './limits';
import { manifestEntry } from './manifest';
import { MemoryUrlStorage } from './memory-url-storage';
import { PATCH_OVERLAP_BYTES, PATCH_START_BYTES, PATCH_TARGET_MS, sizeAfterFailure, sizeAfterSuccess } from './patch-size';
import { ProgressReporter } from './progress';
import type { FileManifestEntryV1, FileToSend, StartUpload, TransferProgress, UploadHandle, UploadTarget } from './types';

/**
 * The PATCH size while encryption, not the link, is what limits the upload: 64 ciphertext chunks
 * (4,195,392 bytes). PATCH sizes adapt to the link between 256 KiB and 16 MiB (patch-size.ts).
 */
export const TUS_CHUNK_BYTES = PATCH_OVERLAP_BYTES;
/** Waits between attempts: long enough in all (about 2.5 minutes) to ride out a server restart or a Tor circuit change. */
export const RETRY_DELAYS_MS = [0, 1000, 2000, 4000, 8000, 15000, 30000, 30000, 60000];
/**
 * A request with no sign of life for this long is given up and resumed (with a smaller PATCH).
 * PATCHes are sized to take about 25 s and report progress as their bytes leave, so only a stuck
 * circuit goes this long without any; the same as the server's requestTimeout (server/app.ts).
 */
const STALL_MS = 120_000;
const MAX_STALLS = 5;

type UploadOptions = NonNullable<ConstructorParameters<typeof Upload>[1]>;

/** The server refused the bearer token (401): ask for a new one and try again. */
class TokenRefused extends Error {
  constructor(readonly token: string) {
    super('session token refused');
    this.name = 'TokenRefused';
  }
}

/** getToken() failed: retried like a network failure. */
class TokenUnavailable extends Error {
  constructor() {
    super('no session token');
    this.name = 'TokenUnavailable';
  }
}

function bearerOf(req: HttpRequest): string {
  const header = req.getHeader('Authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

function errorCodeOf(res: HttpResponse): string {
  try {
    const parsed = errorBody.safeParse(JSON.parse(res.getBody()));
    return parsed.success ? parsed.data.error.code : '';
  } catch {
    return '';
  }
}

/** What a final answer of the server means for this upload, or null when it is not final. */
export function refusalFor(method: string, status: number, code: string, fileName: string, size: number): FileTransferError | null {
  const name = fileName;
  // A clean-up request (DELETE) that fails changes nothing: the server expires the upload.
  if (method === 'DELETE') return null;
  if (status === 413) {
    return /quota/i.test(code)
      ? new FileTransferError('over_quota', msg('common:upload.overQuota', { name, size: bytes(size) }))
      : new FileTransferError('too_large', msg('common:upload.tooLarge', { name, size: bytes(size) }));
  }
  if (status === 403) return new FileTransferError('forbidden', msg('common:upload.forbidden', { name }));
  if ((status === 404 || status === 410) && method === 'POST') {
    return new FileTransferError('not_found', msg('common:upload.noCase', { name }));
  }
  if (status === 404 || status === 410) {
    return new FileTransferError('not_found', msg('common:upload.partGone', { name }));
  }
  // 409 on creation: a file with this id already exists (an earlier attempt whose answer was
  // lost). This upload cannot go on under the same id; Retry starts afresh with a new one.
  if (status === 409 && method === 'POST') {
    return new FileTransferError('server', msg('common:upload.sameId', { name }));
  }
  // On PATCH and HEAD, 409 (offset mismatch, or already complete) and 423 (locked) are tus's
  // signals to ask for the offset and resume; 401 is handled by renewing the session; 408 is the
  // server's requestTimeout (a PATCH too slow to arrive in 120 s: the server keeps what arrived,
  // and the next PATCH is smaller). Any other 4xx means this upload cannot go on.
  if (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 409 && status !== 423) {
    return new FileTransferError('server', msg('common:upload.refused', { name, status: String(status) }));
  }
  return null;
}

class FileUpload {
  readonly done: Promise<FileManifestEntryV1>;
  private resolveDone: (entry: FileManifestEntryV1) => void = () => undefined;
  private rejectDone: (error: Error) => void = () => undefined;
  private settled = false;
  private readonly key = generateFileKey();
  private readonly fileId = generateFileId();
  private readonly size: number;
  private readonly storedSize: number;
  private readonly reporter: ProgressReporter;
  private readonly hashTotal: number;
  private hashed = 0;
  private uploaded = 0;
  private started = false;
  private stream: EncryptedStream | null = null;
  private hash: HashJob | null = null;
  private tus: Upload | null = null;
  private refusedToken: string | undefined;
  private refusalsInARow = 0;
  private inFlightSince: number | null = null;
  private lastActivity = 0;
  private stalls = 0;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  /** Size of the next PATCH (patch-size.ts), set on tus's options before each one. */
  private patchBytes = PATCH_START_BYTES;
  /** The PATCH in flight: when it was sent, from which offset, how many of its bytes left, how long its bytes took to be ready. */
  private patch: { sentAt: number; offset: number; sent: number; waitMs: number } | null = null;
  private lastAnswerAt = 0;

  constructor(
    private readonly target: UploadTarget,
    private readonly file: FileToSend,
    onProgress: (progress: TransferProgress) => void,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    this.size = file.content.size;
    this.storedSize = encryptedFileSize(this.size);
    const differs = file.content !== file.original;
    this.hashTotal = this.size + (differs ? file.original.size : 0);
    this.reporter = new ProgressReporter(this.size, onProgress);
  }

  start(): void {
    try {
      this.reporter.update('encrypting', 0);
      const blobs = this.file.content === this.file.original ? [this.file.content] : [this.file.content, this.file.original];
      this.hash = hashInWorker(blobs, this.file.name, (bytes) => {
        this.hashed = bytes;
        this.report();
      });
      this.hash.digests.catch((error: unknown) => this.fail(error));
      this.stream = new EncryptedStream(this.file.content, this.key, { caseId: this.target.caseId, fileId: this.fileId }, this.file.name);
      const stream = this.stream;
      const source = new CipherSource({ read: () => stream.read() }, this.storedSize);
      this.lastAnswerAt = Date.now();
      this.tus = new Upload(this.file.content, this.options(source));
      this.tus.start();
      this.watchdog = setInterval(() => this.checkStall(), 10_000);
    } catch (error) {
      this.fail(error);
    }
  }

  cancel(): void {
    if (this.settled) return;
    // Stop, and ask the server to delete what it received (best effort: it also expires
    // unfinished uploads on its own).
    this.tus?.abort(true).catch(() => undefined);
    this.finish();
    this.reporter.update('cancelled', this.reporter.done);
    this.rejectDone(new FileTransferError('cancelled', msg('common:upload.cancelled', { name: this.file.name })));
  }

  private options(source: CipherSource): UploadOptions {
    const metadata: Record<string, string> = { fileId: toBase64Url(this.fileId) };
    if (this.target.asProsecutor) metadata.caseId = toBase64Url(this.target.caseId);
    return {
      endpoint: uploadEndpoint(globalThis.location.href),
      metadata,
      uploadSize: this.storedSize,
      // Read by tus for every PATCH; changed after each one by setPatchBytes().
      chunkSize: this.patchBytes,
      retryDelays: RETRY_DELAYS_MS,
      // Nothing about the upload may outlive the page: no fingerprint, URL kept in memory only.
      storeFingerprintForResuming: false,
      removeFingerprintOnSuccess: false,
      urlStorage: new MemoryUrlStorage(),
      fingerprint: () => Promise.resolve(''),
      fileReader: { openFile: () => Promise.resolve(source) },
      addRequestId: false,
      onBeforeRequest: async (req) => {
        // tus calls this once the PATCH's bytes are ready: the wait since the last answer was encryption's.
        const readyAt = Date.now();
        let token: string;
        try {
          token = await this.target.getToken(this.refusedToken);
        } catch {
          throw new TokenUnavailable();
        }
        this.refusedToken = undefined;
        req.setHeader('Authorization', `Bearer ${token}`);
        this.inFlightSince = Date.now();
        this.lastActivity = this.inFlightSince;
        this.patch =
          req.getMethod() === 'PATCH'
            ? { sentAt: this.inFlightSince, offset: Number(req.getHeader('Upload-Offset') ?? 0), sent: 0, waitMs: readyAt - this.lastAnswerAt }
            : null;
      },
      onAfterResponse: (req, res) => {
        this.inFlightSince = null;
        this.lastAnswerAt = Date.now();
        const status = res.getStatus();
        if (status === 401) throw new TokenRefused(bearerOf(req));
        const refusal = refusalFor(req.getMethod(), status, errorCodeOf(res), this.file.name, this.size);
        if (refusal !== null) throw refusal;
        if (status >= 200 && status < 300) this.refusalsInARow = 0;
      },
      onShouldRetry: (error) => this.shouldRetry(error),
      onChunkComplete: (accepted) => {
        const patch = this.patch;
        this.patch = null;
        if (patch === null) return;
        this.setPatchBytes(sizeAfterSuccess(this.patchBytes, { bytes: accepted, sendMs: this.lastAnswerAt - patch.sentAt, waitMs: patch.waitMs }));
      },
      onProgress: (bytesSent) => {
        this.lastActivity = Date.now();
        if (this.patch !== null) this.patch.sent = Math.max(this.patch.sent, bytesSent - this.patch.offset);
        this.started = true;
        this.uploaded = Math.max(this.uploaded, bytesSent);
        this.stalls = 0;
        this.report();
      },
      onSuccess: () => {
        this.uploaded = this.storedSize;
        this.report();
        void this.complete();
      },
      onError: (error) => this.fail(error),
    };
  }

  private shouldRetry(error: DetailedError): boolean {
    this.inFlightSince = null;
    const cause = error.causingError;
    if (cause instanceof FileTransferError) return false;
    if (cause instanceof TokenRefused) {
      this.refusalsInARow++;
      if (this.refusalsInARow > 2) return false;
      this.refusedToken = cause.token;
      return true;
    }
    const status = error.originalResponse?.getStatus() ?? 0;
    // A PATCH cut off (network), too slow for the server (408), or failing after longer than a
    // PATCH should take (Chromium resends a PATCH answered 408 on a reused connection by itself,
    // and the resent one meets 409 once the server has kept part of the first): the next is smaller.
    const patch = this.patch;
    if (error.originalRequest?.getMethod() === 'PATCH' && patch !== null && !(cause instanceof TokenUnavailable)) {
      if (status === 0 || status === 408 || Date.now() - patch.sentAt >= PATCH_TARGET_MS) this.patchFailed();
    }
    this.patch = null;
    const retry = cause instanceof TokenUnavailable || status === 0 || status === 408 || status >= 500 || status === 409 || status === 423;
    // After a cancel or failure only the clean-up request (DELETE) is still retried: report nothing.
    if (retry && !this.settled) this.reporter.update('retrying', this.reporter.done, msg('common:progress.retrying'));
    return retry;
  }

  /** Gives up a request that shows no sign of life (a stuck Tor circuit) and resumes from the server's offset. */
  private checkStall(): void {
    if (this.settled || this.tus === null || this.inFlightSince === null) return;
    if (Date.now() - this.lastActivity < STALL_MS) return;
    this.stalls++;
    this.inFlightSince = null;
    if (this.patch !== null) this.patchFailed();
    this.patch = null;
    if (this.stalls > MAX_STALLS) {
      this.fail(new FileTransferError('network', msg('common:upload.stalled', { name: this.file.name })));
      return;
    }
    this.reporter.update('retrying', this.reporter.done, msg('common:progress.stalledRetrying'));
    const tus = this.tus;
    // An aborted XMLHttpRequest never settles tus's promise for it, so restarting is safe.
    void tus.abort(false).then(() => {
      if (!this.settled) tus.start();
    });
  }

  private setPatchBytes(bytes: number): void {
    this.patchBytes = bytes;
    if (this.tus !== null) this.tus.options.chunkSize = bytes;
  }

  /** The PATCH in flight failed or stalled: a smaller one next time. */
  private patchFailed(): void {
    const patch = this.patch;
    const partial = patch === null ? undefined : { bytes: patch.sent, ms: Date.now() - patch.sentAt };
    this.setPatchBytes(sizeAfterFailure(this.patchBytes, partial));
  }

  private report(): void {
    if (this.settled) return;
    const uploadFraction = this.storedSize === 0 ? 1 : this.uploaded / this.storedSize;
    const hashFraction = this.hashTotal === 0 ? 1 : this.hashed / this.hashTotal;
    const fraction = Math.min(uploadFraction, hashFraction);
    const phase = this.started && uploadFraction <= hashFraction ? 'uploading' : 'encrypting';
    this.reporter.update(phase, Math.floor(fraction * this.size));
  }

  private async complete(): Promise<void> {
    try {
      const digests = await (this.hash?.digests ?? Promise.reject(new Error('no hash')));
      const sha256 = digests[0];
      if (sha256 === undefined) throw new Error('no digest');
      const originalSha256 = digests[1] ?? sha256;
      if (this.settled) return;
      const entry = manifestEntry({
        fileId: this.fileId,
        key: this.key,
        name: this.file.name,
        type: this.file.type,
        size: this.size,
        sha256,
        originalSha256,
        originalSize: this.file.original.size,
        metadata: this.file.metadata,
      });
      this.finish();
      this.reporter.update('done', this.size);
      this.resolveDone(entry);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    // The partial upload would count against the case's quota until the server expires it: ask
    // the server to delete it now (best effort; Retry starts a new upload either way).
    this.tus?.abort(true).catch(() => undefined);
    this.finish();
    const failure = toFailure(error, this.file.name);
    this.reporter.update('failed', this.reporter.done, failure.text);
    this.rejectDone(failure);
  }

  /** Stops everything and wipes the key (the manifest entry holds its own copy). */
  private finish(): void {
    this.settled = true;
    if (this.watchdog !== null) clearInterval(this.watchdog);
    this.watchdog = null;
    this.stream?.terminate();
    this.hash?.terminate();
    this.key.fill(0);
  }
}

/** Any failure as a FileTransferError with words for people. */
function toFailure(error: unknown, fileName: string): FileTransferError {
  const cause = error instanceof DetailedError && error.causingError !== null ? error.causingError : error;
  if (cause instanceof FileTransferError) return cause;
  if (cause instanceof TokenRefused || cause instanceof TokenUnavailable) {
    return new FileTransferError('session', msg('common:upload.session', { name: fileName }));
  }
  const status = error instanceof DetailedError ? (error.originalResponse?.getStatus() ?? 0) : 0;
  if (status >= 500) {
    return new FileTransferError('server', msg('common:upload.server', { name: fileName, status: String(status) }));
  }
  if (error instanceof DetailedError) {
    return new FileTransferError('network', msg('common:upload.network', { name: fileName }));
  }
  return new FileTransferError('worker_failed', msg('common:upload.pageFailed', { name: fileName }));
}

export const startUpload: StartUpload = (target, file, onProgress): UploadHandle => {
  const upload = new FileUpload(target, file, onProgress);
  upload.start();
  return { done: upload.done, cancel: () => upload.cancel() };
};
