import { randomUUID } from "node:crypto";
import { caseServices } from "@kelias/db";
import { changedFields, serviceEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { requireOfferedServiceType } from "../../../case-record/offered-service-type";
import { serviceColumns } from "../../../case-record/service-columns";
import { claimVersion } from "../../../concurrency";
import { recordFieldChanges } from "../../../field-history";

/** The columns of a service its history follows (all that the edit form sets). */
const tracked = {
  type: caseServices.type,
  provider: caseServices.provider,
  deliveredOn: caseServices.deliveredOn,
  quantity: caseServices.quantity,
  cost: caseServices.cost,
  currency: caseServices.currency,
  note: caseServices.note,
};

/**
 * Edits a service against the version that was read. A service may keep a type that has since
 * been retired; a changed type must be one the reference data offers. Each changed field is kept in
 * the service's history with its value before and after.
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
    // The values the change replaces, locked until it is written.
    const [before] = await tx
      .select(tracked)
      .from(caseServices)
      .where(eq(caseServices.id, current.id))
      .for("update");
    const columns = serviceColumns(input);
    const version = await claimVersion(tx, caseServices, current.id, input.version, {
      ...columns,
      updatedBy: ctx.user.id,
    });
    const changeId = randomUUID();
    await recordFieldChanges(
      tx,
      {
        changeId,
        actorId: ctx.user.id,
        record: "service",
        owner: { caseId: caseRow.id },
        recordKey: current.id,
        category: null,
      },
      // The amount as the database keeps it (two decimals), so "12.5" over "12.50" is no change.
      changedFields(before ?? {}, {
        ...columns,
        cost: columns.cost == null ? null : Number(columns.cost).toFixed(2),
        currency: columns.currency ?? null,
      }),
    );
    await recordAllowed(tx, ctx, "case.service.edit", target, {
      serviceId: current.id,
      type: input.type,
      version,
      changeId,
    });
    return { id: current.id, version };
  });
});
