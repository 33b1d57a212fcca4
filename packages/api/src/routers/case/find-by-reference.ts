import { cases } from "@kelias/db";
import { caseFindByReferenceInput, caseScope } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { requireCase } from "../../case-access";
import { caseTarget } from "../../case-record/audit";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/**
 * Finds a case by its exact reference: the way to a restricted case, which no list shows. A case
 * the actor may not read answers NOT_FOUND, as one that does not exist; audited either way.
 */
export const findByReference = authedProcedure
  .meta({ action: "case.read" })
  .input(caseFindByReferenceInput)
  .query(async ({ ctx, input }) => {
    const [found] = await ctx.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.reference, input.reference), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
      .limit(1);
    if (!found) return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "case" });
    const { row } = await requireCase(ctx, found.id, "case.read");
    await recordAllowed(ctx.db, ctx, "case.findByReference", caseTarget(row.id), {});
    return { id: row.id, reference: row.reference };
  });
