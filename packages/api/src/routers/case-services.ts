import { caseServices, serviceTypes } from "@kelias/db";
import { type Programme, serviceAddInput, serviceEditInput } from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { refuseField } from "../field-refusal";
import { writeOnce } from "../idempotency";
import { type AuthedContext, authedProcedure } from "../trpc";
import { auditChange, caseTarget } from "./case-record";

/**
 * A service is recorded with a type the service-type reference data offers: active, and for the
 * case's programme. A service keeps the type it was recorded with even once that type is retired.
 */
async function checkServiceType(
  ctx: AuthedContext,
  action: string,
  caseRow: { id: string; programme: Programme },
  code: string,
  keeping: string | null,
): Promise<void> {
  if (code === keeping) return;
  const [type] = await ctx.db
    .select({ active: serviceTypes.active, programmes: serviceTypes.programmes })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, code))
    .limit(1);
  const offered =
    type?.active && (type.programmes.length === 0 || type.programmes.includes(caseRow.programme));
  if (!offered) {
    await refuseField(ctx, action, caseTarget(caseRow.id), "type", "unknown_service_type");
  }
}

/** Services delivered to the person: type, provider, date, quantity, cost and currency. */
export const caseServiceProcedures = {
  addService: authedProcedure
    .meta({ action: "case.update" })
    .input(serviceAddInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      await checkServiceType(ctx, "case.service.add", row, input.type, null);
      return writeOnce(ctx, { procedure: "case.addService", input }, async (tx) => {
        const now = new Date();
        const [service] = await tx
          .insert(caseServices)
          .values({
            caseId: row.id,
            type: input.type,
            provider: input.provider,
            deliveredOn: input.deliveredOn,
            quantity: input.quantity,
            cost: input.cost,
            currency: input.currency,
            note: input.note,
            createdBy: ctx.user.id,
            createdAt: now,
            updatedBy: ctx.user.id,
            updatedAt: now,
          })
          .returning({ id: caseServices.id, version: caseServices.version });
        if (!service) throw new Error("service insert returned nothing");
        await auditChange(tx, ctx, row.id, "case.service.add", { serviceId: service.id, type: input.type });
        return service;
      });
    }),

  editService: authedProcedure
    .meta({ action: "case.update" })
    .input(serviceEditInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const [current] = await ctx.db
        .select({ id: caseServices.id, version: caseServices.version, type: caseServices.type })
        .from(caseServices)
        .where(and(eq(caseServices.id, input.serviceId), eq(caseServices.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, "case.service.edit", "NOT_FOUND", target);
      await checkServiceType(ctx, "case.service.edit", row, input.type, current.type);
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(caseServices)
          .set({
            type: input.type,
            provider: input.provider,
            deliveredOn: input.deliveredOn,
            quantity: input.quantity,
            cost: input.cost,
            currency: input.currency,
            note: input.note,
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
            version: sql`${caseServices.version} + 1`,
          })
          .where(and(eq(caseServices.id, current.id), eq(caseServices.version, input.version)))
          .returning({ id: caseServices.id, version: caseServices.version });
        if (!updated) return STALE;
        await auditChange(tx, ctx, row.id, "case.service.edit", {
          serviceId: current.id,
          type: input.type,
          version: updated.version,
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "case.service.edit", target);
      return result;
    }),
};
