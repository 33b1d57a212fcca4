import { z } from "zod";
import { authedProcedure } from "../../trpc";

/** The signed-in user, as the server sees them now. */
export const me = authedProcedure
  .meta({ action: "session.read" })
  .input(z.void())
  .query(({ ctx }) => ({
    id: ctx.user.id,
    name: ctx.user.name,
    email: ctx.user.email,
    roles: ctx.user.roles,
    programmes: ctx.user.programmes,
    /** Handed over by an administrator, not yet confirmed by a second one: no case opens until then. */
    handoverPending: ctx.user.handoverPending,
  }));
