import { can } from "@kelias/domain";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { reintegrationView } from "../../../reintegration/view";

/**
 * The reintegration record of an AVRR case: plan, support, monitoring schedule and contacts, surveys
 * with their scores. The case page reads the case with `case.get`, which audits the read. A case of
 * another programme has no reintegration (BAD_REQUEST `not_avrr`).
 */
export const get = caseProcedure("case.read").query(async ({ ctx }) => {
  const caseRow = ctx.case.row;
  if (caseRow.programme !== "avrr")
    return deny(ctx, ctx.action, "BAD_REQUEST", caseTarget(caseRow.id), "not_avrr");
  const view = await reintegrationView(ctx.db, caseRow.id, new Date());
  return { ...view, canWrite: can(ctx.user, { kind: "case.reintegration.write", case: ctx.case.facts }) };
});
