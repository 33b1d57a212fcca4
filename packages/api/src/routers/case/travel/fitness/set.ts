import { travelFitnessSetInput } from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { writeTravelRow } from "../../../../travel/write-row";

/** Records fitness to travel: the medical clearance (when, by whom) and the escort needed. */
export const set = caseProcedure("case.travel.write", travelFitnessSetInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    return ctx.db.transaction(async (tx) => {
      const version = await writeTravelRow(
        tx,
        row.id,
        input.version,
        {
          medicalClearance: input.medicalClearance,
          clearanceDate: input.clearanceDate,
          clearedBy: input.clearedBy,
          escortNeeded: input.escortNeeded,
        },
        ctx.user.id,
      );
      await recordAllowed(tx, ctx, "case.travel.fitness.set", caseTarget(row.id), {
        medicalClearance: input.medicalClearance,
        escortNeeded: input.escortNeeded,
        version,
      });
      return { id: row.id, version };
    });
  },
);
