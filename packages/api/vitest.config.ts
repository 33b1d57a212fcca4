import { defineConfig } from "vitest/config";

/**
 * The API suite on a real Postgres server: one fresh database for the run (see test/support/global-setup.ts),
 * migrated once. Test files share it, so they run one after another: scope counts stay exact.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    provide: { databaseKind: "postgres" },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
