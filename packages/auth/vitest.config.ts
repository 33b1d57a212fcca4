import { defineConfig } from "vitest/config";

export default defineConfig({
  // Opening an embedded database takes seconds, more on a loaded machine.
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 120_000 },
});
