import { identificationDecisions, users } from "@kelias/db";
import { identificationHistoryInput } from "@kelias/domain";
import { desc, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { requireScreeningAccess } from "../../identification/screening-access";

function decisionView(row: typeof identificationDecisions.$inferSelect, names: Map<string, string>) {
  return {
    id: row.id,
    kind: row.kind,
    proposalId: row.proposalId,
    outcome: row.outcome,
    status: row.status,
    decidingOrganisation: row.decidingOrganisation,
    reason: row.reason,
    screeningVersion: row.screeningVersion,
    indicatorCatalogueId: row.indicatorCatalogueId,
    assessment: row.assessment,
    actorId: row.actorId,
    actorName: names.get(row.actorId) ?? "",
    at: row.at,
  };
}

/** Every proposal and decision on the case, newest first, each with its assessment snapshot. */
export const history = caseProcedure("case.read", identificationHistoryInput).query(async ({ ctx }) => {
  const { row } = ctx.case;
  await requireScreeningAccess(ctx, ctx.case, "case.field.read");
  const rows = await ctx.db
    .select({ decision: identificationDecisions, actorName: users.name })
    .from(identificationDecisions)
    .innerJoin(users, eq(users.id, identificationDecisions.actorId))
    .where(eq(identificationDecisions.caseId, row.id))
    .orderBy(desc(identificationDecisions.at), desc(identificationDecisions.kind));
  await recordAllowed(ctx.db, ctx, "identification.history.read", caseTarget(row.id), {});
  const names = new Map(rows.map((r) => [r.decision.actorId, r.actorName]));
  return rows.map((r) => decisionView(r.decision, names));
});
