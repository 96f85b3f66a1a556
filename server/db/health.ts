// A cheap liveness probe of the database for /api/health. Never throws and never returns
// error text: the caller may show the result to anyone.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from './create-database';

export type DatabaseHealth =
  | { readonly ok: true; readonly kind: DatabaseKind; readonly latencyMs: number }
  | { readonly ok: false; readonly kind: DatabaseKind };

export const DEFAULT_HEALTH_TIMEOUT_MS = 2_000;

export async function checkDatabase<DB>(
  db: Kysely<DB>,
  kind: DatabaseKind,
  options: { readonly timeoutMs?: number } = {},
): Promise<DatabaseHealth> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const probe = sql<{ one: number }>`select 1 as one`.execute(db).then((result) => result.rows[0]?.one === 1);
    // A probe that loses the race keeps running; swallow its late failure.
    probe.catch(() => undefined);
    const outcome = await Promise.race([probe, timedOut]);
    if (outcome !== true) return { ok: false, kind };
    return { ok: true, kind, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { ok: false, kind };
  } finally {
    clearTimeout(timer);
  }
}
