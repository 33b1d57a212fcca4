import { type Executor, partners } from "@kelias/db";
import { eq } from "drizzle-orm";
import { recordReferenceVersion } from "../reference-history";
import { partnerColumns } from "./columns";

/** Keeps the partner as the change left it in the reference-data history. */
export async function recordPartnerVersion(
  tx: Executor,
  partnerId: string,
  changedBy: string,
  changedAt: Date,
): Promise<void> {
  const [row] = await tx.select(partnerColumns).from(partners).where(eq(partners.id, partnerId)).limit(1);
  if (!row) throw new Error("partner vanished in its own transaction");
  const { version, ...snapshot } = row;
  await recordReferenceVersion(tx, {
    kind: "partner",
    entityId: partnerId,
    version,
    snapshot,
    changedBy,
    changedAt,
  });
}
