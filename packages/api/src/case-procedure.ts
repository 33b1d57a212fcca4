import { z } from "zod";
import { type CaseActionKind, requireCase } from "./case-access";
import { StaleVersion } from "./concurrency";
import { authedProcedure } from "./trpc";

/**
 * A procedure on one case: its input names `caseId`, and the case is loaded in scope before the
 * handler runs and put into the context as `ctx.case`. A case the actor may not read answers
 * NOT_FOUND, one they may read but not act on FORBIDDEN, both audited under the procedure's path;
 * a stale write inside is audited against the case.
 */
export function caseProcedure(access: CaseActionKind) {
  return authedProcedure
    .meta({ action: access })
    .input(z.object({ caseId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const loaded = await requireCase(ctx, input.caseId, access);
      const result = await next({ ctx: { case: loaded } });
      if (!result.ok && result.error.cause instanceof StaleVersion) {
        result.error.cause.target ??= { entityType: "case", entityId: loaded.row.id };
      }
      return result;
    });
}
