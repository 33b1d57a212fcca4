import { caseHandovers, cases } from "@kelias/db";
import { bulkReassignInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { type LoadedCase, requireCase } from "../../case-access";
import { caseTarget } from "../../case-record/audit";
import { addCoWorker, eligibleAssignee, makeOwner, removeAssignee } from "../../case-team/assignments";
import { claimVersion, StaleVersion } from "../../concurrency";
import { authedProcedure } from "../../trpc";

/**
 * Moves a set of cases from one caseworker to another in one transaction, with a handover note
 * on each case and an audit entry per case. The owner's cases change owner; where the person was
 * a co-worker, the new person becomes co-worker. Any case out of scope, changed meanwhile or not
 * worked on by the person refuses the whole move. Several cases, so each is loaded here rather
 * than by `caseProcedure`.
 */
export const bulkReassign = authedProcedure
  .meta({ action: "case.assign" })
  .input(bulkReassignInput)
  .mutation(async ({ ctx, input }) => {
    const loaded: LoadedCase[] = [];
    for (const { caseId, version } of input.cases) {
      const found = await requireCase(ctx, caseId, "case.assign");
      const target = caseTarget(caseId);
      if (found.row.version !== version) {
        // Refused against the case that changed: the input names several.
        const stale = new StaleVersion();
        stale.target = target;
        throw stale;
      }
      if (!found.facts.assigneeIds.includes(input.fromUserId)) {
        return deny(ctx, ctx.action, "BAD_REQUEST", target, "not_assigned");
      }
      if (!(await eligibleAssignee(ctx.db, input.toUserId, found.row.programme))) {
        return deny(ctx, ctx.action, "BAD_REQUEST", target, "assignee_not_eligible");
      }
      loaded.push(found);
    }
    const versions = new Map(input.cases.map((c) => [c.caseId, c.version]));
    // A case changed meanwhile throws StaleVersion, which rolls back the cases already moved.
    const moved = await ctx.db.transaction(async (tx) => {
      const done: { id: string; version: number }[] = [];
      for (const { row, facts } of loaded) {
        const asOwner = row.ownerId === input.fromUserId;
        const set = asOwner ? { ownerId: input.toUserId } : {};
        const version = await claimVersion(tx, cases, row.id, versions.get(row.id) ?? 0, set);
        await removeAssignee(tx, row.id, input.fromUserId);
        if (asOwner) {
          await makeOwner(tx, row.id, input.toUserId);
        } else if (!facts.assigneeIds.includes(input.toUserId)) {
          await addCoWorker(tx, row.id, input.toUserId);
        }
        const note = { caseId: row.id, note: input.note, createdBy: ctx.user.id };
        await tx.insert(caseHandovers).values(
          asOwner
            ? [{ ...note, kind: "owner" as const, fromUserId: input.fromUserId, toUserId: input.toUserId }]
            : [
                { ...note, kind: "co_removed" as const, fromUserId: input.fromUserId },
                { ...note, kind: "co_added" as const, toUserId: input.toUserId },
              ],
        );
        await recordAllowed(tx, ctx, "approvals.bulkReassign", caseTarget(row.id), {
          bulk: true,
          as: asOwner ? "owner" : "co",
          fromUserId: input.fromUserId,
          userId: input.toUserId,
        });
        done.push({ id: row.id, version });
      }
      return done;
    });
    return { cases: moved };
  });
