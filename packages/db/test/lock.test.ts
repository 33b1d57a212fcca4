import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "../src/lock";

let root: string;
let dataDir: string;
let lockFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "kelias-lock-"));
  dataDir = join(root, "pglite");
  lockFile = `${dataDir}.lock`;
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (!pid) throw new Error("could not start a process");
  return pid;
}

describe("acquireDataDirLock", () => {
  it("writes this process's pid beside the data folder and removes it on release", () => {
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("names the same lock file with or without a trailing slash", () => {
    const release = acquireDataDirLock(`${dataDir}/`);
    expect(existsSync(lockFile)).toBe(true);
    release();
  });

  it("refuses while the process named in the lock is alive", () => {
    const alive = process.ppid;
    writeFileSync(lockFile, String(alive));
    expect(() => acquireDataDirLock(dataDir)).toThrow(
      `The embedded database in ${dataDir} is already open in process ${alive}. Stop it first.`,
    );
    expect(readFileSync(lockFile, "utf8")).toBe(String(alive));
  });

  it("takes over a lock left by a process that has ended", () => {
    writeFileSync(lockFile, String(deadPid()));
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
  });

  it("takes over its own lock, and an unreadable one", () => {
    writeFileSync(lockFile, String(process.pid));
    acquireDataDirLock(dataDir)();
    writeFileSync(lockFile, "not a pid");
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    release();
  });
});
