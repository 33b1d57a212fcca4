import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeMigratedSnapshot } from "@kelias/db";
import type { TestProject } from "vitest/node";

/** Migrates one embedded database for the run and leaves its dump for every test file to load. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "kelias-pglite-"));
  const file = join(dir, "migrated.tar");
  await writeMigratedSnapshot(file);
  project.provide("pgliteSnapshot", file);
  return () => rm(dir, { recursive: true, force: true });
}
