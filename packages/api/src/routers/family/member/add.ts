import { families, familyMembers } from "@kelias/db";
import { can, checkFamilyMembers, familyMemberAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { claimVersion, requireVersion } from "../../../concurrency";
import { casesForFamily, familyTarget, requireFamily } from "../../../family/load";
import { refuseWithReasons } from "../../../refusal-reasons";
import { authedProcedure } from "../../../trpc";

/**
 * Adds a case to a family: the actor changes every member's case and the one added (which they may
 * not read: NOT_FOUND), in the family's programme and in no other family.
 */
export const add = authedProcedure
  .meta({ action: "family.update" })
  .input(familyMemberAddInput)
  .mutation(async ({ ctx, input }) => {
    const { family, members } = await requireFamily(ctx, input.familyId, "family.update");
    const target = familyTarget(family.id);
    requireVersion(family.version, input.version);
    const [added] = await casesForFamily(ctx.db, [input.caseId]);
    if (!added || !can(ctx.user, { kind: "case.read", case: added.facts })) {
      return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "case", entityId: input.caseId });
    }
    if (!can(ctx.user, { kind: "family.update", members: [added.facts] })) {
      return deny(ctx, ctx.action, "FORBIDDEN", target);
    }
    const errors: string[] = checkFamilyMembers(
      [
        ...members.map((m) => ({
          caseId: m.caseId,
          programme: m.row.programme,
          relationship: m.relationship,
        })),
        { caseId: added.row.id, programme: added.row.programme, relationship: input.relationship },
      ],
      family.programme,
    );
    if (added.familyId !== null && !errors.includes("family_duplicate_member")) {
      errors.push("family_member_elsewhere");
    }
    if (errors.length > 0) return refuseWithReasons(ctx, ctx.action, target, errors);
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, families, family.id, input.version, { updatedBy: ctx.user.id });
      await tx.insert(familyMembers).values({
        familyId: family.id,
        caseId: added.row.id,
        relationship: input.relationship,
        createdBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "family.member.add", target, {
        caseId: added.row.id,
        relationship: input.relationship,
      });
      return { id: family.id, version };
    });
  });
