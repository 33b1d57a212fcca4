import { partners } from "@kelias/db";
import { can, partnerListInput } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { authorize } from "../../authorize";
import { partnerColumns } from "../../partner/columns";
import { authedProcedure } from "../../trpc";

/**
 * Active partners by name, for whoever works with cases; administrators can ask for the inactive
 * ones too (anyone else asking gets the active ones).
 */
export const list = authedProcedure
  .meta({ action: "reference.read" })
  .input(partnerListInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "reference.read" });
    const all = input.includeInactive && can(ctx.user, { kind: "partner.manage" });
    return ctx.db
      .select({ id: partners.id, ...partnerColumns })
      .from(partners)
      .where(all ? undefined : eq(partners.active, true))
      .orderBy(asc(partners.name));
  });
