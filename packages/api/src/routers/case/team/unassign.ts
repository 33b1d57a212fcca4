import { caseHandovers, cases } from "@kelias/db";
import { caseUnassignInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { removeAssignee } from "../../../case-team/assignments";
import { claimVersion } from "../../../concurrency";

/** Removes a co-worker, with a note; the owner can only be replaced, never removed. */
export const unassign = caseProcedure("case.assign", caseUnassignInput).mutation(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  if (input.userId === row.ownerId) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "owner_cannot_be_removed");
  }
  if (!facts.assigneeIds.includes(input.userId)) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "not_assigned");
  }
  return ctx.db.transaction(async (tx) => {
    const version = await claimVersion(tx, cases, row.id, input.version);
    await removeAssignee(tx, row.id, input.userId);
    await tx.insert(caseHandovers).values({
      caseId: row.id,
      kind: "co_removed",
      fromUserId: input.userId,
      note: input.note,
      createdBy: ctx.user.id,
    });
    await recordAllowed(tx, ctx, "case.team.unassign", target, { userId: input.userId });
    return { id: row.id, version };
  });
});
