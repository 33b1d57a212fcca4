import { idInput } from "@kelias/domain";
import { z } from "zod";
import { type PersonActionKind, requirePerson } from "./person/require-person";
import { personTarget } from "./person/target";
import { staleResultAgainst } from "./stale-target";
import { authedProcedure } from "./trpc";

/** The input of a procedure on one person: at least the person's id. */
export const personIdInput = z.object({ id: idInput() });

/** Any input schema that names the person by `id`. */
export type PersonInputSchema = z.ZodType<{ id: string }, unknown>;

/**
 * A procedure on one person: its input names the person's `id`, and the person is loaded in the
 * actor's scope before the handler runs and put into the context as `ctx.person`. A person the
 * actor may not see answers NOT_FOUND, one they may see but not act on FORBIDDEN, both audited
 * under the procedure's path; a stale write inside is audited against the person.
 *
 * `schema` is the procedure's whole input: it is parsed before the person is loaded, so that bad
 * input is refused as BAD_REQUEST without reading (or auditing a refusal on) any person.
 */
export function personProcedure<S extends PersonInputSchema = typeof personIdInput>(
  access: PersonActionKind,
  schema?: S,
) {
  return authedProcedure
    .meta({ action: access })
    .input((schema ?? personIdInput) as S)
    .use(async ({ ctx, input, next }) => {
      const loaded = await requirePerson(ctx, (input as { id: string }).id, access);
      const result = await next({ ctx: { person: loaded } });
      return staleResultAgainst(result, personTarget(loaded.row.id));
    });
}
