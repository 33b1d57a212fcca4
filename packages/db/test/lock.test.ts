import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
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

/** The pid the lock file names (it is followed by a token of the owner's). */
const lockOwner = () => readFileSync(lockFile, "utf8").split(" ")[0];

/** The pid of a process that has ended. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (!pid) throw new Error("could not start a process");
  return pid;
}

describe("acquireDataDirLock", () => {
  it("writes this process's pid beside the data folder and removes it on release", () => {
    const release = acquireDataDirLock(dataDir);
    expect(lockOwner()).toBe(String(process.pid));
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
    expect(lockOwner()).toBe(String(process.pid));
    release();
  });

  it("takes over its own lock, and an unreadable one", () => {
    writeFileSync(lockFile, String(process.pid));
    acquireDataDirLock(dataDir)();
    writeFileSync(lockFile, "not a pid");
    const release = acquireDataDirLock(dataDir);
    expect(lockOwner()).toBe(String(process.pid));
    release();
  });

  it("clears a takeover left half-done by a process that died", () => {
    const stale = String(deadPid());
    writeFileSync(lockFile, stale);
    // The guard a taker-over creates before it removes a stale lock, left behind by its crash.
    const guard = `${lockFile}.takeover-${createHash("sha256").update(stale).digest("hex").slice(0, 16)}`;
    writeFileSync(guard, `${deadPid()} 0`);
    const release = acquireDataDirLock(dataDir);
    expect(lockOwner()).toBe(String(process.pid));
    expect(existsSync(guard)).toBe(false);
    release();
    expect(readdirSync(root)).toEqual([]);
  });

  it("gives up, leaving the stale lock, while a live process's takeover of it never ends", () => {
    const stale = String(deadPid());
    writeFileSync(lockFile, stale);
    const guard = `${lockFile}.takeover-${createHash("sha256").update(stale).digest("hex").slice(0, 16)}`;
    writeFileSync(guard, `${process.ppid} 0`);
    // The live taker-over never finishes here: this process keeps waiting for it, then gives up.
    expect(() => acquireDataDirLock(dataDir)).toThrow(/other processes keep taking it/);
    expect(readFileSync(lockFile, "utf8")).toBe(stale);
  });

  it("on release, leaves a lock that is no longer its own", () => {
    const release = acquireDataDirLock(dataDir);
    writeFileSync(lockFile, `${process.ppid} someone-else`);
    release();
    expect(readFileSync(lockFile, "utf8")).toBe(`${process.ppid} someone-else`);
  });
});

const CONTENDER = resolve(import.meta.dirname, "fixtures", "lock-contender.ts");

/** A process running test/fixtures/lock-contender.ts, and the lines it printed, awaited one by one. */
function contender(dir: string) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", CONTENDER, dir], {
    cwd: resolve(import.meta.dirname, ".."),
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  if (!child.stdout) throw new Error("no stdout");
  createInterface({ input: child.stdout }).on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  return {
    pid: child.pid,
    send: (command: string) => child.stdin?.write(`${command}\n`),
    next: () =>
      new Promise<string>((done) => {
        const line = lines.shift();
        if (line !== undefined) done(line);
        else waiting.push(done);
      }),
    stop: () =>
      new Promise<void>((done) => {
        child.on("exit", () => done());
        child.stdin?.end();
      }),
  };
}

describe("taking over a stale lock from several processes at once", () => {
  it("leaves exactly one owner, round after round", { timeout: 180_000 }, async () => {
    const contenders = Array.from({ length: 6 }, () => contender(dataDir));
    const dead = deadPid();
    try {
      for (let round = 0; round < 15; round++) {
        writeFileSync(lockFile, String(dead));
        // Every contender has started and answers before the round begins.
        const at = Date.now() + (round === 0 ? 8_000 : 300);
        for (const c of contenders) c.send(`go ${round} ${at}`);
        const outcomes = await Promise.all(contenders.map((c) => c.next()));
        const winners = outcomes.flatMap((o, i) => (o === `${round} WON` ? [i] : []));
        expect(outcomes.filter((o) => o === `${round} REFUSED`)).toHaveLength(contenders.length - 1);
        expect(winners).toHaveLength(1);
        const winner = contenders[winners[0] ?? -1];
        if (!winner) throw new Error("no winner");
        expect(lockOwner()).toBe(String(winner.pid));
        winner.send(`crash ${dead}`);
        expect(await winner.next()).toBe("CRASHED");
      }
    } finally {
      await Promise.all(contenders.map((c) => c.stop()));
    }
  });
});
