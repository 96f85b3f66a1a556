// Recognising the database errors a service turns into a 4xx (same codes on pg and PGlite).

/** PostgreSQL unique_violation (23505): someone else took the key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** The constraint a unique violation hit (both drivers report it), if any. */
export function violatedConstraint(error: unknown): string | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const constraint = (error as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
