// What may be uploaded, checked in the browser before anything is sent: the per-file limit and
// the case's quota (GET /api/upload-limits, and the case view's quota). A file over a limit is
// refused here with a reason in plain words; the server checks the same limits again.
import { MAX_FILES_PER_MESSAGE, ROUTES, uploadLimitsResponse, type UploadLimitsResponse } from '../../../api/index';
import { encryptedFileSize } from '../../../crypto/index';
import { englishCommon } from '../i18n/english-common';
import { bytes, msg, translate, type Message } from '../i18n/message';
import type { Words } from '../i18n/words';
import { ApiError, apiRequest } from '../http';
import { FileTransferError } from './errors';

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
      throw new FileTransferError('server', msg('common:limits.loadServer', { status: String(error.status) }));
    }
    throw new FileTransferError('network', msg('common:limits.loadNetwork'));
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
 * Returns why it cannot be sent, or null when it can.
 */
export function limitRefusal(
  file: { readonly name: string; readonly size: number },
  limits: { readonly maxFileBytes: number },
  quota: QuotaState,
  alreadyChosen: readonly { readonly size: number }[],
): Message | null {
  const { name } = file;
  if (alreadyChosen.length >= MAX_FILES_PER_MESSAGE) return msg('common:limits.tooMany', { name, count: MAX_FILES_PER_MESSAGE });
  if (!Number.isSafeInteger(file.size) || file.size < 0) return msg('common:limits.noSize', { name });
  if (file.size > limits.maxFileBytes) {
    return msg('common:limits.tooLarge', { name, size: bytes(file.size), max: bytes(limits.maxFileBytes) });
  }
  const taken = quota.usedBytes + alreadyChosen.reduce((sum, chosen) => sum + storedBytesOf(chosen.size), 0);
  if (taken + storedBytesOf(file.size) > quota.limitBytes) {
    const left = Math.max(0, quota.limitBytes - taken);
    return msg('common:limits.noRoom', { name, limit: bytes(quota.limitBytes), left: bytes(left) });
  }
  return null;
}

/** limitRefusal as a verdict with the reason in words (English unless `words` say otherwise). */
export function checkFileAgainstLimits(
  file: { readonly name: string; readonly size: number },
  limits: { readonly maxFileBytes: number },
  quota: QuotaState,
  alreadyChosen: readonly { readonly size: number }[],
  words: Words = englishCommon(),
): LimitCheck {
  const refusal = limitRefusal(file, limits, quota, alreadyChosen);
  return refusal === null ? { ok: true } : { ok: false, reason: translate(words, refusal) };
}

/** "Up to 2 GB per file, 10 GB in all for this case. At most 20 files at a time." */
export function limitsText(limits: { readonly maxFileBytes: number }, quota: QuotaState): Message {
  const left = Math.max(0, quota.limitBytes - quota.usedBytes);
  const room =
    quota.usedBytes === 0
      ? msg('common:limits.roomAll', { limit: bytes(quota.limitBytes) })
      : msg('common:limits.roomLeft', { left: bytes(left), limit: bytes(quota.limitBytes) });
  return msg('common:limits.summary', { max: bytes(limits.maxFileBytes), room, count: MAX_FILES_PER_MESSAGE });
}

/** limitsText in words (English unless `words` say otherwise). */
export function describeLimits(limits: { readonly maxFileBytes: number }, quota: QuotaState, words: Words = englishCommon()): string {
  return translate(words, limitsText(limits, quota));
}
