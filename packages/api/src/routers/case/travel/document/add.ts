import { caseTravelDocuments } from "@kelias/db";
import { officeToday, travelDocumentAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { apiEnv } from "../../../../env";
import { raiseTravelDocumentExpiryTask } from "../../../../travel/record";

/** Records a travel document; one expiring within the warning window raises a task on the case. */
export const add = caseProcedure("case.travel.write", travelDocumentAddInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const { caseId: _caseId, ...columns } = input;
    return ctx.db.transaction(async (tx) => {
      const [document] = await tx
        .insert(caseTravelDocuments)
        .values({ caseId: row.id, ...columns, createdBy: ctx.user.id, updatedBy: ctx.user.id })
        .returning({ id: caseTravelDocuments.id, version: caseTravelDocuments.version });
      if (!document) throw new Error("travel document insert returned nothing");
      const taskId = await raiseTravelDocumentExpiryTask(
        tx,
        row,
        ctx.user.id,
        officeToday(new Date()),
        apiEnv().travelDocumentExpiryWarningDays,
      );
      await recordAllowed(tx, ctx, "case.travel.document.add", caseTarget(row.id), {
        documentId: document.id,
        kind: input.kind,
        status: input.status,
        taskId,
      });
      return { ...document, taskId };
    });
  },
);
