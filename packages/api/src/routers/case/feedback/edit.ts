import { randomUUID } from "node:crypto";
import { caseFeedback } from "@kelias/db";
import { changedFields, feedbackEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { feedbackColumns, trackedFeedback } from "../../../case-record/feedback-columns";
import { claimVersion } from "../../../concurrency";
import { recordFieldChanges } from "../../../field-history";

/**
 * Edits a feedback record against the version that was read, resolving it (or reopening it) with
 * the resolution and its date. Each changed field is kept in the record's history.
 */
export const edit = caseProcedure("case.feedback.write", feedbackEditInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    const [current] = await ctx.db
      .select({ id: caseFeedback.id })
      .from(caseFeedback)
      .where(and(eq(caseFeedback.id, input.feedbackId), eq(caseFeedback.caseId, row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    return ctx.db.transaction(async (tx) => {
      const [before] = await tx
        .select(trackedFeedback)
        .from(caseFeedback)
        .where(eq(caseFeedback.id, current.id))
        .for("update");
      const columns = feedbackColumns(input);
      const version = await claimVersion(tx, caseFeedback, current.id, input.version, {
        ...columns,
        updatedBy: ctx.user.id,
      });
      const changeId = randomUUID();
      await recordFieldChanges(
        tx,
        {
          changeId,
          actorId: ctx.user.id,
          record: "feedback",
          owner: { caseId: row.id },
          recordKey: current.id,
          category: null,
        },
        changedFields(before ?? {}, columns),
      );
      await recordAllowed(tx, ctx, "case.feedback.edit", target, {
        feedbackId: current.id,
        kind: columns.kind,
        status: columns.status,
        version,
        changeId,
      });
      return { id: current.id, version };
    });
  },
);
