import { caseWorkflowFacts, type Executor } from "@kelias/db";
import { eq } from "drizzle-orm";

/** The arrival date the AVRR workflow recorded for the case (the "arrived" step's guard fact). */
export async function arrivalDateOf(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ arrivalDate: caseWorkflowFacts.arrivalDate })
    .from(caseWorkflowFacts)
    .where(eq(caseWorkflowFacts.caseId, caseId))
    .limit(1);
  return row?.arrivalDate ?? null;
}
