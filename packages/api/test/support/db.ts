import { type Database, openDatabase } from "@kelias/db";
import { afterAll, beforeAll, inject } from "vitest";

export interface TestDatabase {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/**
 * The database this run tests against, chosen by the vitest config: the run's Postgres database
 * (created and migrated by the global setup, shared by the test files), or an in-memory PGlite
 * for this test file alone, loaded from the run's migrated snapshot (see pglite-setup.ts).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const kind = inject("databaseKind");
  if (kind === "postgres") {
    const url = inject("databaseUrl");
    if (!url) throw new Error("no databaseUrl: run with vitest.config.ts, whose global setup creates it");
    const handle = await openDatabase({ kind: "postgres", url, maxConnections: 5 });
    return { db: handle.db, kind, close: () => handle.close() };
  }
  if (kind === "pglite") {
    const snapshot = inject("pgliteSnapshot");
    if (!snapshot)
      throw new Error("no pgliteSnapshot: run with vitest.pglite.config.ts, whose global setup writes it");
    const handle = await openDatabase({ kind: "embedded", dataDir: undefined, snapshot });
    return { db: handle.db, kind, close: () => handle.close() };
  }
  throw new Error(`unknown databaseKind ${String(kind)}`);
}

/**
 * The test file's database: opened before its first hook and test, closed after its last. Read
 * `t.db` inside hooks and tests only; before the file's tests start there is none yet.
 */
export function useTestDatabase(): Readonly<TestDatabase> {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase();
  });
  afterAll(() => opened?.close());
  const current = () => {
    if (!opened) throw new Error("the test database is read before it was opened");
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get kind() {
      return current().kind;
    },
    close: () => current().close(),
  };
}
