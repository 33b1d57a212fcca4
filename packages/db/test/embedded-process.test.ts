import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/client";

const PACKAGE_DIR = resolve(import.meta.dirname, "..");
const FIXTURE = join(PACKAGE_DIR, "test", "fixtures", "embedded-child.ts");

interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line matching, rejects if the process ends first. */
  line(pattern: RegExp): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function startChild(dataDir: string, mode: "hold" | "check", marker: string): Child {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir, mode, marker], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const completeLines = () => stdout.split("\n").slice(0, -1);
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const line of completeLines()) {
      for (const w of [...waiting]) {
        if (w.pattern.test(line)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (done) => {
      child.on("exit", (code, signal) => done({ code, signal, stderr }));
    },
  );
  return {
    process: child,
    exited,
    line: (pattern) =>
      new Promise<string>((resolveLine, reject) => {
        const existing = completeLines().find((l) => pattern.test(l));
        if (existing !== undefined) return resolveLine(existing);
        waiting.push({ pattern, resolve: resolveLine });
        void exited.then(({ code, signal }) =>
          reject(
            new Error(
              `child ended (code ${code}, signal ${signal}) before ${pattern}:\n${stdout}\n${stderr}`,
            ),
          ),
        );
      }),
  };
}

let root: string;
let dataDir: string;
let holder: Child | undefined;
const MARKER = `crash-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "kelias-embedded-"));
  dataDir = join(root, "pglite");
  holder = startChild(dataDir, "hold", MARKER);
  await holder.line(/^READY \d+$/);
});

afterAll(async () => {
  if (holder && holder.process.exitCode === null && holder.process.signalCode === null) {
    holder.process.kill("SIGKILL");
    await holder.exited;
  }
  rmSync(root, { recursive: true, force: true });
});

describe.sequential("embedded database in separate processes", () => {
  it("refuses a second opener while another process holds the data folder", async () => {
    const pid = holder?.process.pid;
    expect(pid).toBeTypeOf("number");
    expect(readFileSync(`${dataDir}.lock`, "utf8").split(" ")[0]).toBe(String(pid));

    // In this process...
    await expect(openDatabase({ kind: "embedded", dataDir })).rejects.toThrow(
      `The embedded database in ${dataDir} is already open in process ${pid}. Stop it first.`,
    );
    // ...and in another one, which gives up without touching the data.
    const second = startChild(dataDir, "check", MARKER);
    const { code, stderr } = await second.exited;
    expect(code).toBe(2);
    expect(stderr).toContain(`is already open in process ${pid}`);
    expect(readFileSync(`${dataDir}.lock`, "utf8").split(" ")[0]).toBe(String(pid));
  });

  it("keeps committed data after the holder is killed, and the next process takes over the lock", async () => {
    if (!holder) throw new Error("no holder process");
    const pid = holder.process.pid;
    holder.process.kill("SIGKILL");
    expect(await holder.exited).toMatchObject({ signal: "SIGKILL" });
    // The killed process could not clean up: its lock file is left behind, naming a dead process.
    expect(readFileSync(`${dataDir}.lock`, "utf8").split(" ")[0]).toBe(String(pid));

    const reopened = startChild(dataDir, "check", MARKER);
    expect(await reopened.line(/^FOUND /)).toBe("FOUND 1 CHAIN ok ENTRIES 1");
    expect(await reopened.exited).toMatchObject({ code: 0 });
    // A clean close releases the lock.
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
