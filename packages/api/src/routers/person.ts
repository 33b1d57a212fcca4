import { appendAudit, cases, people } from "@kelias/db";
import { caseScope, personCreateInput, todayIso } from "@kelias/domain";
import { and, desc, eq, exists, or, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny } from "../authorize";
import { caseScopeSql } from "../scope";
import { type AuthedContext, authedProcedure, router } from "../trpc";

/** A person is visible to whoever registered them and to whoever may see one of their cases. */
function personVisible(ctx: AuthedContext) {
  return or(
    eq(people.createdBy, ctx.user.id),
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(cases)
        .where(and(eq(cases.personId, people.id), caseScopeSql(ctx, caseScope(ctx.user)))),
    ),
  );
}

export const personRouter = router({
  create: authedProcedure
    .meta({ action: "person.create" })
    .input(personCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.create" });
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({
            givenName: input.givenName,
            familyName: input.familyName,
            dateOfBirth: input.dateOfBirth ?? null,
            estimatedAge: input.estimatedAge ?? null,
            ageEstimatedOn: input.estimatedAge != null ? todayIso(new Date()) : null,
            sex: input.sex,
            citizenships: input.citizenships,
            createdBy: ctx.user.id,
          })
          .returning({ id: people.id });
        if (!row) throw new Error("person insert returned nothing");
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "person.create",
          outcome: "allowed",
          entityType: "person",
          entityId: row.id,
          ip: ctx.ip,
        });
        return { id: row.id };
      });
    }),

  get: authedProcedure
    .meta({ action: "person.read" })
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.read" });
      const [person] = await ctx.db
        .select()
        .from(people)
        .where(and(eq(people.id, input.id), personVisible(ctx)))
        .limit(1);
      if (!person) return deny(ctx, "person.read", "NOT_FOUND", { entityType: "person", entityId: input.id });
      const personCases = await ctx.db
        .select({
          id: cases.id,
          reference: cases.reference,
          programme: cases.programme,
          state: cases.state,
          openedAt: cases.openedAt,
        })
        .from(cases)
        .where(and(eq(cases.personId, person.id), caseScopeSql(ctx, caseScope(ctx.user))))
        .orderBy(desc(cases.openedAt));
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "person.read",
        outcome: "allowed",
        entityType: "person",
        entityId: person.id,
        ip: ctx.ip,
      });
      return {
        id: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        dateOfBirth: person.dateOfBirth,
        estimatedAge: person.estimatedAge,
        ageEstimatedOn: person.ageEstimatedOn,
        sex: person.sex,
        citizenships: person.citizenships,
        version: person.version,
        cases: personCases,
      };
    }),
});
