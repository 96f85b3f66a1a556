// What test/global-setup.ts hands to the test workers (vitest provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a PGlite data-folder tarball (dumpDataDir), already migrated. */
    thicketPgliteTemplate: string;
    /** Name of the migrated PostgreSQL template database, or '' when DATABASE_URL is unset. */
    thicketPostgresTemplate: string;
    /** Prefix of the per-file databases of this run, so teardown can drop leftovers. */
    thicketPostgresPrefix: string;
  }
}

export {};
