import { type Executor, identificationDecisions } from "@kelias/db";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

/** The latest proposal of the case that no decision names yet. */
export async function pendingProposal(db: Executor, caseId: string) {
  const decision = alias(identificationDecisions, "decision");
  const [row] = await db
    .select({ proposal: identificationDecisions })
    .from(identificationDecisions)
    .leftJoin(
      decision,
      and(eq(decision.proposalId, identificationDecisions.id), eq(decision.kind, "decision")),
    )
    .where(
      and(
        eq(identificationDecisions.caseId, caseId),
        eq(identificationDecisions.kind, "proposal"),
        isNull(decision.id),
      ),
    )
    .orderBy(desc(identificationDecisions.at))
    .limit(1);
  return row?.proposal ?? null;
}
