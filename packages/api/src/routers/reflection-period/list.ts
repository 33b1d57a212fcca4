import { reflectionPeriodLengthChanges, reflectionPeriodLengths, users } from "@kelias/db";
import {
  DEFAULT_REFLECTION_COUNTRY,
  DEFAULT_REFLECTION_PERIOD_DAYS,
  MAXIMUM_REFLECTION_PERIOD_DAYS,
  MINIMUM_REFLECTION_PERIOD_DAYS,
} from "@kelias/domain";
import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** The lengths set per country, the bounds and default that apply, and the latest 50 changes. */
export const list = authedProcedure
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
  });
