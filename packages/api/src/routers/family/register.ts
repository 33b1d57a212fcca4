import { families, familyMembers, people, personIdentityDocuments, personSearchColumns } from "@kelias/db";
import { checkFamilyMembers, type FamilyRelationship, familyRegisterInput, todayIso } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { insertCase } from "../../case-insert";
import { familyTarget } from "../../family/load";
import { writeOnce } from "../../idempotency";
import { personColumns } from "../../person/columns";
import { refuseWithReasons } from "../../refusal-reasons";
import { authedProcedure } from "../../trpc";

/**
 * Registers a household in one transaction: every member's person (with their identity documents),
 * a case of the programme for each, owned by the actor, and the family grouping them. Nothing is
 * written unless all of it is; at most once per idempotency key.
 */
export const register = authedProcedure
  .meta({ action: "case.create" })
  .input(familyRegisterInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "person.create" });
    await authorize(ctx, { kind: "case.create", programme: input.programme });
    const errors = checkFamilyMembers(
      input.members.map((m, i) => ({
        caseId: String(i),
        programme: input.programme,
        relationship: m.relationship,
      })),
    );
    if (errors.length > 0)
      return refuseWithReasons(ctx, ctx.action, { entityType: "family", entityId: "" }, errors);
    return writeOnce(ctx, { procedure: "family.register", input }, async (tx) => {
      const now = new Date();
      const [family] = await tx
        .insert(families)
        .values({
          programme: input.programme,
          createdBy: ctx.user.id,
          updatedBy: ctx.user.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: families.id, version: families.version });
      if (!family) throw new Error("family insert returned nothing");
      const registered: {
        personId: string;
        caseId: string;
        reference: string;
        relationship: FamilyRelationship;
      }[] = [];
      for (const member of input.members) {
        const { person } = member;
        const [row] = await tx
          .insert(people)
          .values({
            ...personColumns(person),
            ...personSearchColumns(person),
            ageEstimatedOn: person.estimatedAge != null ? todayIso(now) : null,
            createdBy: ctx.user.id,
          })
          .returning({ id: people.id });
        if (!row) throw new Error("person insert returned nothing");
        if (person.documents.length > 0) {
          await tx.insert(personIdentityDocuments).values(
            person.documents.map((d, position) => ({
              ...d,
              position,
              personId: row.id,
              createdBy: ctx.user.id,
            })),
          );
        }
        const opened = await insertCase(tx, {
          programme: input.programme,
          personId: row.id,
          ownerId: ctx.user.id,
          now,
          referralSource: input.referralSource,
          referralSourceDetail: input.referralSourceDetail,
        });
        await tx.insert(familyMembers).values({
          familyId: family.id,
          caseId: opened.id,
          relationship: member.relationship,
          createdBy: ctx.user.id,
          createdAt: now,
        });
        registered.push({
          personId: row.id,
          caseId: opened.id,
          reference: opened.reference,
          relationship: member.relationship,
        });
      }
      await recordAllowed(tx, ctx, "family.register", familyTarget(family.id), {
        programme: input.programme,
        members: registered,
      });
      return { id: family.id, version: family.version, members: registered };
    });
  });
