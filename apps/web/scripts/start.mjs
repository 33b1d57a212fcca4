// Starts the built app. next-auth builds its URLs from NEXTAUTH_URL, so it follows PORT unless set.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // The app's own handler (see packages/api/src/boot.ts) closes the database, then exits; Next's
  // handler would exit as soon as its HTTP server closed, cutting the database close short.
  NEXT_MANUAL_SIG_HANDLE: "true",
};
const child = spawn(process.execPath, [nextBin, "start", "--port", port], { stdio: "inherit", env });
// Forward stop signals so the server can close the embedded database before it exits.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
