import { appendAudit, verifyAuditChain } from "@kelias/db";
import { auditSearchInput } from "@kelias/domain";
import { z } from "zod";
import { auditPage } from "../audit-search";
import { authorize } from "../authorize";
import { authedProcedure, router } from "../trpc";

/** The audit log, for the administrators: reading it is itself audited. */
export const auditRouter = router({
  /** Newest first, paged by sequence number (keyset); the filters narrow by actor, record, action, outcome and days. */
  list: authedProcedure
    .meta({ action: "audit.read" })
    .input(auditSearchInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "audit.read" }, { entityType: "audit_log" });
      const entries = await auditPage(ctx.db, input.filters, input.beforeSeq, input.limit + 1);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "audit.search",
        outcome: "allowed",
        entityType: "audit_log",
        ip: ctx.ip,
        detail: { filters: input.filters, beforeSeq: input.beforeSeq },
      });
      const page = entries.slice(0, input.limit);
      const more = entries.length > input.limit;
      return { entries: page, nextBeforeSeq: more ? (page.at(-1)?.seq ?? null) : null };
    }),

  /** Recomputes the hash chain (the code behind `audit:verify`): reports the first entry that was changed or removed. */
  verify: authedProcedure
    .meta({ action: "audit.read" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "audit.read" }, { entityType: "audit_log" });
      const result = await verifyAuditChain(ctx.db);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "audit.verify",
        outcome: "allowed",
        entityType: "audit_log",
        ip: ctx.ip,
        detail: { ...result },
      });
      return result;
    }),
});
