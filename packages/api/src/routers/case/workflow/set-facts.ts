import { randomUUID } from "node:crypto";
import { cases, caseWorkflowFacts } from "@kelias/db";
import {
  caseWorkflowFactsInput,
  changedFields,
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
import { recordFieldChanges } from "../../../field-history";
import { recordedFacts } from "../../../workflow/guard-facts";

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
      // Claiming the case's version locked it: these are the facts the change replaces.
      const before = await recordedFacts(tx, row.id);
      const written = { ...patch, updatedBy: ctx.user.id, updatedAt: now };
      await tx
        .insert(caseWorkflowFacts)
        .values({ caseId: row.id, ...written })
        .onConflictDoUpdate({ target: caseWorkflowFacts.caseId, set: written });
      // Which facts, not their values: some (vulnerability) are sensitive, and the log is kept for ever.
      // Their values go to the field history, read like the facts themselves.
      const changeId = randomUUID();
      await recordFieldChanges(
        tx,
        {
          changeId,
          actorId: ctx.user.id,
          record: "workflow_facts",
          owner: { caseId: row.id },
          recordKey: row.id,
          category: null,
        },
        changedFields({ ...before }, patch),
      );
      await recordAllowed(tx, ctx, "case.workflow.setFacts", target, {
        fields: (Object.keys(patch) as WorkflowFactField[]).sort(),
        changeId,
      });
      return { id: row.id, version };
    });
  },
);
