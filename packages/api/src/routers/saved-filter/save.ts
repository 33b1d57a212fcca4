import { savedCaseFilters } from "@kelias/db";
import { SAVED_FILTERS_MAX, savedFilterSaveInput } from "@kelias/domain";
import { and, count, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { writeOnce } from "../../idempotency";
import { authedProcedure } from "../../trpc";

const NAME_TAKEN = Symbol("name_taken");
const TOO_MANY = Symbol("too_many");

export const savedFilterTarget = (id: string) => ({ entityType: "saved_case_filter", entityId: id });

/**
 * Saves the case list's current filters under a name, for the actor only. A name the actor already
 * uses is refused (`name_taken`), as is a filter past the `SAVED_FILTERS_MAX`th (`too_many`).
 */
export const save = authedProcedure
  .meta({ action: "savedFilter.manage" })
  .input(savedFilterSaveInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "savedFilter.manage" });
    const result = await writeOnce(ctx, { procedure: "savedFilter.save", input }, async (tx) => {
      const [taken] = await tx
        .select({ n: count() })
        .from(savedCaseFilters)
        .where(and(eq(savedCaseFilters.userId, ctx.user.id), eq(savedCaseFilters.name, input.name)));
      if ((taken?.n ?? 0) > 0) return NAME_TAKEN;
      const [kept] = await tx
        .select({ n: count() })
        .from(savedCaseFilters)
        .where(eq(savedCaseFilters.userId, ctx.user.id));
      if ((kept?.n ?? 0) >= SAVED_FILTERS_MAX) return TOO_MANY;
      const [row] = await tx
        .insert(savedCaseFilters)
        .values({ userId: ctx.user.id, name: input.name, view: input.view, query: input.query })
        .onConflictDoNothing()
        .returning({ id: savedCaseFilters.id });
      // A save racing this one took the name between the check and the insert.
      if (!row) return NAME_TAKEN;
      await recordAllowed(tx, ctx, "savedFilter.save", savedFilterTarget(row.id), { view: input.view });
      return { id: row.id };
    });
    if (result === NAME_TAKEN) return deny(ctx, ctx.action, "BAD_REQUEST", {}, "name_taken");
    if (result === TOO_MANY) return deny(ctx, ctx.action, "BAD_REQUEST", {}, "too_many");
    return result as { id: string };
  });
