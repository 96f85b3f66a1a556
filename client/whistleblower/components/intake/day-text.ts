// A 'YYYY-MM-DD' day (the intake's "seen on") as the page language writes it, the day itself
// whatever the time zone. Text that is not such a day is shown as it is.

export function dayText(day: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  try {
    return new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}
