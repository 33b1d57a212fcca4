import { defineConfig } from "vitest/config";

/** The same API suite on the embedded database: each test file opens its own in-memory PGlite. */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    provide: { databaseKind: "pglite" },
    // Each file opens its own embedded database; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
