import { caseTravelDocuments } from "@kelias/db";
import { officeToday, travelDocumentEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion } from "../../../../concurrency";
import { apiEnv } from "../../../../env";
import { raiseTravelDocumentExpiryTask } from "../../../../travel/record";

/** Corrects a travel document against the version that was read; the expiry check runs again. */
export const edit = caseProcedure("case.travel.write", travelDocumentEditInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    const [current] = await ctx.db
      .select({ id: caseTravelDocuments.id })
      .from(caseTravelDocuments)
      .where(and(eq(caseTravelDocuments.id, input.documentId), eq(caseTravelDocuments.caseId, row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const { caseId: _caseId, documentId: _documentId, version: read, ...columns } = input;
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseTravelDocuments, current.id, read, {
        ...columns,
        updatedBy: ctx.user.id,
      });
      const taskId = await raiseTravelDocumentExpiryTask(
        tx,
        row,
        ctx.user.id,
        officeToday(new Date()),
        apiEnv().travelDocumentExpiryWarningDays,
      );
      await recordAllowed(tx, ctx, "case.travel.document.edit", target, {
        documentId: current.id,
        kind: input.kind,
        status: input.status,
        version,
        taskId,
      });
      return { id: current.id, version, taskId };
    });
  },
);
