import { caseReference, type Programme } from "@kelias/domain";
import { sql } from "drizzle-orm";
import type { Executor } from "./audit";
import { caseReferenceCounters } from "./schema";

/** Hands out the next human-readable reference atomically (safe under concurrent case creation). */
export async function nextCaseReference(
  executor: Executor,
  programme: Programme,
  year: number,
): Promise<string> {
  const [row] = await executor
    .insert(caseReferenceCounters)
    .values({ programme, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseReferenceCounters.programme, caseReferenceCounters.year],
      set: { last: sql`${caseReferenceCounters.last} + 1` },
    })
    .returning({ last: caseReferenceCounters.last });
  if (!row) throw new Error("case reference counter did not return a value");
  return caseReference(programme, year, row.last);
}
