import type { ActionKind } from "@kelias/domain";
import type { z } from "zod";
import { staleResultAgainst } from "../stale-target";
import { authedProcedure } from "../trpc";

/** Any input schema that names the account by `id`. */
export type UserInputSchema = z.ZodType<{ id: string }, unknown>;

/**
 * A procedure on one account, named by `id` in its input: a stale write inside (`claimVersion`,
 * `requireVersion`) is audited against that user, as the other refusals of these procedures are.
 */
export function userProcedure<S extends UserInputSchema>(action: ActionKind, schema: S) {
  return authedProcedure
    .meta({ action })
    .input(schema)
    .use(async ({ input, next }) => {
      const result = await next();
      return staleResultAgainst(result, { entityType: "user", entityId: (input as { id: string }).id });
    });
}
