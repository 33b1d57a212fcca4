import type { Executor } from "@kelias/db";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";

/**
 * Thrown when a write names a version someone else has since replaced. Thrown inside a transaction
 * it rolls the whole change back; the procedure middleware (see `trpc.ts`) audits the refusal and
 * answers CONFLICT `stale_version`, so no handler maps it by hand.
 */
export class StaleVersion extends Error {
  /** The record the refusal is audited against, when the thrower knows it better than the input. */
  target?: { entityType: string; entityId: string };
  constructor() {
    super("stale_version");
    this.name = "StaleVersion";
  }
}

/** A table whose rows carry an id and a version (see `version()` in the schema's columns). */
type Versioned = PgTable & { id: PgColumn; version: PgColumn };

/**
 * The one optimistic-concurrency write: sets `set` on the row `id` only while it still has `version`,
 * and bumps the version (and `updatedAt` where the table has one). Returns the new version; throws
 * `StaleVersion` when the row moved on (or does not exist), having written nothing.
 */
export async function claimVersion<T extends Versioned>(
  executor: Executor,
  table: T,
  id: string,
  version: number,
  set: PgUpdateSetSource<T> = {},
): Promise<number> {
  const stamp = "updatedAt" in table ? { updatedAt: new Date() } : {};
  const [claimed] = await executor
    .update(table as PgTable)
    .set({ ...stamp, ...set, version: sql`${table.version} + 1` } as PgUpdateSetSource<PgTable>)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning({ version: table.version });
  if (!claimed) throw new StaleVersion();
  return claimed.version as number;
}

/** For checks made before any write (a version read earlier no longer matches): the same refusal. */
export function requireVersion(current: number, expected: number): void {
  if (current !== expected) throw new StaleVersion();
}
