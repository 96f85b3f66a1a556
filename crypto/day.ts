// Whistleblower-related times are recorded no finer than a day: "YYYY-MM-DD" in UTC.
import { BadFormatError } from './errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as exactly "YYYY-MM-DD" (years 2000..9999). */
export function isDay(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = DAY.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 2000 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Throws BadFormatError ('bad_format') unless `text` is a valid day. */
export function assertDay(text: unknown, what = 'day'): asserts text is string {
  if (!isDay(text)) throw new BadFormatError(`${what} must be a calendar date YYYY-MM-DD`);
}

/** The UTC day of a Unix time in seconds (crypto/ never reads the clock itself). */
export function dayOf(unixSeconds: number): string {
  if (!Number.isSafeInteger(unixSeconds) || unixSeconds < 0) throw new BadFormatError('bad unix time');
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}
