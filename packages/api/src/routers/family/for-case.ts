import { familyMembers } from "@kelias/db";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";

/** The family a case belongs to, if any (read with the case: `case.read`). */
export const forCase = caseProcedure("case.read").query(async ({ ctx }) => {
  const { row } = ctx.case;
  const [member] = await ctx.db
    .select({ familyId: familyMembers.familyId, relationship: familyMembers.relationship })
    .from(familyMembers)
    .where(eq(familyMembers.caseId, row.id))
    .limit(1);
  await recordAllowed(ctx.db, ctx, "family.forCase", caseTarget(row.id), {});
  return member ?? null;
});
