// What the database commands run with: the database (or a transaction) and a clock. Tests pass a
// test database and a fixed clock; the process entry passes the configured database.
import type { Kysely } from 'kysely';
import type { Clock } from '../../db/day';
import type { Database } from '../../db/schema';

export interface DatabaseDeps {
  readonly db: Kysely<Database>;
  /** Defaults to the system clock. */
  readonly clock?: Clock;
}

export const systemClock: Clock = () => new Date();
