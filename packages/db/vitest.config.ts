import { defineConfig } from "vitest/config";

export default defineConfig({
  // Opening an embedded database takes seconds, and some tests start child processes that open one.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
