import { cases, people } from "@kelias/db";
import { caseCreateInput, caseScope } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { insertCase } from "../../case-insert";
import { writeOnce } from "../../idempotency";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/**
 * Opens a case of a programme for a person the actor registered or already has a case of in scope;
 * any other person answers NOT_FOUND, as one that does not exist. At most once per idempotency key.
 */
export const create = authedProcedure
  .meta({ action: "case.create" })
  .input(caseCreateInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "case.create", programme: input.programme });
    const [person] = await ctx.db
      .select({ id: people.id, createdBy: people.createdBy })
      .from(people)
      .where(eq(people.id, input.personId))
      .limit(1);
    const mayUsePerson =
      person &&
      (person.createdBy === ctx.user.id ||
        (await ctx.db.$count(
          cases,
          and(eq(cases.personId, person.id), caseScopeSql(ctx, caseScope(ctx.user, "access"))),
        )) > 0);
    if (!mayUsePerson) {
      return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "person", entityId: input.personId });
    }
    const now = new Date();
    return writeOnce(ctx, { procedure: "case.create", input }, async (tx) => {
      const row = await insertCase(tx, {
        programme: input.programme,
        personId: input.personId,
        ownerId: ctx.user.id,
        now,
        referralSource: input.referralSource,
        referralSourceDetail: input.referralSourceDetail,
      });
      await recordAllowed(
        tx,
        ctx,
        "case.create",
        { entityType: "case", entityId: row.id },
        { programme: input.programme, personId: input.personId, reference: row.reference },
      );
      return row;
    });
  });
