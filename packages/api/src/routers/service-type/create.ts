import { serviceTypes } from "@kelias/db";
import { serviceTypeCreateInput } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { authoredBy } from "../../authorship";
import { refuseField } from "../../field-refusal";
import { writeOnce } from "../../idempotency";
import { recordServiceTypeVersion } from "../../service-type/history";
import { authedProcedure } from "../../trpc";

const CODE_TAKEN = Symbol("service type code taken");

/** Adds a service type under a code no other type has (case-insensitively), its first version kept. */
export const create = authedProcedure
  .meta({ action: "reference.manage" })
  .input(serviceTypeCreateInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "service_type" };
    await authorize(ctx, { kind: "reference.manage" }, target);
    const now = new Date();
    const result = await writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      // Checked in the write: a retry of a create that went through replays it instead.
      const [taken] = await tx
        .select({ id: serviceTypes.id })
        .from(serviceTypes)
        .where(eq(sql`lower(${serviceTypes.code})`, input.code.toLowerCase()))
        .limit(1);
      if (taken) return CODE_TAKEN;
      const [created] = await tx
        .insert(serviceTypes)
        .values({
          code: input.code,
          nameEn: input.nameEn,
          nameLt: input.nameLt,
          programmes: input.programmes,
          defaultUnitCost: input.defaultUnitCost,
          currency: input.currency,
          ...authoredBy(ctx.user.id, now),
        })
        .returning({ id: serviceTypes.id, version: serviceTypes.version });
      if (!created) throw new Error("service type insert returned nothing");
      await recordServiceTypeVersion(tx, created.id, ctx.user.id, now);
      await recordAllowed(
        tx,
        ctx,
        "serviceType.create",
        { entityType: "service_type", entityId: created.id },
        { code: input.code, version: created.version },
      );
      return created;
    });
    if (result === CODE_TAKEN) return refuseField(ctx, ctx.action, target, "code", "code_taken");
    return result;
  });
