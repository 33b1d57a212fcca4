import { fieldChanges } from "@kelias/db";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { readFieldChanges } from "../../field-history";
import { personTarget } from "../../person/target";
import { personProcedure } from "../../person-procedure";

/**
 * The field history of a person record, newest first: who changed which field, when, from what to
 * what. Identity documents' old and new values only for those who may read the documents.
 */
export const history = personProcedure("person.read").query(async ({ ctx }) => {
  const { row, facts } = ctx.person;
  const changes = await readFieldChanges(ctx.db, ctx.user, { kind: "person", person: facts }, [
    eq(fieldChanges.personId, row.id),
  ]);
  await recordAllowed(ctx.db, ctx, "person.history", personTarget(row.id), {});
  return { changes };
});
