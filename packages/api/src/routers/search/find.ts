import { caseNotes, caseSensitiveNotes, cases, people, personIdentityDocuments, users } from "@kelias/db";
import {
  caseScope,
  planSearch,
  type SearchKind,
  type SensitiveCategory,
  SNIPPET_START,
  SNIPPET_STOP,
  searchInput,
  sensitiveScope,
} from "@kelias/domain";
import { and, asc, desc, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { caseSummary } from "../../case-summary";
import type { AuthedContext } from "../../context";
import { personSummary } from "../../person/summary";
import { personVisible, registeredOrOnCase } from "../../person/visibility";
import { caseScopeSql } from "../../scope";
import { sensitiveReadableSql } from "../../search/sensitive-scope";
import { authedProcedure } from "../../trpc";

/** How many people and how many cases a search shows at most. */
export const SEARCH_LIMIT = 20;

/** What a person was found by. */
export type PersonMatch = "name" | "document" | "phone" | "birthDate";
/** What a case was found by. */
export type CaseMatch = "reference" | "person" | "note" | "sensitive";

/** The terms that apply (Postgres refuses a constant `ORDER BY` term). */
const present = (...terms: (SQL | undefined)[]) => terms.filter((term): term is SQL => term !== undefined);
const orFalse = (...parts: (SQL | undefined)[]) => or(...parts) ?? sql`false`;
const flag = (condition: SQL | undefined) => sql<boolean>`coalesce((${condition ?? sql`false`}), false)`;

/** The people of the actor's scope (as the people list has them) that the query names. */
async function findPeople(ctx: AuthedContext, plan: ReturnType<typeof planSearch>) {
  const sensitive = sensitiveScope(ctx.user);
  const byName = plan.text ? sql`${plan.text} <% ${people.searchName}` : undefined;
  const byPhone = plan.phone ? sql`${people.phones} @> array[${plan.phone}]::text[]` : undefined;
  const byBirth = plan.birthDate ? eq(people.dateOfBirth, plan.birthDate) : undefined;
  // A document number finds only people whose documents the actor may read (who registered them,
  // or may read the identity documents of one of their cases): it never confirms whose number it is
  // to anyone else.
  const byDocument = plan.documentNumber
    ? and(
        exists(
          ctx.db
            .select({ one: sql`1` })
            .from(personIdentityDocuments)
            .where(
              and(
                eq(personIdentityDocuments.personId, people.id),
                eq(personIdentityDocuments.number, plan.documentNumber),
              ),
            ),
        ),
        registeredOrOnCase(
          ctx,
          and(eq(cases.restricted, false), sensitiveReadableSql(ctx, sensitive, "identity_documents")),
        ),
      )
    : undefined;
  if (!byName && !byPhone && !byBirth && !byDocument) return [];
  const exact = orFalse(byPhone, byBirth, byDocument);
  const rows = await ctx.db
    .select({
      ...personSummary,
      name: flag(byName),
      document: flag(byDocument),
      phone: flag(byPhone),
      birthDate: flag(byBirth),
    })
    .from(people)
    .where(and(personVisible(ctx, "listing"), orFalse(byName, byPhone, byBirth, byDocument)))
    .orderBy(
      ...present(
        byPhone || byBirth || byDocument ? sql`(${exact}) desc` : undefined,
        plan.text ? sql`word_similarity(${plan.text}, ${people.searchName}) desc` : undefined,
        asc(people.familyName),
        asc(people.id),
      ),
    )
    .limit(SEARCH_LIMIT);
  return rows.map(({ name, document, phone, birthDate, ...person }) => ({
    ...person,
    matchedBy: (
      [
        ["name", name],
        ["document", document],
        ["phone", phone],
        ["birthDate", birthDate],
      ] as const
    )
      .filter(([, matched]) => matched)
      .map(([kind]) => kind) as PersonMatch[],
  }));
}

/**
 * The cases of the actor's listing scope that the query names (by reference, by their person among
 * the people found, or in a note the actor may read), and a restricted case whose whole reference it
 * is, which the actor may open (as `case.findByReference` finds it).
 */
async function findCases(ctx: AuthedContext, plan: ReturnType<typeof planSearch>, personIds: string[]) {
  const sensitive = sensitiveScope(ctx.user);
  const byReference = plan.reference
    ? orFalse(
        plan.reference.exact ? eq(cases.reference, plan.reference.exact) : undefined,
        sql`${cases.reference} like ${plan.reference.pattern}`,
      )
    : undefined;
  const exactReference = plan.reference?.exact ? eq(cases.reference, plan.reference.exact) : undefined;
  const byPerson = personIds.length > 0 ? inArray(cases.personId, personIds) : undefined;
  const noteQuery = plan.notes ? sql`to_tsquery('simple', ${plan.notes})` : undefined;
  const noteMatch = noteQuery
    ? and(eq(caseNotes.caseId, cases.id), sql`${caseNotes.searchVector} @@ ${noteQuery}`)
    : undefined;
  // Sensitive notes match only in the categories the actor may read on that case.
  const sensitiveMatch = noteQuery
    ? and(
        eq(caseSensitiveNotes.caseId, cases.id),
        sql`${caseSensitiveNotes.searchVector} @@ ${noteQuery}`,
        sensitiveReadableSql(ctx, sensitive, caseSensitiveNotes.category),
      )
    : undefined;
  const byNote = noteMatch
    ? exists(ctx.db.select({ one: sql`1` }).from(caseNotes).where(noteMatch))
    : undefined;
  const bySensitive = sensitiveMatch
    ? exists(ctx.db.select({ one: sql`1` }).from(caseSensitiveNotes).where(sensitiveMatch))
    : undefined;
  if (!byReference && !byPerson && !byNote && !bySensitive) return [];

  const options = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=24, MinWords=10, MaxFragments=1`;
  const snippet = noteMatch
    ? sql<string | null>`(select ts_headline('simple', ${caseNotes.content}, ${noteQuery}, ${options})
        from ${caseNotes} where ${noteMatch} order by ${caseNotes.updatedAt} desc limit 1)`
    : sql<string | null>`null`;
  const categories = sensitiveMatch
    ? sql<SensitiveCategory[]>`array(select ${caseSensitiveNotes.category} from ${caseSensitiveNotes}
        where ${sensitiveMatch} order by ${caseSensitiveNotes.category})`
    : sql<SensitiveCategory[]>`array[]::text[]`;

  const listed = and(
    caseScopeSql(ctx, caseScope(ctx.user, "listing")),
    orFalse(byReference, byPerson, byNote, bySensitive),
  );
  const opened = exactReference
    ? and(exactReference, caseScopeSql(ctx, caseScope(ctx.user, "access")))
    : undefined;
  const rows = await ctx.db
    .select({
      id: cases.id,
      ...caseSummary,
      ownerName: users.name,
      personId: cases.personId,
      personGivenName: people.givenName,
      personFamilyName: people.familyName,
      byReference: flag(byReference),
      byPerson: flag(byPerson),
      noteSnippet: snippet,
      sensitiveCategories: categories,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .innerJoin(users, eq(users.id, cases.ownerId))
    .where(orFalse(listed, opened))
    .orderBy(
      ...present(
        exactReference ? sql`(${exactReference}) desc` : undefined,
        byReference ? sql`(${byReference}) desc` : undefined,
        desc(cases.openedAt),
        desc(cases.id),
      ),
    )
    .limit(SEARCH_LIMIT);
  return rows.map(
    ({ byReference: reference, byPerson: person, noteSnippet, sensitiveCategories, ...row }) => {
      const matchedBy: CaseMatch[] = [];
      if (reference) matchedBy.push("reference");
      if (person) matchedBy.push("person");
      if (noteSnippet !== null) matchedBy.push("note");
      if (sensitiveCategories.length > 0) matchedBy.push("sensitive");
      return { ...row, matchedBy, noteSnippet, sensitiveCategories };
    },
  );
}

/**
 * The global search: the people and cases of the actor's scope that one query names, by name (in
 * any script: names are compared transliterated), case reference or part of one, identity document
 * number, phone number or date of birth, and the cases whose notes, or sensitive notes the actor may
 * read, contain its words. Nothing out of scope is shown or counted. A mutation, as `person.search`:
 * what is searched for (a name) stays out of URLs and logs of requests; the audit entry records what
 * kind of query it was and what was shown, never the query itself (see the catalogue).
 */
export const find = authedProcedure
  .meta({ action: "search.run" })
  .input(searchInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "search.run" });
    const plan = planSearch(input.query);
    const found = await findPeople(ctx, plan);
    const foundCases = await findCases(
      ctx,
      plan,
      found.map((p) => p.id),
    );
    const kinds: SearchKind[] = plan.kinds;
    await recordAllowed(ctx.db, ctx, "search.find", null, {
      kinds,
      people: found.map((p) => p.id),
      cases: foundCases.map((c) => c.id),
      noteMatches: foundCases.filter((c) => c.matchedBy.includes("note")).length,
      sensitiveMatches: foundCases.filter((c) => c.matchedBy.includes("sensitive")).length,
    });
    return { kinds, people: found, cases: foundCases };
  });
