import { auditSearchInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { auditPage } from "../../audit-search";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/**
 * The log newest first, paged by sequence number (keyset); the filters narrow by actor, record,
 * action, outcome and days. Reading the log is itself audited, with the search made.
 */
export const list = authedProcedure
  .meta({ action: "audit.read" })
  .input(auditSearchInput)
  .query(async ({ ctx, input }) => {
    const target = { entityType: "audit_log" };
    await authorize(ctx, { kind: "audit.read" }, target);
    const entries = await auditPage(ctx.db, input.filters, input.beforeSeq, input.limit + 1);
    await recordAllowed(ctx.db, ctx, "audit.list", target, {
      filters: input.filters,
      beforeSeq: input.beforeSeq,
    });
    const page = entries.slice(0, input.limit);
    const more = entries.length > input.limit;
    return { entries: page, nextBeforeSeq: more ? (page.at(-1)?.seq ?? null) : null };
  });
