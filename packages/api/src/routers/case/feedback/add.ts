import { caseFeedback } from "@kelias/db";
import { feedbackAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { feedbackColumns } from "../../../case-record/feedback-columns";
import { writeOnce } from "../../../idempotency";

/**
 * Records feedback from the person the case serves (satisfaction, a complaint, a suggestion); with
 * a resolution and its date it is recorded resolved. At most once per idempotency key.
 */
export const add = caseProcedure("case.feedback.write", feedbackAddInput).mutation(async ({ ctx, input }) => {
  const { row } = ctx.case;
  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const columns = feedbackColumns(input);
    const [created] = await tx
      .insert(caseFeedback)
      .values({ caseId: row.id, ...columns, createdBy: ctx.user.id, updatedBy: ctx.user.id })
      .returning({ id: caseFeedback.id, version: caseFeedback.version });
    if (!created) throw new Error("feedback insert returned nothing");
    // The kind and status, not what the person said: the log is kept for ever and read by admins.
    await recordAllowed(tx, ctx, "case.feedback.add", caseTarget(row.id), {
      feedbackId: created.id,
      kind: columns.kind,
      status: columns.status,
    });
    return created;
  });
});
