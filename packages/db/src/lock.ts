import { readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * PGlite is single-process: two openers of one data folder corrupt it. A lock file beside the folder
 * holds the owner's pid; it is created exclusively, refused while its owner lives, and taken over
 * after a crash (the owner's pid is gone).
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const file = `${dir.replace(/[\\/]+$/, "")}.lock`;
  if (openHere.has(dir)) refuse(dataDir, process.pid);
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number.parseInt(readFileSync(file, "utf8"), 10);
    if (holder && holder !== process.pid && isAlive(holder)) refuse(dataDir, holder);
    // A stale lock from a process that died: take it over.
    rmSync(file, { force: true });
    writeFileSync(file, String(process.pid), { flag: "wx" });
  }
  openHere.add(dir);
  return () => {
    openHere.delete(dir);
    rmSync(file, { force: true });
  };
}
