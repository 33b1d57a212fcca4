import { auditLog, verifyAuditChain } from "@kelias/db";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../authorize";
import { authedProcedure, router } from "../trpc";

export const auditRouter = router({
  /** Newest first, paged by sequence number; filters narrow to one actor or one record. */
  list: authedProcedure
    .meta({ action: "audit.read" })
    .input(
      z.object({
        beforeSeq: z.number().int().min(1).optional(),
        actorId: z.uuid().optional(),
        entityId: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "audit.read" });
      const filters: SQL[] = [];
      if (input.beforeSeq) filters.push(lt(auditLog.seq, input.beforeSeq));
      if (input.actorId) filters.push(eq(auditLog.actorId, input.actorId));
      if (input.entityId) filters.push(eq(auditLog.entityId, input.entityId));
      return ctx.db
        .select()
        .from(auditLog)
        .where(and(...filters))
        .orderBy(desc(auditLog.seq))
        .limit(input.limit);
    }),

  /** Recomputes the hash chain: reports the first entry that was changed or removed. */
  verify: authedProcedure.meta({ action: "audit.read" }).query(async ({ ctx }) => {
    await authorize(ctx, { kind: "audit.read" });
    return verifyAuditChain(ctx.db);
  }),
});
