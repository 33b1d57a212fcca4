import type { Executor } from "@kelias/db";
import { recordReferenceVersion } from "../reference-history";
import { loadServiceType } from "./columns";

/**
 * Keeps the service type as the change left it in the reference-data history: everything but its
 * id and version, which the history keeps beside the snapshot.
 */
export async function recordServiceTypeVersion(
  tx: Executor,
  serviceTypeId: string,
  changedBy: string,
  changedAt: Date,
): Promise<void> {
  const row = await loadServiceType(tx, serviceTypeId);
  if (!row) throw new Error("service type vanished in its own transaction");
  const { id: _id, version, ...snapshot } = row;
  await recordReferenceVersion(tx, {
    kind: "service_type",
    entityId: serviceTypeId,
    version,
    snapshot,
    changedBy,
    changedAt,
  });
}
