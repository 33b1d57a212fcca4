import { cases } from "@kelias/db";
import { type CaseFacts, caseScope } from "@kelias/domain";
import { and, desc, eq } from "drizzle-orm";
import { caseFactsOf } from "../case-access";
import { caseSummary } from "../case-summary";
import { caseScopeSql } from "../scope";
import type { AuthedContext } from "../trpc";

/** The person's cases the actor may open, newest first, with what the policy needs to decide on each. */
export async function casesInScope(ctx: AuthedContext, personId: string) {
  const rows = await ctx.db
    .select({ id: cases.id, ownerId: cases.ownerId, ...caseSummary })
    .from(cases)
    .where(and(eq(cases.personId, personId), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
    .orderBy(desc(cases.openedAt));
  const facts = await caseFactsOf(ctx.db, rows);
  return rows.map((row) => ({ row, facts: facts.get(row.id) as CaseFacts }));
}

export type PersonCase = Awaited<ReturnType<typeof casesInScope>>[number];
