import { fieldChanges } from "@kelias/db";
import { caseHistoryInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { readFieldChanges } from "../../field-history";

/**
 * The field history of one part of a case, newest first: its sensitive notes, its workflow facts or
 * one service (`recordId`). Who changed which field, and when, for everyone who may read the case;
 * the values before and after only where the actor may read the field's current value (a health
 * note's old content only for those who may read the health note).
 */
export const history = caseProcedure("case.read", caseHistoryInput).query(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  const recordKey = input.record === "service" || input.record === "feedback" ? input.recordId : undefined;
  const changes = await readFieldChanges(ctx.db, ctx.user, { kind: "case", case: facts }, [
    eq(fieldChanges.caseId, row.id),
    eq(fieldChanges.record, input.record),
    ...(recordKey ? [eq(fieldChanges.recordKey, recordKey)] : []),
  ]);
  await recordAllowed(ctx.db, ctx, "case.history", target, {
    record: input.record,
    ...(recordKey ? { recordKey } : {}),
  });
  return { changes };
});
