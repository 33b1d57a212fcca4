import { caseFeedback, users } from "@kelias/db";
import { can } from "@kelias/domain";
import { desc, eq } from "drizzle-orm";
import { caseProcedure } from "../../../case-procedure";
import { trackedFeedback } from "../../../case-record/feedback-columns";

/**
 * The case's feedback, newest first, with who recorded it and whether the actor may change it.
 * The case page reads the case with `case.get`, which audits the read; this list adds nothing.
 */
export const list = caseProcedure("case.feedback.read").query(async ({ ctx }) => {
  const { row, facts } = ctx.case;
  const entries = await ctx.db
    .select({
      id: caseFeedback.id,
      ...trackedFeedback,
      createdByName: users.name,
      createdAt: caseFeedback.createdAt,
      version: caseFeedback.version,
    })
    .from(caseFeedback)
    .innerJoin(users, eq(users.id, caseFeedback.createdBy))
    .where(eq(caseFeedback.caseId, row.id))
    .orderBy(desc(caseFeedback.receivedOn), desc(caseFeedback.createdAt));
  return { entries, mayWrite: can(ctx.user, { kind: "case.feedback.write", case: facts }) };
});
