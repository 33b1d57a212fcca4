import type { Cursor } from "@kelias/domain";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * The sort key as the cursor's text. It keeps the database's microseconds: a JavaScript Date would
 * round them away, and the next page would then repeat or skip rows.
 */
export function cursorText(column: AnyColumn): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Rows strictly past the cursor in the walking direction, on (sort key, id). */
export function pastCursor(column: AnyColumn, id: AnyColumn, cursor: Cursor, descending: boolean): SQL {
  return descending
    ? sql`(${column}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
    : sql`(${column}, ${id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}
