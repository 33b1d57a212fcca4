import { idInput } from "@kelias/domain";
import { z } from "zod";
import { type CaseActionKind, requireCase } from "./case-access";
import { staleResultAgainst } from "./stale-target";
import { authedProcedure } from "./trpc";

/** The input of a procedure on one case: at least the case's id. */
export const caseIdInput = z.object({ caseId: idInput() });

/** Any input schema that names the case by `caseId`. */
export type CaseInputSchema = z.ZodType<{ caseId: string }, unknown>;

/**
 * A procedure on one case: its input names `caseId`, and the case is loaded in scope before the
 * handler runs and put into the context as `ctx.case`. A case the actor may not read answers
 * NOT_FOUND, one they may read but not act on FORBIDDEN, both audited under the procedure's path;
 * a stale write inside is audited against the case.
 *
 * `schema` is the procedure's whole input: it is parsed before the case is loaded, so that bad
 * input is refused as BAD_REQUEST without reading (or auditing a read of) any case.
 */
export function caseProcedure<S extends CaseInputSchema = typeof caseIdInput>(
  access: CaseActionKind,
  schema?: S,
) {
  return authedProcedure
    .meta({ action: access })
    .input((schema ?? caseIdInput) as S)
    .use(async ({ ctx, input, next }) => {
      const loaded = await requireCase(ctx, (input as { caseId: string }).caseId, access);
      const result = await next({ ctx: { case: loaded } });
      return staleResultAgainst(result, { entityType: "case", entityId: loaded.row.id });
    });
}
