import { caseAssignments, cases } from "@kelias/db";
import { type CaseFacts, caseScope } from "@kelias/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import { caseSummary } from "../case-summary";
import { caseScopeSql } from "../scope";
import type { AuthedContext } from "../trpc";

/** The person's cases the actor may open, newest first, with what the policy needs to decide on each. */
export async function casesInScope(ctx: AuthedContext, personId: string) {
  const rows = await ctx.db
    .select({ id: cases.id, ...caseSummary })
    .from(cases)
    .where(and(eq(cases.personId, personId), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
    .orderBy(desc(cases.openedAt));
  const assignees =
    rows.length === 0
      ? []
      : await ctx.db
          .select({ caseId: caseAssignments.caseId, userId: caseAssignments.userId })
          .from(caseAssignments)
          .where(
            inArray(
              caseAssignments.caseId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((row) => {
    const facts: CaseFacts = {
      programme: row.programme,
      restricted: row.restricted,
      assigneeIds: assignees.filter((a) => a.caseId === row.id).map((a) => a.userId),
    };
    return { row, facts };
  });
}

export type PersonCase = Awaited<ReturnType<typeof casesInScope>>[number];
