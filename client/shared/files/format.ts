// Sizes, speeds and times in words people read at a glance ("2 GB", "1.2 MB/s", "about 3
// minutes left"). Pure; used by both apps. Sizes use 1024-based units with the everyday names
// (as most operating systems show them), so a 2 GiB limit reads "2 GB".

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "0 bytes", "1 byte", "512 bytes", "14 KB", "1.5 MB", "2 GB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size';
  if (bytes === 1) return '1 byte';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  // One decimal below 10 (1.5 MB), none above (14 MB); never "2.0".
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${String(rounded)} ${UNITS[unit] ?? 'TB'}`;
}

/** "850 KB/s", "1.2 MB/s". */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatBytes(Math.max(0, Math.round(bytesPerSecond)))}/s`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "a few seconds left", "less than a minute left", "about 3 minutes left", "about 1 hour 20 minutes left". */
export function formatTimeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'time left unknown';
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${plural(minutes, 'minute')} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 24) return 'more than a day left';
  return rest === 0 ? `about ${plural(hours, 'hour')} left` : `about ${plural(hours, 'hour')} ${plural(rest, 'minute')} left`;
}

/** Whole percent, 0..100, never 100 before the end. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return done >= total ? 100 : 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(0, Math.floor((done / total) * 100)));
}
