import type { Executor } from "@kelias/db";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable, type PgUpdateSetSource } from "drizzle-orm/pg-core";

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

/** A table whose rows carry a version (see `version()` in the schema's columns). */
type Versioned = PgTable & { version: PgColumn };

/**
 * The column a row is claimed by: the table's one-column primary key (an `id`, or the country code
 * of the per-country reference rows), so that keyed tables need no surrogate id to be versioned.
 */
function keyOf(table: PgTable): PgColumn {
  const [key, ...more] = getTableConfig(table).columns.filter((column) => column.primary);
  if (!key || more.length > 0) throw new Error(`${getTableConfig(table).name} has no one-column primary key`);
  return key;
}

/**
 * The one optimistic-concurrency write: sets `set` on the row whose primary key is `id` only while
 * it still has `version`, and bumps the version (and `updatedAt` where the table has one). Returns
 * the new version; throws `StaleVersion` when the row moved on (or does not exist), having written
 * nothing.
 */
export function claimVersion<T extends Versioned>(
  executor: Executor,
  table: T,
  id: string | number,
  version: number,
  set: PgUpdateSetSource<T> = {},
): Promise<number> {
  return claimVersionWhere(executor, table, eq(keyOf(table), id), version, set);
}

/** `claimVersion` for a table keyed by something else than an `id` (a case and a category, say). */
export async function claimVersionWhere<T extends Versioned>(
  executor: Executor,
  table: T,
  key: SQL,
  version: number,
  set: PgUpdateSetSource<T> = {},
): Promise<number> {
  const stamp = "updatedAt" in table ? { updatedAt: new Date() } : {};
  const [claimed] = await executor
    .update(table as PgTable)
    .set({ ...stamp, ...set, version: sql`${table.version} + 1` } as PgUpdateSetSource<PgTable>)
    .where(and(key, eq(table.version, version)))
    .returning({ version: table.version });
  if (!claimed) throw new StaleVersion();
  return claimed.version as number;
}

/** For checks made before any write (a version read earlier no longer matches): the same refusal. */
export function requireVersion(current: number, expected: number): void {
  if (current !== expected) throw new StaleVersion();
}
