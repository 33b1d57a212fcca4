import { people, personHouseholdMembers } from "@kelias/db";
import { can, personUpdateInput, todayIso } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { claimVersion } from "../../concurrency";
import { personColumns } from "../../person/columns";
import { linkMembers, requireVisibleMembers, unlinkMembers } from "../../person/household";
import { replaceDocuments } from "../../person/identity-documents";
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
    const version = await claimVersion(tx, people, person.id, input.version, {
      ...personColumns(input),
      ageEstimatedOn:
        input.estimatedAge == null ? null : sameEstimate ? person.ageEstimatedOn : todayIso(new Date()),
    });
    if (input.documents !== undefined) await replaceDocuments(tx, ctx.user.id, person.id, input.documents);
    await unlinkMembers(tx, person.id, unlinked);
    await linkMembers(tx, ctx.user.id, person.id, input.household);
    await recordAllowed(tx, ctx, "person.update", target, {
      version,
      documents: input.documents === undefined ? "unchanged" : input.documents.length,
      household: input.household.map((m) => m.personId),
      unlinked,
    });
    return { id: person.id, version };
  });
});
