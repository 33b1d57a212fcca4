import { createHash, randomUUID } from "node:crypto";
import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Folders this process has open: a second open in the same process is refused too. */
const openHere = new Set<string>();

function refuse(dataDir: string, pid: number): never {
  throw new Error(`The embedded database in ${dataDir} is already open in process ${pid}. Stop it first.`);
}

/** What this process writes into the files it creates: its pid, then a token no other file has. */
const token = () => `${process.pid} ${randomUUID()}`;

const ownerOf = (content: string) => Number.parseInt(content, 10);

/** A lock whose owner has ended, or is this process (which would have it in `openHere`). */
function isStale(content: string): boolean {
  const owner = ownerOf(content);
  return !owner || owner === process.pid || !isAlive(owner);
}

/** The file's content, or undefined when there is no such file. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Creates `path` with `content` unless it exists, atomically: the content is written to a file of
 * this process's own and linked into place, so that no reader ever sees the file half-written.
 */
function createExclusive(path: string, content: string): boolean {
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, content, { flag: "wx" });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes the lock file at `path` if it still holds `stale`. Two processes that both found the
 * same stale lock must not both remove it: the second would remove the lock the first has since
 * created. So removing needs a guard file named after the stale content, which one process at a
 * time creates; its holder re-reads the lock before removing it. Nobody else removes a lock with
 * that content, and nobody creates one while it exists, so the content cannot change in between.
 * A guard left by a process that died half-way is stale itself, and removed the same way.
 * Returns false when another live process holds the guard (it is taking the lock over).
 */
function removeStale(path: string, stale: string): boolean {
  const guard = `${path}.takeover-${createHash("sha256").update(stale).digest("hex").slice(0, 16)}`;
  if (!createExclusive(guard, token())) {
    const holder = read(guard);
    if (holder === undefined) return true;
    if (!isStale(holder)) return false;
    return removeStale(guard, holder);
  }
  try {
    if (read(path) === stale) rmSync(path);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * PGlite is single-process: two openers of one data folder corrupt it. A lock file beside the folder
 * holds the owner's pid; it is created atomically, refused while its owner lives, and taken over
 * after a crash (the owner's pid is gone) by exactly one process, however many try at once.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const file = `${dir.replace(/[\\/]+$/, "")}.lock`;
  if (openHere.has(dir)) refuse(dataDir, process.pid);
  const mine = token();
  for (let attempt = 0; !createExclusive(file, mine); attempt++) {
    if (attempt === 200) throw new Error(`Could not take the lock ${file}: other processes keep taking it.`);
    const holder = read(file);
    if (holder === undefined) continue;
    if (!isStale(holder)) refuse(dataDir, ownerOf(holder));
    // Another process is taking the stale lock over: look again in a moment.
    if (!removeStale(file, holder)) Atomics.wait(pause, 0, 0, 5);
  }
  openHere.add(dir);
  return () => {
    openHere.delete(dir);
    // Only our own lock: never one that another process has (wrongly) taken over since.
    if (read(file) === mine) rmSync(file, { force: true });
  };
}
