import { monitoringContactProblem } from "@kelias/domain";
import { caseTarget } from "../../../../case-record/audit";
import { refuseField } from "../../../../field-refusal";
import { arrivalDateOf } from "../../../../reintegration/arrival";
import type { ProcedureContext } from "../../../../trpc";

/** A contact is recorded only after the arrival the AVRR workflow recorded (`date` refused otherwise). */
export async function requireAfterArrival(
  ctx: ProcedureContext,
  caseId: string,
  date: string,
): Promise<void> {
  const problem = monitoringContactProblem(await arrivalDateOf(ctx.db, caseId), { date });
  if (problem) await refuseField(ctx, ctx.action, caseTarget(caseId), "date", problem);
}
