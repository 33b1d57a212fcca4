import { type Executor, type ReferenceKind, referenceHistory } from "@kelias/db";

/**
 * Keeps a version of a reference record: what it looked like after a change, who made it and
 * when. Called in the transaction of the change, so the history has every version and no other.
 */
export async function recordReferenceVersion(
  tx: Executor,
  entry: {
    kind: ReferenceKind;
    entityId: string;
    version: number;
    snapshot: Record<string, unknown>;
    change?: Record<string, unknown>;
    changedBy: string;
    changedAt: Date;
  },
): Promise<void> {
  await tx.insert(referenceHistory).values({ ...entry, change: entry.change ?? {} });
}
