import { users } from "@kelias/db";
import { PROGRAMMES } from "@kelias/domain";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny } from "../authorize";
import { authedProcedure, router } from "../trpc";

export const staffRouter = router({
  /** The active caseworkers of a programme the actor manages: whom a case can be assigned to. */
  caseworkers: authedProcedure
    .meta({ action: "staff.list" })
    .input(z.object({ programme: z.enum(PROGRAMMES) }))
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "staff.list" });
      if (!ctx.user.programmes.includes(input.programme)) {
        return deny(ctx, "staff.list", "FORBIDDEN", { entityType: "programme", entityId: input.programme });
      }
      return ctx.db
        .select({ id: users.id, name: users.name, team: users.team })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            arrayContains(users.roles, ["caseworker"]),
            arrayContains(users.programmes, [input.programme]),
          ),
        )
        .orderBy(asc(users.name));
    }),
});
