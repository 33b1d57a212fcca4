import { users } from "@kelias/db";
import { asc } from "drizzle-orm";
import { authorize } from "../authorize";
import { authedProcedure, router } from "../trpc";

export const userRouter = router({
  /** The signed-in user, as the server sees them now. */
  me: authedProcedure.meta({ action: "session.read" }).query(({ ctx }) => ({
    id: ctx.user.id,
    name: ctx.user.name,
    email: ctx.user.email,
    roles: ctx.user.roles,
    programmes: ctx.user.programmes,
  })),

  list: authedProcedure.meta({ action: "user.list" }).query(async ({ ctx }) => {
    await authorize(ctx, { kind: "user.list" });
    return ctx.db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        roles: users.roles,
        programmes: users.programmes,
        active: users.active,
      })
      .from(users)
      .orderBy(asc(users.name));
  }),
});
