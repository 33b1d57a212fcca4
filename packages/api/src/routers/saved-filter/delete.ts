import { savedCaseFilters } from "@kelias/db";
import { savedFilterDeleteInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { authedProcedure } from "../../trpc";
import { savedFilterTarget } from "./save";

/** Deletes one of the actor's saved filters; anyone else's is NOT_FOUND. */
export const remove = authedProcedure
  .meta({ action: "savedFilter.manage" })
  .input(savedFilterDeleteInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "savedFilter.manage" });
    const target = savedFilterTarget(input.id);
    const deleted = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .delete(savedCaseFilters)
        .where(and(eq(savedCaseFilters.id, input.id), eq(savedCaseFilters.userId, ctx.user.id)))
        .returning({ id: savedCaseFilters.id });
      if (row) await recordAllowed(tx, ctx, "savedFilter.delete", target, {});
      return row ?? null;
    });
    // Refused outside the transaction: the refusal is written on the database's own connection.
    if (!deleted) return deny(ctx, ctx.action, "NOT_FOUND", target);
    return { id: deleted.id };
  });
