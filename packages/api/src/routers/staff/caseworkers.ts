import { users } from "@kelias/db";
import { PROGRAMMES } from "@kelias/domain";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** The active caseworkers of a programme the actor manages: whom a case can be assigned to. */
export const caseworkers = authedProcedure
  .meta({ action: "staff.list" })
  .input(z.object({ programme: z.enum(PROGRAMMES) }))
  .query(async ({ ctx, input }) => {
    const { programme } = input;
    await authorize(ctx, { kind: "staff.list", programme }, { entityType: "programme", entityId: programme });
    return ctx.db
      .select({ id: users.id, name: users.name, team: users.team })
      .from(users)
      .where(
        and(
          eq(users.active, true),
          arrayContains(users.roles, ["caseworker"]),
          arrayContains(users.programmes, [programme]),
        ),
      )
      .orderBy(asc(users.name));
  });
