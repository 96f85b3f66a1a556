// Days are the finest unit of time Thicket stores (DESIGN P2). These helpers make the day in
// one way only: UTC, 'YYYY-MM-DD', from SQL or from an injected clock.
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Day } from './schema';

/** A clock for code that must not read the time itself (tests inject a fixed one). */
export type Clock = () => Date;

/** The UTC calendar day of an instant; the time of day is discarded. */
export function utcDay(instant: Date): Day {
  if (Number.isNaN(instant.getTime())) throw new RangeError('utcDay: invalid date');
  return instant.toISOString().slice(0, 10);
}

/** Today in UTC, computed by the database (its clock, not the app's). */
export function sqlUtcToday(): RawBuilder<Day> {
  return sql<Day>`(now() at time zone 'UTC')::date`;
}

/** The day from the clock when one is given, else from the database. */
export function today(clock: Clock | undefined): Day | RawBuilder<Day> {
  return clock === undefined ? sqlUtcToday() : utcDay(clock());
}
