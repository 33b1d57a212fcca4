import { reintegrationSupport } from "@kelias/db";
import { supportAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { authoredBy } from "../../../../authorship";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { writeOnce } from "../../../../idempotency";
import { supportColumns } from "./columns";

/** Adds a support item to the plan: a dimension, in kind or cash, its amount, status and dates. */
export const add = caseProcedure("case.reintegration.write", supportAddInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      const [item] = await tx
        .insert(reintegrationSupport)
        .values({ caseId: caseRow.id, ...supportColumns(input), ...authoredBy(ctx.user.id, new Date()) })
        .returning({ id: reintegrationSupport.id, version: reintegrationSupport.version });
      if (!item) throw new Error("support insert returned nothing");
      await recordAllowed(tx, ctx, "case.reintegration.support.add", caseTarget(caseRow.id), {
        itemId: item.id,
        dimension: input.dimension,
        kind: input.kind,
        status: input.status,
      });
      return item;
    });
  },
);
