// What may be uploaded, checked in the browser before anything is sent: the per-file limit and
// the case's quota (GET /api/upload-limits, and the case view's quota). A file over a limit is
// refused here with a reason in plain words; the server checks the same limits again.
import { MAX_FILES_PER_MESSAGE, ROUTES, uploadLimitsResponse, type UploadLimitsResponse } from '../../../api/index';
import { encryptedFileSize } from '../../../crypto/index';
import { ApiError, apiRequest } from '../http';
import { FileTransferError } from './errors';
import { formatBytes } from './format';

export type UploadLimits = UploadLimitsResponse;

let lastLimits: UploadLimits | null = null;

/** GET /api/upload-limits. Throws FileTransferError ('network' or 'server') with words for people. */
export async function fetchUploadLimits(): Promise<UploadLimits> {
  try {
    const limits = await apiRequest(ROUTES.uploadLimits, { response: uploadLimitsResponse });
    lastLimits = limits;
    return limits;
  } catch (error) {
    if (error instanceof ApiError) {
      throw new FileTransferError('server', `We could not load the file limits: the tip line answered with an error (${error.status}). Please try again.`);
    }
    throw new FileTransferError('network', 'We could not load the file limits: the connection failed. Check your connection and try again.');
  }
}

/**
 * The tus endpoint: the one the server named in its limits if it is on this site, else the
 * route table's. Uploads never go to another origin.
 */
export function uploadEndpoint(pageUrl: string): string {
  const fallback = new URL(ROUTES.createUpload.url, pageUrl);
  if (lastLimits === null) return fallback.href;
  const named = new URL(lastLimits.uploadUrl, pageUrl);
  return named.origin === fallback.origin ? named.href : fallback.href;
}

/** How much the case may still take. `usedBytes` and `limitBytes` count stored (encrypted) bytes. */
export interface QuotaState {
  readonly usedBytes: number;
  readonly limitBytes: number;
}

export type LimitCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Stored bytes of a file once encrypted (header, chunks and padding). */
export function storedBytesOf(size: number): number {
  return encryptedFileSize(size);
}

/**
 * Checks one more file against the limits, counting the files already chosen for this message.
 * Returns the reason in plain words when it cannot be sent.
 */
export function checkFileAgainstLimits(
  file: { readonly name: string; readonly size: number },
  limits: { readonly maxFileBytes: number },
  quota: QuotaState,
  alreadyChosen: readonly { readonly size: number }[],
): LimitCheck {
  const name = `“${file.name}”`;
  if (alreadyChosen.length >= MAX_FILES_PER_MESSAGE) {
    return { ok: false, reason: `${name} was not added: you can send at most ${MAX_FILES_PER_MESSAGE} files at a time.` };
  }
  if (!Number.isSafeInteger(file.size) || file.size < 0) {
    return { ok: false, reason: `${name} cannot be sent: this browser does not report its size.` };
  }
  if (file.size > limits.maxFileBytes) {
    return {
      ok: false,
      reason: `${name} is too large to send: it is ${formatBytes(file.size)}, and each file can be at most ${formatBytes(limits.maxFileBytes)}.`,
    };
  }
  const taken = quota.usedBytes + alreadyChosen.reduce((sum, chosen) => sum + storedBytesOf(chosen.size), 0);
  if (taken + storedBytesOf(file.size) > quota.limitBytes) {
    const left = Math.max(0, quota.limitBytes - taken);
    return {
      ok: false,
      reason: `${name} does not fit: this case can hold ${formatBytes(quota.limitBytes)} of files in all, and only ${formatBytes(left)} is left.`,
    };
  }
  return { ok: true };
}

/** "Up to 2 GB per file, 10 GB in all for this case." */
export function describeLimits(limits: { readonly maxFileBytes: number }, quota: QuotaState): string {
  const left = Math.max(0, quota.limitBytes - quota.usedBytes);
  const room =
    quota.usedBytes === 0
      ? `${formatBytes(quota.limitBytes)} in all for this case`
      : `${formatBytes(left)} left of the ${formatBytes(quota.limitBytes)} this case can hold`;
  return `Up to ${formatBytes(limits.maxFileBytes)} per file, ${room}. At most ${MAX_FILES_PER_MESSAGE} files at a time.`;
}
