import { readFileSync, rmSync, writeFileSync } from "node:fs";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is single-process: two processes opening one data folder corrupt it. A lock file holding
 * the owner's pid refuses a second opener while the first is alive, and is taken over after a crash.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = `${dataDir.replace(/[\\/]+$/, "")}.lock`;
  let holder: number | undefined;
  try {
    holder = Number.parseInt(readFileSync(file, "utf8"), 10);
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(`The embedded database in ${dataDir} is already open in process ${holder}. Stop it first.`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
