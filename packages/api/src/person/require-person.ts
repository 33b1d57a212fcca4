import { people } from "@kelias/db";
import { can, type PersonFacts } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { authorize, deny } from "../authorize";
import type { ProcedureContext } from "../trpc";
import { casesInScope, type PersonCase } from "./cases-in-scope";
import { personTarget } from "./target";
import { personVisible } from "./visibility";

export interface LoadedPerson {
  row: typeof people.$inferSelect;
  /** The person's cases the actor may open, newest first. */
  cases: PersonCase[];
  /** What the policy decides on: who registered the person, and those cases' facts. */
  facts: PersonFacts;
}

export type PersonActionKind = "person.read" | "person.update";

/**
 * Loads a person for an action on them, refusals audited under the procedure's path. An actor who
 * may not read (or change) people at all is refused FORBIDDEN before any person is looked up; a
 * person out of the actor's scope answers NOT_FOUND, exactly like one that does not exist; a
 * visible person on whom the action is not allowed answers FORBIDDEN.
 */
export async function requirePerson(
  ctx: ProcedureContext,
  personId: string,
  kind: PersonActionKind,
): Promise<LoadedPerson> {
  const target = personTarget(personId);
  await authorize(ctx, { kind });
  const [row] = await ctx.db
    .select()
    .from(people)
    .where(and(eq(people.id, personId), personVisible(ctx, "access")))
    .limit(1);
  if (!row) return deny(ctx, ctx.action, "NOT_FOUND", target);
  const cases = await casesInScope(ctx, row.id);
  const facts: PersonFacts = { createdBy: row.createdBy, cases: cases.map((c) => c.facts) };
  if (!can(ctx.user, { kind: "person.read", person: facts }))
    return deny(ctx, ctx.action, "NOT_FOUND", target);
  if (!can(ctx.user, { kind, person: facts })) return deny(ctx, ctx.action, "FORBIDDEN", target);
  return { row, cases, facts };
}
