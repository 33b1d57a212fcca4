import { cases, caseWorkflowFacts } from "@kelias/db";
import {
  caseWorkflowFactsInput,
  factsOf,
  foreignFactFields,
  type RecordedWorkflowFacts,
  type WorkflowFactField,
  type WorkflowRefusalReason,
} from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/**
 * Records workflow facts: the fields given are replaced, the others kept. The facts share the
 * case's version, since the transitions they unlock are the case's.
 */
export const setFacts = caseProcedure("case.update", caseWorkflowFactsInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    const given = factsOf(input);
    if (foreignFactFields(row.programme, given).length > 0) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "facts_not_for_programme" satisfies WorkflowRefusalReason,
      );
    }
    const patch = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== undefined),
    ) as Partial<RecordedWorkflowFacts>;
    return ctx.db.transaction(async (tx) => {
      const now = new Date();
      const version = await claimVersion(tx, cases, row.id, input.version);
      const written = { ...patch, updatedBy: ctx.user.id, updatedAt: now };
      await tx
        .insert(caseWorkflowFacts)
        .values({ caseId: row.id, ...written })
        .onConflictDoUpdate({ target: caseWorkflowFacts.caseId, set: written });
      // Which facts, not their values: some (vulnerability) are sensitive, and the log is kept for ever.
      await recordAllowed(tx, ctx, "case.workflow.setFacts", target, {
        fields: (Object.keys(patch) as WorkflowFactField[]).sort(),
      });
      return { id: row.id, version };
    });
  },
);
