import { cases, people } from "@kelias/db";
import { type CaseScopeUse, caseScope } from "@kelias/domain";
import { and, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import { caseScopeSql } from "../scope";
import type { AuthedContext } from "../trpc";

/**
 * A person is visible to whoever registered them and to whoever may see one of their cases. Opened
 * by id (`access`), a restricted case counts; in lists, searches and the duplicate check (`listing`)
 * it does not, so a person known only through restricted cases is never named there. The query's
 * form of `can(person.read)` with the person's facts (the domain tests hold the two together).
 */
export function personVisible(ctx: AuthedContext, use: CaseScopeUse): SQL {
  return registeredOrOnCase(ctx, caseScopeSql(ctx, caseScope(ctx.user, use)));
}

/** The people the actor registered, and those with a case that meets `onCase` (a clause on `cases`). */
export function registeredOrOnCase(ctx: AuthedContext, onCase: SQL | undefined): SQL {
  return (
    or(
      eq(people.createdBy, ctx.user.id),
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(cases)
          .where(and(eq(cases.personId, people.id), onCase)),
      ),
    ) ?? sql`false`
  );
}

/** The ids among `ids` of people the actor may see (household members, joined in by id). */
export async function visibleIds(ctx: AuthedContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, [...ids]), personVisible(ctx, "access")));
  return new Set(rows.map((r) => r.id));
}
