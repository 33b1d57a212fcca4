import { defineConfig } from "vitest/config";

export default defineConfig({
  // Property tests run hundreds of cases; a loaded CI machine must not turn them into timeouts.
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 },
});
