import { caseTravelLegs } from "@kelias/db";
import { travelLegRemoveInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { StaleVersion } from "../../../../concurrency";

/** Removes a flight from the itinerary (a cancelled booking), against the version that was read. */
export const remove = caseProcedure("case.travel.write", travelLegRemoveInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    const [current] = await ctx.db
      .select({ id: caseTravelLegs.id })
      .from(caseTravelLegs)
      .where(and(eq(caseTravelLegs.id, input.legId), eq(caseTravelLegs.caseId, row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    return ctx.db.transaction(async (tx) => {
      const removed = await tx
        .delete(caseTravelLegs)
        .where(and(eq(caseTravelLegs.id, current.id), eq(caseTravelLegs.version, input.version)))
        .returning({ id: caseTravelLegs.id });
      if (removed.length === 0) throw new StaleVersion();
      await recordAllowed(tx, ctx, "case.travel.leg.remove", target, { legId: current.id });
      return { id: current.id };
    });
  },
);
