import { unsafeDestinationList, unsafeDestinations, users } from "@kelias/db";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/**
 * The office's unsafe-destinations list: returns to these countries are not made. Null when there
 * is no list at all (the workflows then approve no return).
 */
export const get = authedProcedure
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
  });
