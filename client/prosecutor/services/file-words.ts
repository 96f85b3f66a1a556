// Evidence files in words: sizes, transfer progress, what the sender's browser did about hidden
// details (metadata), and who sent a file. Pure, so the wording is tested without a browser.
import type { FileManifestEntryV1 } from '../../../api/index';
import type { TransferProgress } from '../../shared/files/types';
import type { ThreadEntry } from '../../shared/thread';

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB" (units of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes / 1024;
  let unit: (typeof UNITS)[number] = 'KB';
  for (const next of UNITS.slice(1)) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const shown = value < 10 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return `${shown} ${unit}`;
}

/** 95 → "about 2 minutes left". */
export function formatTimeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 5) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.round(seconds)} seconds left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'about 1 minute left' : `about ${minutes} minutes left`;
  const hours = Math.round(seconds / 3600);
  return hours === 1 ? 'about 1 hour left' : `about ${hours} hours left`;
}

/** Whole percent done, 0 to 100. */
export function percentDone(progress: Pick<TransferProgress, 'bytesDone' | 'bytesTotal' | 'phase'>): number {
  if (progress.phase === 'done') return 100;
  if (progress.bytesTotal <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((progress.bytesDone / progress.bytesTotal) * 100)));
}

/**
 * One line under a progress bar: "Decrypting: 42% · 3.1 MB/s · about 20 seconds left".
 * `working` names what the transfer is doing while it runs ("Uploading", "Decrypting").
 */
export function progressText(progress: TransferProgress, working: string): string {
  switch (progress.phase) {
    case 'waiting':
      return 'Waiting to start…';
    case 'done':
      return 'Done.';
    case 'cancelled':
      return 'Cancelled.';
    case 'failed':
      return progress.message ?? 'It failed.';
    case 'retrying':
      return `The connection was interrupted; trying again… ${percentDone(progress)}% done.`;
    case 'encrypting':
    case 'uploading': {
      const parts = [`${working}: ${percentDone(progress)}%`];
      if (progress.bytesPerSecond !== null && progress.bytesPerSecond > 0) parts.push(`${formatBytes(progress.bytesPerSecond)}/s`);
      if (progress.secondsLeft !== null) {
        const left = formatTimeLeft(progress.secondsLeft);
        if (left !== '') parts.push(left);
      }
      return parts.join(' · ');
    }
  }
}

/** What the sender's browser did about hidden details (location, camera serial numbers…). */
export function metadataWords(metadata: FileManifestEntryV1['metadata']): string {
  const list = metadata.removed.join(', ');
  switch (metadata.action) {
    case 'removed':
      return list === '' ? 'Hidden details were removed before sending.' : `Hidden details removed before sending: ${list}.`;
    case 'reencoded':
      return list === ''
        ? 'The file was re-encoded before sending to remove hidden details.'
        : `The file was re-encoded before sending to remove hidden details: ${list}.`;
    case 'none-found':
      return 'No hidden details (such as a location or camera data) were found in this file.';
    case 'kept-by-choice':
      return list === ''
        ? 'The sender chose to send the original file, with its hidden details.'
        : `The sender chose to send the original file, with its hidden details: ${list}.`;
    case 'not-checked':
      return 'This file was not checked for hidden details.';
  }
}

/** "Sent by the whistleblower", "Sent by you", "Sent by a prosecutor of <agency>". */
export function sentByWords(entry: Pick<ThreadEntry, 'role' | 'agencyName'>, isOwn: boolean): string {
  if (entry.role === 'whistleblower') return 'Sent by the whistleblower';
  if (isOwn) return 'Sent by you';
  return entry.agencyName === null ? 'Sent by a prosecutor' : `Sent by a prosecutor of ${entry.agencyName}`;
}

/** The browser previews these image types only (never SVG: it can carry scripts). */
const PREVIEWABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function canPreview(type: string): boolean {
  return PREVIEWABLE.has(type.trim().toLowerCase());
}

/** The file's type for people: the MIME type, or a plain word when the sender's browser did not know it. */
export function typeWords(type: string): string {
  return type === '' ? 'unknown type' : type;
}
