import { savedCaseFilters } from "@kelias/db";
import { savedFilterHref } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** The actor's own saved case-list filters, by name, each with the address it opens. */
export const list = authedProcedure
  .meta({ action: "savedFilter.manage" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "savedFilter.manage" });
    const rows = await ctx.db
      .select()
      .from(savedCaseFilters)
      .where(eq(savedCaseFilters.userId, ctx.user.id))
      .orderBy(asc(savedCaseFilters.name), asc(savedCaseFilters.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      view: row.view,
      query: row.query,
      href: savedFilterHref(row.view, row.query),
    }));
  });
