import { appendAudit, referenceHistory, unsafeDestinationList, unsafeDestinations, users } from "@kelias/db";
import { referenceHistoryInput, unsafeDestinationsSetInput } from "@kelias/domain";
import { and, asc, desc, eq, lt, notInArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, refuseStale, STALE } from "../authorize";
import { recordReferenceVersion } from "../reference-history";
import { authedProcedure, router } from "../trpc";

/** Reference data the workflows read; administrators change it, everyone working with cases reads it. */
export const referenceRouter = router({
  /**
   * The office's unsafe-destinations list: returns to these countries are not made. Null when there
   * is no list at all (the workflows then approve no return).
   */
  unsafeDestinations: authedProcedure
    .meta({ action: "reference.read" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "reference.read" });
      const [list] = await ctx.db
        .select({
          version: unsafeDestinationList.version,
          updatedAt: unsafeDestinationList.updatedAt,
          updatedByName: users.name,
        })
        .from(unsafeDestinationList)
        .leftJoin(users, eq(users.id, unsafeDestinationList.updatedBy))
        .limit(1);
      if (!list) return null;
      const countries = await ctx.db
        .select({
          code: unsafeDestinations.countryCode,
          addedAt: unsafeDestinations.addedAt,
          addedByName: users.name,
        })
        .from(unsafeDestinations)
        .leftJoin(users, eq(users.id, unsafeDestinations.addedBy))
        .orderBy(asc(unsafeDestinations.countryCode));
      return { ...list, countries };
    }),

  /** Replaces the list as a whole; countries already on it keep who added them and when. */
  setUnsafeDestinations: authedProcedure
    .meta({ action: "reference.manage" })
    .input(unsafeDestinationsSetInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "reference.manage" });
      const target = { entityType: "reference", entityId: "unsafe_destinations" };
      const now = new Date();
      const result = await ctx.db.transaction(async (tx) => {
        const claimed = await tx
          .update(unsafeDestinationList)
          .set({ version: sql`${unsafeDestinationList.version} + 1`, updatedBy: ctx.user.id, updatedAt: now })
          .where(and(eq(unsafeDestinationList.id, 1), eq(unsafeDestinationList.version, input.version)))
          .returning({ version: unsafeDestinationList.version });
        if (claimed.length !== 1) return STALE;
        const before = (
          await tx.select({ code: unsafeDestinations.countryCode }).from(unsafeDestinations)
        ).map((r) => r.code as string);
        const removed = before.filter((code) => !input.countries.includes(code as never));
        const added = input.countries.filter((code) => !before.includes(code));
        if (input.countries.length === 0) {
          await tx.delete(unsafeDestinations);
        } else {
          await tx
            .delete(unsafeDestinations)
            .where(notInArray(unsafeDestinations.countryCode, input.countries));
        }
        if (added.length > 0) {
          await tx
            .insert(unsafeDestinations)
            .values(added.map((countryCode) => ({ countryCode, addedBy: ctx.user.id, addedAt: now })));
        }
        await recordReferenceVersion(tx, {
          kind: "unsafe_destinations",
          entityId: "unsafe_destinations",
          version: input.version + 1,
          snapshot: { countries: [...input.countries].sort() },
          change: { added, removed },
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "reference.setUnsafeDestinations",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { added, removed, version: input.version + 1 },
        });
        return { version: input.version + 1, countries: [...input.countries].sort() };
      });
      if (result === STALE) return refuseStale(ctx, "reference.setUnsafeDestinations", target);
      return result;
    }),

  /**
   * Every version of one kind of reference data (or of one record), newest first: who changed it,
   * when, and what it looked like afterwards. For the administrators who keep it.
   */
  history: authedProcedure
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
    }),
});
