import { caseWorkflowTasks, monitoringVisits } from "@kelias/db";
import { monitoringTaskKind, monitoringVisitRecordInput } from "@kelias/domain";
import { and, eq, isNull } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { authoredBy } from "../../../../authorship";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { writeOnce } from "../../../../idempotency";
import { requireAfterArrival } from "./check";
import { visitColumns } from "./columns";

/**
 * Records a monitoring visit or call with its outcome (situation, concerns, follow-up, notes),
 * for a point of the schedule or as an extra contact. A contact for a point ticks the AVRR arrival's
 * task for that point (`monitoring_3_months` …) when it is still open, in the same transaction.
 */
export const record = caseProcedure("case.reintegration.write", monitoringVisitRecordInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    await requireAfterArrival(ctx, caseRow.id, input.date);
    return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      const [visit] = await tx
        .insert(monitoringVisits)
        .values({ caseId: caseRow.id, ...visitColumns(input), ...authoredBy(ctx.user.id, new Date()) })
        .returning({ id: monitoringVisits.id, version: monitoringVisits.version });
      if (!visit) throw new Error("visit insert returned nothing");
      const kind = monitoringTaskKind(input.pointMonths);
      const ticked = kind
        ? await tx
            .update(caseWorkflowTasks)
            .set({ doneAt: new Date(), doneBy: ctx.user.id })
            .where(
              and(
                eq(caseWorkflowTasks.caseId, caseRow.id),
                eq(caseWorkflowTasks.kind, kind),
                isNull(caseWorkflowTasks.doneAt),
              ),
            )
            .returning({ id: caseWorkflowTasks.id })
        : [];
      await recordAllowed(tx, ctx, "case.monitoring.visit.record", caseTarget(caseRow.id), {
        visitId: visit.id,
        mode: input.mode,
        pointMonths: input.pointMonths,
        followUpNeeded: input.followUpNeeded,
        tasksDone: ticked.map((task) => task.id),
      });
      return visit;
    });
  },
);
