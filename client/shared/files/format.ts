// Sizes, speeds and times in words people read at a glance ("2 GB", "1.2 MB/s", "about 3
// minutes left"), in the page language (English unless `words` say otherwise). Pure; used by
// both apps. Sizes come from client/shared/i18n/format.ts.
import { englishCommon } from '../i18n/english-common';
import { formatSize } from '../i18n/format';
import type { Words } from '../i18n/words';

export { formatBytes, formatSize } from '../i18n/format';

/** "850 KB/s", "1.2 MB/s". */
export function formatSpeed(bytesPerSecond: number, words: Words = englishCommon()): string {
  return words.t('common:size.perSecond', { size: formatSize(Math.max(0, Math.round(bytesPerSecond)), words) });
}

/** "a few seconds left", "less than a minute left", "about 3 minutes left", "about 1 hour 20 minutes left". */
export function timeLeftWords(seconds: number, words: Words): string {
  const { t } = words;
  if (!Number.isFinite(seconds) || seconds < 0) return t('common:timeLeft.unknown');
  if (seconds < 10) return t('common:timeLeft.seconds');
  if (seconds < 60) return t('common:timeLeft.underMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('common:timeLeft.about', { duration: t('common:duration.minutes', { count: minutes }) });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 24) return t('common:timeLeft.overDay');
  const duration =
    rest === 0
      ? t('common:duration.hours', { count: hours })
      : t('common:duration.hoursMinutes', { hours: t('common:duration.hours', { count: hours }), minutes: t('common:duration.minutes', { count: rest }) });
  return t('common:timeLeft.about', { duration });
}

/** timeLeftWords in English. */
export function formatTimeLeft(seconds: number): string {
  return timeLeftWords(seconds, englishCommon());
}

/** Whole percent, 0..100, never 100 before the end. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return done >= total ? 100 : 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(0, Math.floor((done / total) * 100)));
}
