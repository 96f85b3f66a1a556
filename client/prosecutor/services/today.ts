// Today's date in UTC as "YYYY-MM-DD": certificates are dated to the day, never finer.
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
