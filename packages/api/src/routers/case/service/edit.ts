import { caseServices } from "@kelias/db";
import { serviceEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { requireOfferedServiceType } from "../../../case-record/offered-service-type";
import { serviceColumns } from "../../../case-record/service-columns";
import { claimVersion } from "../../../concurrency";

/**
 * Edits a service against the version that was read. A service may keep a type that has since
 * been retired; a changed type must be one the reference data offers.
 */
export const edit = caseProcedure("case.update", serviceEditInput).mutation(async ({ ctx, input }) => {
  const caseRow = ctx.case.row;
  const target = caseTarget(caseRow.id);
  const [current] = await ctx.db
    .select({ id: caseServices.id, type: caseServices.type })
    .from(caseServices)
    .where(and(eq(caseServices.id, input.serviceId), eq(caseServices.caseId, caseRow.id)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  await requireOfferedServiceType(ctx, caseRow, input.type, current.type);
  return ctx.db.transaction(async (tx) => {
    const version = await claimVersion(tx, caseServices, current.id, input.version, {
      ...serviceColumns(input),
      updatedBy: ctx.user.id,
    });
    await recordAllowed(tx, ctx, "case.service.edit", target, {
      serviceId: current.id,
      type: input.type,
      version,
    });
    return { id: current.id, version };
  });
});
