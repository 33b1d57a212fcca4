import { defineConfig } from "vitest/config";

/**
 * The same API suite on the embedded database: each test file opens its own in-memory PGlite,
 * loaded from one migrated snapshot that the global setup writes (initdb and migrations run once).
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/pglite-setup.ts"],
    provide: { databaseKind: "pglite" },
    // Each file opens its own embedded database; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
