import { caseTravelLegs } from "@kelias/db";
import { travelLegAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";

/** Adds a flight to the itinerary. */
export const add = caseProcedure("case.travel.write", travelLegAddInput).mutation(async ({ ctx, input }) => {
  const { row } = ctx.case;
  const { caseId: _caseId, ...columns } = input;
  return ctx.db.transaction(async (tx) => {
    const [leg] = await tx
      .insert(caseTravelLegs)
      .values({ caseId: row.id, ...columns, createdBy: ctx.user.id, updatedBy: ctx.user.id })
      .returning({ id: caseTravelLegs.id, version: caseTravelLegs.version });
    if (!leg) throw new Error("travel leg insert returned nothing");
    await recordAllowed(tx, ctx, "case.travel.leg.add", caseTarget(row.id), { legId: leg.id });
    return leg;
  });
});
