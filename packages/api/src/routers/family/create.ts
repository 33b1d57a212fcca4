import { families, familyMembers } from "@kelias/db";
import { can, checkFamilyMembers, familyCreateInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { casesForFamily, familyTarget } from "../../family/load";
import { writeOnce } from "../../idempotency";
import { refuseWithReasons } from "../../refusal-reasons";
import { authedProcedure } from "../../trpc";

/**
 * Groups existing cases into a family, one of them its head: each case must be one the actor works
 * on (a case they may not read answers NOT_FOUND, as one that does not exist), all in one
 * programme, none in a family already. At most once per idempotency key.
 */
export const create = authedProcedure
  .meta({ action: "family.update" })
  .input(familyCreateInput)
  .mutation(async ({ ctx, input }) => {
    const found = await casesForFamily(
      ctx.db,
      input.members.map((m) => m.caseId),
    );
    for (const member of input.members) {
      const c = found.find((f) => f.row.id === member.caseId);
      if (!c || !can(ctx.user, { kind: "case.read", case: c.facts })) {
        return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "case", entityId: member.caseId });
      }
    }
    if (!can(ctx.user, { kind: "family.update", members: found.map((f) => f.facts) })) {
      return deny(ctx, ctx.action, "FORBIDDEN", { entityType: "case", entityId: input.members[0]?.caseId });
    }
    const programmeOf = new Map(found.map((f) => [f.row.id, f.row.programme]));
    const errors: string[] = checkFamilyMembers(
      input.members.map((m) => ({ ...m, programme: programmeOf.get(m.caseId) ?? "avrr" })),
    );
    if (found.some((f) => f.familyId !== null)) errors.push("family_member_elsewhere");
    const head = input.members.find((m) => m.relationship === "head") ?? input.members[0];
    const headTarget = { entityType: "case", entityId: head?.caseId ?? "" };
    if (errors.length > 0) return refuseWithReasons(ctx, ctx.action, headTarget, errors);
    const programme = programmeOf.get(head?.caseId ?? "");
    if (!programme) throw new Error("family without a head passed the checks");
    return writeOnce(ctx, { procedure: "family.create", input }, async (tx) => {
      const now = new Date();
      const [family] = await tx
        .insert(families)
        .values({ programme, createdBy: ctx.user.id, updatedBy: ctx.user.id, createdAt: now, updatedAt: now })
        .returning({ id: families.id, version: families.version });
      if (!family) throw new Error("family insert returned nothing");
      await tx.insert(familyMembers).values(
        input.members.map((m) => ({
          familyId: family.id,
          caseId: m.caseId,
          relationship: m.relationship,
          createdBy: ctx.user.id,
          createdAt: now,
        })),
      );
      await recordAllowed(tx, ctx, "family.create", familyTarget(family.id), {
        programme,
        members: input.members.map((m) => ({ caseId: m.caseId, relationship: m.relationship })),
      });
      return { id: family.id, version: family.version };
    });
  });
