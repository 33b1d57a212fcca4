import { randomUUID } from "node:crypto";
import { people, personHouseholdMembers, personSearchColumns } from "@kelias/db";
import { can, changedFields, personUpdateInput, todayIso } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { claimVersion } from "../../concurrency";
import { recordFieldChanges } from "../../field-history";
import { personColumns } from "../../person/columns";
import { linkMembers, requireVisibleMembers, unlinkMembers } from "../../person/household";
import { identityDocumentsOf, replaceDocuments } from "../../person/identity-documents";
import { personTarget } from "../../person/target";
import { visibleIds } from "../../person/visibility";
import { personProcedure } from "../../person-procedure";

/**
 * Changes a person, against the version that was read. Only the people working on the person
 * (who registered them, or work on one of their cases) may; identity documents only by those who
 * may read them; household links to people the actor cannot see are left as they are.
 */
export const update = personProcedure("person.update", personUpdateInput).mutation(async ({ ctx, input }) => {
  const person = ctx.person.row;
  const target = personTarget(person.id);
  if (
    input.documents !== undefined &&
    !can(ctx.user, { kind: "person.documents.read", person: ctx.person.facts })
  ) {
    return deny(ctx, ctx.action, "FORBIDDEN", target, "identity_documents_withheld");
  }
  await requireVisibleMembers(ctx, input.household);
  const links = await ctx.db
    .select({ memberId: personHouseholdMembers.memberId })
    .from(personHouseholdMembers)
    .where(eq(personHouseholdMembers.personId, person.id));
  const seen = await visibleIds(
    ctx,
    links.map((l) => l.memberId),
  );
  const wanted = new Set(input.household.map((m) => m.personId));
  const unlinked = [...seen].filter((id) => !wanted.has(id));

  return ctx.db.transaction(async (tx) => {
    // An unchanged estimate keeps the day it was made; a new one is made today.
    const sameEstimate = input.estimatedAge != null && input.estimatedAge === person.estimatedAge;
    const columns = personColumns(input);
    const version = await claimVersion(tx, people, person.id, input.version, {
      ...columns,
      ...personSearchColumns(input),
      ageEstimatedOn:
        input.estimatedAge == null ? null : sameEstimate ? person.ageEstimatedOn : todayIso(new Date()),
    });
    // The claim succeeded, so the row loaded for this request is the one the change replaced.
    const changeId = randomUUID();
    const history = { changeId, actorId: ctx.user.id, owner: { personId: person.id }, recordKey: person.id };
    await recordFieldChanges(
      tx,
      { ...history, record: "person", category: null },
      changedFields(person, columns),
    );
    if (input.documents !== undefined) {
      const before = await identityDocumentsOf(tx, person.id);
      await replaceDocuments(tx, ctx.user.id, person.id, input.documents);
      // Identity documents are a sensitive category: their history is read through its policy.
      await recordFieldChanges(
        tx,
        { ...history, record: "person", category: "identity_documents" },
        changedFields(
          { identityDocuments: before },
          { identityDocuments: await identityDocumentsOf(tx, person.id) },
        ),
      );
    }
    await unlinkMembers(tx, person.id, unlinked);
    await linkMembers(tx, ctx.user.id, person.id, input.household);
    await recordAllowed(tx, ctx, "person.update", target, {
      version,
      documents: input.documents === undefined ? "unchanged" : input.documents.length,
      household: input.household.map((m) => m.personId),
      unlinked,
      changeId,
    });
    return { id: person.id, version };
  });
});
