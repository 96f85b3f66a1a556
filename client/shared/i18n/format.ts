// Numbers, percentages, days and sizes in the page language, with the browser's Intl (nothing is
// fetched). Sizes use 1024-based units with the everyday names (as most operating systems show
// them), so a 2 GiB limit reads "2 GB"; the unit words come from the translations.
import { englishCommon } from './english-common';
import type { Words } from './words';

/** "1,234.5" in English, "1 234,5" in French. */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat([language, 'en'], options).format(value);
}

/** A whole percentage (0..100): "45%" in English, "45 %" in French. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat([language, 'en'], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/**
 * A day as the server and certificates give it ("2026-11-22", UTC, never a time) as a long date
 * in the page language: "November 22, 2026", "22 novembre 2026". Anything else is returned as it is.
 */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return day;
  return new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const UNIT_KEYS = ['common:size.kb', 'common:size.mb', 'common:size.gb', 'common:size.tb'] as const;

/** "0 bytes", "1 byte", "512 bytes", "14 KB", "1.5 MB", "2 GB" in English; "1,5 Mo" in French. */
export function formatSize(count: number, words: Words): string {
  if (!Number.isFinite(count) || count < 0) return words.t('common:size.unknown');
  if (count < 1024) return words.t('common:size.bytes', { count, size: formatNumber(count, words.language) });
  let value = count / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNIT_KEYS.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal below 10 (1.5 MB), none above (14 MB); never "2.0".
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // A value that rounds up to 1024 of one unit stays in it ("1024 KB"): rare and still true.
  // i18n-keys: common:size.kb, common:size.mb, common:size.gb, common:size.tb
  return words.t(UNIT_KEYS[unit] ?? 'common:size.tb', { size: formatNumber(rounded, words.language) });
}

/** formatSize in English (logs, tests, English-only text). */
export function formatBytes(count: number): string {
  return formatSize(count, englishCommon());
}
