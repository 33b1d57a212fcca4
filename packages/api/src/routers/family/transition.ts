import { caseApprovals, cases, families } from "@kelias/db";
import { familyTransitionInput, planFamilyTransition } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { caseTarget } from "../../case-record/audit";
import { claimVersion, requireVersion, StaleVersion } from "../../concurrency";
import { familyTarget, pendingApprovalCases, requireFamily } from "../../family/load";
import { refuseWithReasons } from "../../refusal-reasons";
import { authedProcedure } from "../../trpc";
import { guardFacts } from "../../workflow/guard-facts";
import { moveCase } from "../../workflow/move-case";

/**
 * A family step (`WorkflowDefinition.familySteps`): every member's case moves, in one transaction,
 * or none does. Each member's own guards are checked (`planFamilyTransition`); a refusal answers
 * BAD_REQUEST with every `caseId:code` at once (`data.reasons`). The input names the family's
 * version and each member's case version as the user saw them: a change to any of them meanwhile
 * (a member added, a case moved) refuses the whole move as CONFLICT, rolling back what was written.
 * A step needing a manager's approval asks it for every member instead (one request per case).
 * Every state change goes through `moveCase`.
 */
export const transition = authedProcedure
  .meta({ action: "family.update" })
  .input(familyTransitionInput)
  .mutation(async ({ ctx, input }) => {
    const { family, members } = await requireFamily(ctx, input.familyId, "family.update");
    const target = familyTarget(family.id);
    requireVersion(family.version, input.version);
    const seen = new Map(input.members.map((m) => [m.caseId, m.version]));
    if (seen.size !== members.length || members.some((m) => !seen.has(m.caseId))) {
      const stale = new StaleVersion();
      stale.target = target;
      throw stale;
    }
    const pending = await pendingApprovalCases(
      ctx.db,
      members.map((m) => m.caseId),
    );
    const states = await Promise.all(
      members.map(async (m) => ({
        caseId: m.caseId,
        state: m.row.state,
        facts: (await guardFacts(ctx.db, m.caseId)).facts,
        approvalPending: pending.has(m.caseId),
      })),
    );
    const plan = planFamilyTransition(family.programme, states, input.to, { reason: input.reason });
    if (!plan.ok) {
      return refuseWithReasons(
        ctx,
        ctx.action,
        target,
        plan.refusals.flatMap((r) => r.errors.map((code) => `${r.caseId}:${code}`)),
      );
    }
    return ctx.db.transaction(async (tx) => {
      const at = new Date();
      const version = await claimVersion(tx, families, family.id, input.version, { updatedBy: ctx.user.id });
      const moved: { caseId: string; version: number; state: string; approvalId: string | null }[] = [];
      for (const move of plan.moves) {
        const seenVersion = seen.get(move.caseId) as number;
        if (plan.needsApproval) {
          const caseVersion = await claimVersion(tx, cases, move.caseId, seenVersion);
          const [approval] = await tx
            .insert(caseApprovals)
            .values({
              caseId: move.caseId,
              fromState: move.from,
              toState: input.to,
              kind: plan.kind,
              reason: input.reason,
              requestedBy: ctx.user.id,
            })
            .returning({ id: caseApprovals.id });
          if (!approval) throw new Error("approval insert returned nothing");
          await recordAllowed(tx, ctx, "family.transition", caseTarget(move.caseId), {
            familyId: family.id,
            from: move.from,
            to: input.to,
            kind: plan.kind,
            approvalId: approval.id,
            pending: true,
          });
          moved.push({
            caseId: move.caseId,
            version: caseVersion,
            state: move.from,
            approvalId: approval.id,
          });
          continue;
        }
        const result = await moveCase(tx, ctx.user.id, {
          case: { id: move.caseId, state: move.from },
          version: seenVersion,
          steps: [{ to: input.to, kind: plan.kind }],
          reason: input.reason,
          movedBy: ctx.user.id,
          approvalId: null,
          tasks: move.tasks,
          at,
        });
        await recordAllowed(tx, ctx, "family.transition", caseTarget(move.caseId), {
          familyId: family.id,
          from: move.from,
          to: input.to,
          kind: plan.kind,
          tasks: move.tasks.map((t) => t.kind),
          ...(result.cancelledApprovalIds.length > 0
            ? { cancelledApprovalIds: result.cancelledApprovalIds }
            : {}),
        });
        moved.push({ caseId: move.caseId, version: result.version, state: result.state, approvalId: null });
      }
      await recordAllowed(tx, ctx, "family.transition", target, {
        to: input.to,
        kind: plan.kind,
        pending: plan.needsApproval,
        members: moved.map((m) => m.caseId),
      });
      return { id: family.id, version, members: moved, needsApproval: plan.needsApproval };
    });
  });
