import { caseTravel, type Executor } from "@kelias/db";
import { claimVersion, StaleVersion } from "../concurrency";

type TravelColumns = Omit<Partial<typeof caseTravel.$inferInsert>, "caseId" | "version" | "updatedBy">;

/**
 * Writes the case's travel row against the version that was read: null when none was read (the
 * first write makes the row; if someone made it meanwhile, the write is stale like any other).
 */
export async function writeTravelRow(
  tx: Executor,
  caseId: string,
  version: number | null,
  set: TravelColumns,
  userId: string,
): Promise<number> {
  if (version === null) {
    const [row] = await tx
      .insert(caseTravel)
      .values({ caseId, ...set, updatedBy: userId })
      .onConflictDoNothing()
      .returning({ version: caseTravel.version });
    if (!row) throw new StaleVersion();
    return row.version;
  }
  return claimVersion(tx, caseTravel, caseId, version, { ...set, updatedBy: userId });
}
