import { families, familyMembers } from "@kelias/db";
import { checkMemberRemoval, familyMemberRemoveInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { claimVersion, requireVersion } from "../../../concurrency";
import { familyTarget, requireFamily } from "../../../family/load";
import { refuseWithReasons } from "../../../refusal-reasons";
import { authedProcedure } from "../../../trpc";

/** Takes a member (not the head) out of a family of three or more; their case is left as it is. */
export const remove = authedProcedure
  .meta({ action: "family.update" })
  .input(familyMemberRemoveInput)
  .mutation(async ({ ctx, input }) => {
    const { family, members } = await requireFamily(ctx, input.familyId, "family.update");
    const target = familyTarget(family.id);
    requireVersion(family.version, input.version);
    const errors = checkMemberRemoval(members, input.caseId);
    if (errors.length > 0) return refuseWithReasons(ctx, ctx.action, target, errors);
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, families, family.id, input.version, { updatedBy: ctx.user.id });
      await tx
        .delete(familyMembers)
        .where(and(eq(familyMembers.familyId, family.id), eq(familyMembers.caseId, input.caseId)));
      await recordAllowed(tx, ctx, "family.member.remove", target, { caseId: input.caseId });
      return { id: family.id, version };
    });
  });
