import { reintegrationPlans } from "@kelias/db";
import { reintegrationPlanSaveInput } from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { authoredBy } from "../../../../authorship";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion, StaleVersion } from "../../../../concurrency";

/**
 * Saves the plan's objective in each dimension: the first save (version null) creates the plan, a
 * later one names the version it read. A first save racing another is stale, never a second plan.
 */
export const save = caseProcedure("case.reintegration.write", reintegrationPlanSaveInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    const columns = {
      economicObjective: input.economicObjective,
      socialObjective: input.socialObjective,
      psychosocialObjective: input.psychosocialObjective,
    };
    return ctx.db.transaction(async (tx) => {
      let version: number;
      if (input.version === null) {
        const [created] = await tx
          .insert(reintegrationPlans)
          .values({ caseId: caseRow.id, ...columns, ...authoredBy(ctx.user.id, new Date()) })
          .onConflictDoNothing()
          .returning({ version: reintegrationPlans.version });
        if (!created) throw new StaleVersion();
        version = created.version;
      } else {
        version = await claimVersion(tx, reintegrationPlans, caseRow.id, input.version, {
          ...columns,
          updatedBy: ctx.user.id,
        });
      }
      await recordAllowed(tx, ctx, "case.reintegration.plan.save", caseTarget(caseRow.id), { version });
      return { version };
    });
  },
);
