import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The workspace root, found by walking up from the working directory. Paths are resolved from it
 * rather than from this file because the web app runs this code from a bundle in another folder.
 */
export function workspaceRoot(from = process.cwd()): string {
  let dir = resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
}

export function migrationsFolder(): string {
  return join(workspaceRoot(), "packages", "db", "drizzle");
}

export function defaultDataDir(): string {
  return join(workspaceRoot(), ".data", "pglite");
}
