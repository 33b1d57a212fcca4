import { defineConfig } from "vitest/config";

/** The same API suite on the embedded database: each test file opens its own in-memory PGlite. */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    provide: { databaseKind: "pglite" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
