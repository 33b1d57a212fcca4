import { monitoringVisits } from "@kelias/db";
import { monitoringVisitEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion } from "../../../../concurrency";
import { requireAfterArrival } from "./check";
import { visitColumns } from "./columns";

/** Corrects a monitoring contact against the version that was read. */
export const edit = caseProcedure("case.reintegration.write", monitoringVisitEditInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    const target = caseTarget(caseRow.id);
    const [current] = await ctx.db
      .select({ id: monitoringVisits.id })
      .from(monitoringVisits)
      .where(and(eq(monitoringVisits.id, input.visitId), eq(monitoringVisits.caseId, caseRow.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    await requireAfterArrival(ctx, caseRow.id, input.date);
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, monitoringVisits, current.id, input.version, {
        ...visitColumns(input),
        updatedBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "case.monitoring.visit.edit", target, { visitId: current.id, version });
      return { id: current.id, version };
    });
  },
);
