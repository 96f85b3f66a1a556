// Progress of one transfer: a smoothed speed and time left, reported at most a few times per
// second, and the words that go under a progress bar. Pure (time comes in as an argument), so
// the smoothing is unit-tested.
import { englishCommon } from '../i18n/english-common';
import { formatPercent } from '../i18n/format';
import { translate, type Message } from '../i18n/message';
import type { Words } from '../i18n/words';
import { formatSpeed, percentOf, timeLeftWords } from './format';
import type { TransferPhase, TransferProgress } from './types';

/** How quickly the shown speed follows changes: an exponential average with this time constant. */
const SMOOTHING_SECONDS = 5;
/** Speeds are measured over at least this long, so one fast burst does not count as the speed. */
const MIN_SAMPLE_MS = 500;
/** No speed (and no time left) is shown before this much has been observed. */
const WARM_UP_MS = 1500;
/** Progress is reported at most this often, except phase changes and the end. */
export const REPORT_INTERVAL_MS = 250;

/** Smooths bytes-done samples into a speed and a time left. */
export class ProgressMeter {
  private started = false;
  private lastAt = 0;
  private lastBytes = 0;
  private speed: number | null = null;

  constructor(private readonly total: number) {}

  /** Records `bytesDone` at `nowMs` (milliseconds, monotonic). */
  sample(bytesDone: number, nowMs: number): void {
    if (!this.started) {
      this.started = true;
      this.lastAt = nowMs;
      this.lastBytes = bytesDone;
      return;
    }
    const elapsed = nowMs - this.lastAt;
    if (elapsed < (this.speed === null ? WARM_UP_MS : MIN_SAMPLE_MS)) return;
    const rate = (Math.max(0, bytesDone - this.lastBytes) * 1000) / elapsed;
    const weight = 1 - Math.exp(-elapsed / (SMOOTHING_SECONDS * 1000));
    this.speed = this.speed === null ? rate : this.speed + weight * (rate - this.speed);
    this.lastAt = nowMs;
    this.lastBytes = bytesDone;
  }

  /** Forgets the time base (after a pause such as a reconnection) but keeps the speed learnt so far. */
  pause(): void {
    this.started = false;
  }

  /** The smoothed speed, null until it has been measured over WARM_UP_MS. */
  bytesPerSecond(): number | null {
    return this.speed;
  }

  /** Time left at the smoothed speed; null while the speed is unknown or zero. */
  secondsLeft(bytesDone: number): number | null {
    const speed = this.speed;
    if (speed === null || speed <= 0) return null;
    return Math.max(0, this.total - bytesDone) / speed;
  }
}

/**
 * Turns raw updates into TransferProgress reports for `onProgress`: smoothed, at most one per
 * REPORT_INTERVAL_MS, except that a change of phase and the end are always reported.
 */
export class ProgressReporter {
  private readonly meter: ProgressMeter;
  private lastReportAt = -Infinity;
  private lastPhase: TransferPhase | null = null;
  private bytesDone = 0;

  constructor(
    private readonly total: number,
    private readonly onProgress: (progress: TransferProgress) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.meter = new ProgressMeter(total);
  }

  update(phase: TransferPhase, bytesDone: number, message?: Message | string): void {
    const at = this.now();
    this.bytesDone = Math.min(this.total, Math.max(0, bytesDone));
    if (phase === 'encrypting' || phase === 'uploading') this.meter.sample(this.bytesDone, at);
    if (phase === 'retrying') this.meter.pause();
    const changed = phase !== this.lastPhase;
    const final = phase === 'done' || phase === 'failed' || phase === 'cancelled';
    if (!changed && !final && at - this.lastReportAt < REPORT_INTERVAL_MS) return;
    this.lastReportAt = at;
    this.lastPhase = phase;
    const moving = phase === 'encrypting' || phase === 'uploading';
    this.onProgress({
      phase,
      bytesDone: phase === 'done' ? this.total : this.bytesDone,
      bytesTotal: this.total,
      bytesPerSecond: moving ? this.meter.bytesPerSecond() : null,
      secondsLeft: moving ? this.meter.secondsLeft(this.bytesDone) : null,
      ...(message === undefined ? {} : typeof message === 'string' ? { message } : { message: translate(englishCommon(), message), text: message }),
    });
  }

  get done(): number {
    return this.bytesDone;
  }
}

/** The first report of a transfer that has not started. */
export function waitingProgress(total: number): TransferProgress {
  return { phase: 'waiting', bytesDone: 0, bytesTotal: total, bytesPerSecond: null, secondsLeft: null };
}

/**
 * The line under a progress bar, e.g. "Uploading: 45% · 1.2 MB/s · about 2 minutes left", in
 * `words`' language (English by default). `direction` picks the words for the finished state.
 */
export function describeProgress(progress: TransferProgress, direction: 'upload' | 'download', words: Words = englishCommon()): string {
  const { t } = words;
  const percent = formatPercent(percentOf(progress.bytesDone, progress.bytesTotal), words.language);
  const speed = progress.bytesPerSecond === null ? null : formatSpeed(progress.bytesPerSecond, words);
  const left = progress.secondsLeft === null ? null : timeLeftWords(progress.secondsLeft, words);
  const details = [percent, speed, left].filter((part): part is string => part !== null).join(' · ');
  const said = (text: Message | undefined, message: string | undefined): string | null =>
    text !== undefined ? translate(words, text) : (message ?? null);
  switch (progress.phase) {
    case 'waiting':
      return direction === 'upload' ? t('common:progress.waitingUpload') : t('common:progress.waitingDownload');
    case 'encrypting':
      return direction === 'upload' ? t('common:progress.encrypting', { details }) : t('common:progress.decrypting', { details });
    case 'uploading':
      return direction === 'upload' ? t('common:progress.uploading', { details }) : t('common:progress.downloading', { details });
    case 'retrying':
      return said(progress.text, progress.message) ?? t('common:progress.retrying');
    case 'done':
      return direction === 'upload'
        ? t('common:progress.sent', { percent: formatPercent(100, words.language) })
        : t('common:progress.done', { percent: formatPercent(100, words.language) });
    case 'failed':
      return said(progress.text, progress.message) ?? (direction === 'upload' ? t('common:progress.failedUpload') : t('common:progress.failedDownload'));
    case 'cancelled':
      return t('common:progress.cancelled');
  }
}
