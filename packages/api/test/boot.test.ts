import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type DatabaseHandle, DEMO_ACCOUNTS, openDatabase } from "@kelias/db";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";

/** Each test starts Node processes that load the API, which takes a while on a busy machine. */
const SLOW = { timeout: 120_000 };

const PACKAGE_DIR = resolve(import.meta.dirname, "..");
const CHILD = join(PACKAGE_DIR, "test", "fixtures", "boot-child.ts");
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts an instance (test/fixtures/boot-child.ts) with only these database variables set. */
function startInstance(env: Record<string, string>): Promise<Outcome> {
  const base = { ...process.env };
  for (const name of ["DATABASE_URL", "PGLITE_DATA_DIR", "DEMO_MODE", "DEMO_PEOPLE"]) delete base[name];
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    cwd: PACKAGE_DIR,
    env: { ...base, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((done) => child.on("exit", (code) => done({ code, stdout, stderr })));
}

describe.runIf(inject("databaseKind") === "postgres")("instances starting on one Postgres database", () => {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const created: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };

  afterAll(async () => {
    for (const name of created) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it("start together on an empty database: one migrates and loads the demo, both serve", SLOW, async () => {
    const name = `kelias_test_${randomBytes(6).toString("hex")}`;
    await admin.unsafe(`create database "${name}"`);
    created.push(name);
    const env = { DATABASE_URL: urlOf(name), DEMO_MODE: "true", DEMO_PEOPLE: "2" };
    const outcomes = await Promise.all([startInstance(env), startInstance(env)]);
    for (const outcome of outcomes) {
      expect(outcome, outcome.stderr).toMatchObject({ code: 0 });
      expect(outcome.stdout).toContain(`HEALTH {"ok":true,"database":"postgres"}`);
    }
    expect(outcomes.filter((o) => o.stdout.includes("Demo data loaded")).length).toBe(1);
    const db = postgres(urlOf(name), { max: 1, onnotice: () => {} });
    try {
      const [users] = await db`select count(*)::int as n from users`;
      expect(users?.n).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await db.end();
    }
  });

  it("exits with status 1 and says why when the database cannot be reached", SLOW, async () => {
    const name = `kelias_missing_${randomBytes(6).toString("hex")}`;
    const outcome = await startInstance({ DATABASE_URL: urlOf(name) });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("Start-up failed, so the server stops:");
    expect(outcome.stderr).toContain(`database "${name}" does not exist`);
    expect(outcome.stdout).not.toContain("HEALTH");
  });
});

describe.runIf(inject("databaseKind") === "pglite")("an instance on an embedded database", () => {
  let root: string | undefined;
  let holder: DatabaseHandle | undefined;

  afterAll(async () => {
    await holder?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("exits with status 1 when its data folder is open in another process", SLOW, async () => {
    root = mkdtempSync(join(tmpdir(), "kelias-boot-"));
    const dataDir = join(root, "pglite");
    holder = await openDatabase({ kind: "embedded", dataDir });
    const outcome = await startInstance({ PGLITE_DATA_DIR: dataDir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      `Start-up failed, so the server stops: The embedded database in ${dataDir} is already open in process ${process.pid}.`,
    );
    expect(outcome.stdout).not.toContain("HEALTH");
  });
});
