declare module "vitest" {
  export interface ProvidedContext {
    /** Which database the suite runs on; set by the vitest config. */
    databaseKind: "postgres" | "pglite";
    /** The run's Postgres database, created by the global setup (Postgres runs only). */
    databaseUrl: string | undefined;
    /** A migrated embedded database written by the global setup (PGlite runs only). */
    pgliteSnapshot: string | undefined;
  }
}

export {};
