import { appendAudit, reflectionPeriodLengthChanges, reflectionPeriodLengths, users } from "@kelias/db";
import {
  DEFAULT_REFLECTION_COUNTRY,
  DEFAULT_REFLECTION_PERIOD_DAYS,
  MAXIMUM_REFLECTION_PERIOD_DAYS,
  MINIMUM_REFLECTION_PERIOD_DAYS,
  reflectionPeriodRemoveInput,
  reflectionPeriodSetInput,
} from "@kelias/domain";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, refuseStale, STALE } from "../authorize";
import { authedProcedure, router } from "../trpc";

const target = (countryCode: string) => ({ entityType: "reflection_period", entityId: countryCode });

/**
 * The reflection period's length per country (reference data): administrators change it, everyone
 * working with cases reads it. A country without a length gets the Council of Europe minimum.
 */
export const reflectionPeriodRouter = router({
  list: authedProcedure
    .meta({ action: "reference.read" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "reference.read" });
      const [lengths, changes] = await Promise.all([
        ctx.db
          .select({
            countryCode: reflectionPeriodLengths.countryCode,
            days: reflectionPeriodLengths.days,
            version: reflectionPeriodLengths.version,
            updatedAt: reflectionPeriodLengths.updatedAt,
            updatedByName: users.name,
          })
          .from(reflectionPeriodLengths)
          .innerJoin(users, eq(users.id, reflectionPeriodLengths.updatedBy))
          .orderBy(asc(reflectionPeriodLengths.countryCode)),
        ctx.db
          .select({
            id: reflectionPeriodLengthChanges.id,
            countryCode: reflectionPeriodLengthChanges.countryCode,
            days: reflectionPeriodLengthChanges.days,
            changedAt: reflectionPeriodLengthChanges.changedAt,
            changedByName: users.name,
          })
          .from(reflectionPeriodLengthChanges)
          .innerJoin(users, eq(users.id, reflectionPeriodLengthChanges.changedBy))
          .orderBy(desc(reflectionPeriodLengthChanges.changedAt))
          .limit(50),
      ]);
      return {
        defaultDays: DEFAULT_REFLECTION_PERIOD_DAYS,
        minimumDays: MINIMUM_REFLECTION_PERIOD_DAYS,
        maximumDays: MAXIMUM_REFLECTION_PERIOD_DAYS,
        defaultCountry: DEFAULT_REFLECTION_COUNTRY,
        lengths,
        changes,
      };
    }),

  /** Adds a country's length (version null) or changes it (the version read). */
  set: authedProcedure
    .meta({ action: "reference.manage" })
    .input(reflectionPeriodSetInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "reference.manage" }, target(input.countryCode));
      const now = new Date();
      const result = await ctx.db.transaction(async (tx) => {
        const values = { days: input.days, updatedBy: ctx.user.id, updatedAt: now };
        const [saved] =
          input.version === null
            ? await tx
                .insert(reflectionPeriodLengths)
                .values({ countryCode: input.countryCode, ...values })
                .onConflictDoNothing()
                .returning({ version: reflectionPeriodLengths.version })
            : await tx
                .update(reflectionPeriodLengths)
                .set({ ...values, version: sql`${reflectionPeriodLengths.version} + 1` })
                .where(
                  and(
                    eq(reflectionPeriodLengths.countryCode, input.countryCode),
                    eq(reflectionPeriodLengths.version, input.version),
                  ),
                )
                .returning({ version: reflectionPeriodLengths.version });
        if (!saved) return STALE;
        await tx.insert(reflectionPeriodLengthChanges).values({
          countryCode: input.countryCode,
          days: input.days,
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "reflectionPeriod.set",
          outcome: "allowed",
          ...target(input.countryCode),
          ip: ctx.ip,
          detail: { days: input.days, version: saved.version },
        });
        return { countryCode: input.countryCode, days: input.days, version: saved.version };
      });
      if (result === STALE) {
        return refuseStale(ctx, "reflectionPeriod.set", target(input.countryCode));
      }
      return result;
    }),

  /** Removes a country's length: the default applies to it again. */
  remove: authedProcedure
    .meta({ action: "reference.manage" })
    .input(reflectionPeriodRemoveInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "reference.manage" }, target(input.countryCode));
      const now = new Date();
      const result = await ctx.db.transaction(async (tx) => {
        const removed = await tx
          .delete(reflectionPeriodLengths)
          .where(
            and(
              eq(reflectionPeriodLengths.countryCode, input.countryCode),
              eq(reflectionPeriodLengths.version, input.version),
            ),
          )
          .returning({ countryCode: reflectionPeriodLengths.countryCode });
        if (removed.length !== 1) return STALE;
        await tx
          .insert(reflectionPeriodLengthChanges)
          .values({ countryCode: input.countryCode, days: null, changedBy: ctx.user.id, changedAt: now });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "reflectionPeriod.remove",
          outcome: "allowed",
          ...target(input.countryCode),
          ip: ctx.ip,
        });
        return { countryCode: input.countryCode };
      });
      if (result === STALE) {
        return refuseStale(ctx, "reflectionPeriod.remove", target(input.countryCode));
      }
      return result;
    }),
});
