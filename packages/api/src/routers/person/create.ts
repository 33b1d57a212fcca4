import { people, personIdentityDocuments, personSearchColumns } from "@kelias/db";
import { personCreateInput, todayIso } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { writeOnce } from "../../idempotency";
import { personColumns } from "../../person/columns";
import { linkMembers, requireVisibleMembers } from "../../person/household";
import { personTarget } from "../../person/target";
import { authedProcedure } from "../../trpc";

/** Registers a person with their identity documents and household links, once per submission. */
export const create = authedProcedure
  .meta({ action: "person.create" })
  .input(personCreateInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "person.create" });
    await requireVisibleMembers(ctx, input.household);
    return writeOnce(ctx, { procedure: "person.create", input }, async (tx) => {
      const [row] = await tx
        .insert(people)
        .values({
          ...personColumns(input),
          ...personSearchColumns(input),
          ageEstimatedOn: input.estimatedAge != null ? todayIso(new Date()) : null,
          createdBy: ctx.user.id,
        })
        .returning({ id: people.id });
      if (!row) throw new Error("person insert returned nothing");
      if (input.documents.length > 0) {
        await tx.insert(personIdentityDocuments).values(
          input.documents.map((d, position) => ({
            ...d,
            position,
            personId: row.id,
            createdBy: ctx.user.id,
          })),
        );
      }
      await linkMembers(tx, ctx.user.id, row.id, input.household);
      await recordAllowed(tx, ctx, "person.create", personTarget(row.id), {
        documents: input.documents.length,
        household: input.household.map((m) => m.personId),
      });
      return { id: row.id };
    });
  });
