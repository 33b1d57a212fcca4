import { caseTravelLegs } from "@kelias/db";
import { travelLegEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion } from "../../../../concurrency";

/** Corrects a flight of the itinerary against the version that was read. */
export const edit = caseProcedure("case.travel.write", travelLegEditInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    const [current] = await ctx.db
      .select({ id: caseTravelLegs.id })
      .from(caseTravelLegs)
      .where(and(eq(caseTravelLegs.id, input.legId), eq(caseTravelLegs.caseId, row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const { caseId: _caseId, legId: _legId, version: read, ...columns } = input;
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseTravelLegs, current.id, read, {
        ...columns,
        updatedBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "case.travel.leg.edit", target, { legId: current.id, version });
      return { id: current.id, version };
    });
  },
);
