import { caseHandovers, cases } from "@kelias/db";
import { caseAssignInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { addCoWorker, eligibleAssignee, makeOwner, removeAssignee } from "../../../case-team/assignments";
import { claimVersion } from "../../../concurrency";

/**
 * Hands a case over to a new owner, or adds a co-worker, with a note for whoever takes over. The
 * person must be one the policy lets receive the programme's cases (`case.receive`).
 */
export const assign = caseProcedure("case.assign", caseAssignInput).mutation(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  if (!(await eligibleAssignee(ctx.db, input.userId, row.programme))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "assignee_not_eligible");
  }
  if (input.as === "co" && facts.assigneeIds.includes(input.userId)) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "already_assigned");
  }
  if (input.as === "owner" && row.ownerId === input.userId) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "already_owner");
  }
  return ctx.db.transaction(async (tx) => {
    const asOwner = input.as === "owner";
    const version = await claimVersion(
      tx,
      cases,
      row.id,
      input.version,
      asOwner ? { ownerId: input.userId } : {},
    );
    if (asOwner) {
      // The previous owner leaves the case.
      await removeAssignee(tx, row.id, row.ownerId);
      await makeOwner(tx, row.id, input.userId);
    } else {
      await addCoWorker(tx, row.id, input.userId);
    }
    await tx.insert(caseHandovers).values({
      caseId: row.id,
      kind: asOwner ? "owner" : "co_added",
      fromUserId: asOwner ? row.ownerId : null,
      toUserId: input.userId,
      note: input.note,
      createdBy: ctx.user.id,
    });
    await recordAllowed(tx, ctx, "case.team.assign", target, {
      as: input.as,
      userId: input.userId,
      previousOwnerId: row.ownerId,
    });
    return { id: row.id, version };
  });
});
