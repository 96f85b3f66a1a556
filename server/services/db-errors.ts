// Recognising the database errors a service turns into a 4xx (same codes on pg and PGlite).

/** PostgreSQL unique_violation (23505): someone else took the key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
