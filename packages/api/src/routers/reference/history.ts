import { referenceHistory, users } from "@kelias/db";
import { referenceHistoryInput } from "@kelias/domain";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/**
 * Every version of one kind of reference data (or of one record), newest first: who changed it,
 * when, and what it looked like afterwards. For the administrators who keep it.
 */
export const history = authedProcedure
  .meta({ action: "reference.manage" })
  .input(referenceHistoryInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "reference.manage" }, { entityType: "reference", entityId: input.kind });
    const filters: SQL[] = [eq(referenceHistory.kind, input.kind)];
    if (input.entityId) filters.push(eq(referenceHistory.entityId, input.entityId));
    if (input.before) filters.push(lt(referenceHistory.id, input.before));
    return ctx.db
      .select({
        id: referenceHistory.id,
        entityId: referenceHistory.entityId,
        version: referenceHistory.version,
        snapshot: referenceHistory.snapshot,
        change: referenceHistory.change,
        changedAt: referenceHistory.changedAt,
        changedByName: users.name,
      })
      .from(referenceHistory)
      .leftJoin(users, eq(users.id, referenceHistory.changedBy))
      .where(and(...filters))
      .orderBy(desc(referenceHistory.id))
      .limit(input.limit);
  });
