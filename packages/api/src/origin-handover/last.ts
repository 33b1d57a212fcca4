import { caseOriginHandovers, type Executor } from "@kelias/db";
import { desc, eq } from "drizzle-orm";

/** The case's latest handover to the office in the country of origin, for the case's header; null when none. */
export async function lastOriginHandover(db: Executor, caseId: string) {
  const [last] = await db
    .select({
      id: caseOriginHandovers.id,
      officeName: caseOriginHandovers.officeName,
      officeCountry: caseOriginHandovers.officeCountry,
      handedOverOn: caseOriginHandovers.handedOverOn,
    })
    .from(caseOriginHandovers)
    .where(eq(caseOriginHandovers.caseId, caseId))
    .orderBy(desc(caseOriginHandovers.createdAt))
    .limit(1);
  return last ?? null;
}
