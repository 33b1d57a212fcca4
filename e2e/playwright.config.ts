import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// This file is loaded by the runner and again by every worker, which inherit the runner's
// environment: only the first load prepares the run, so a worker never wipes the live database.
const firstLoad = process.env.KELIAS_E2E_DATA_DIR === undefined;
process.env.KELIAS_E2E_DATA_DIR ??= fileURLToPath(new URL("./.tmp/pglite", import.meta.url));
process.env.KELIAS_E2E_SECRET ??= randomBytes(32).toString("base64url");
const dataDir = process.env.KELIAS_E2E_DATA_DIR;
if (firstLoad) {
  // Every run starts from a fresh embedded database with the demo data.
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true });
}

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The production build (turbo builds it before this task) on the embedded database in demo mode.
    command: "node scripts/start.mjs",
    cwd: fileURLToPath(new URL("../apps/web", import.meta.url)),
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(PORT),
      PGLITE_DATA_DIR: dataDir,
      DEMO_MODE: "true",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.KELIAS_E2E_SECRET,
    },
  },
});
