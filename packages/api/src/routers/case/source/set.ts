import { randomUUID } from "node:crypto";
import { cases } from "@kelias/db";
import { changedFields, referralSourceSetInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";
import { recordFieldChanges } from "../../../field-history";

/**
 * Records or corrects how the person came to the office (the case's entry point), against the
 * case's version. The value before and after goes to the case's field history; the audit entry
 * names the change, not the values.
 */
export const set = caseProcedure("case.update", referralSourceSetInput).mutation(async ({ ctx, input }) => {
  const { row } = ctx.case;
  const after = { referralSource: input.referralSource, referralSourceDetail: input.referralSourceDetail };
  return ctx.db.transaction(async (tx) => {
    // The values the change replaces, locked until it is written.
    const [before] = await tx
      .select({ referralSource: cases.referralSource, referralSourceDetail: cases.referralSourceDetail })
      .from(cases)
      .where(eq(cases.id, row.id))
      .for("update");
    const version = await claimVersion(tx, cases, row.id, input.version, after);
    const changeId = randomUUID();
    await recordFieldChanges(
      tx,
      {
        changeId,
        actorId: ctx.user.id,
        record: "referral_source",
        owner: { caseId: row.id },
        recordKey: row.id,
        category: null,
      },
      changedFields(before ?? {}, after),
    );
    await recordAllowed(tx, ctx, "case.source.set", caseTarget(row.id), { version, changeId });
    return { id: row.id, version };
  });
});
