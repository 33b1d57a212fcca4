import {
  appendAudit,
  caseAssignments,
  cases,
  type Executor,
  people,
  personHouseholdMembers,
  personIdentityDocuments,
} from "@kelias/db";
import {
  birthWindow,
  type CaseFacts,
  type CaseScopeUse,
  can,
  caseScope,
  DUPLICATE_NAME_SIMILARITY,
  type DuplicateReason,
  decodeCursor,
  encodeCursor,
  type HouseholdMemberInput,
  type IdentityDocumentInput,
  idInput,
  inverseRelationship,
  mayReadPersonDocuments,
  mayUpdatePerson,
  personCreateInput,
  personDocumentsFor,
  personListInput,
  personSearchInput,
  personUpdateInput,
  todayIso,
  type Withheld,
} from "@kelias/domain";
import { and, arrayOverlaps, asc, desc, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny, refuseStale } from "../authorize";
import { caseSummary } from "../case-summary";
import { writeOnce } from "../idempotency";
import { cursorText, pastCursor } from "../keyset";
import { caseScopeSql } from "../scope";
import { type AuthedContext, authedProcedure, router } from "../trpc";

/**
 * A person is visible to whoever registered them and to whoever may see one of their cases. Opened
 * by id (`access`), a restricted case counts; in lists, searches and the duplicate check (`listing`)
 * it does not, so a person known only through restricted cases is never named there.
 */
function personVisible(ctx: AuthedContext, use: CaseScopeUse): SQL {
  return (
    or(
      eq(people.createdBy, ctx.user.id),
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(cases)
          .where(and(eq(cases.personId, people.id), caseScopeSql(ctx, caseScope(ctx.user, use)))),
      ),
    ) ?? sql`false`
  );
}

/** The ids among `ids` of people the actor may see (household members, joined in by id). */
async function visibleIds(ctx: AuthedContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, [...ids]), personVisible(ctx, "access")));
  return new Set(rows.map((r) => r.id));
}

/** The person's cases the actor may open, with what the policy needs to decide on each. */
async function casesInScope(ctx: AuthedContext, personId: string) {
  const rows = await ctx.db
    .select({ id: cases.id, ...caseSummary })
    .from(cases)
    .where(and(eq(cases.personId, personId), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
    .orderBy(desc(cases.openedAt));
  const assignees =
    rows.length === 0
      ? []
      : await ctx.db
          .select({ caseId: caseAssignments.caseId, userId: caseAssignments.userId })
          .from(caseAssignments)
          .where(
            inArray(
              caseAssignments.caseId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((row) => {
    const facts: CaseFacts = {
      programme: row.programme,
      restricted: row.restricted,
      assigneeIds: assignees.filter((a) => a.caseId === row.id).map((a) => a.userId),
    };
    return { row, facts };
  });
}

/** Household members must be people the actor can see; one that is not answers NOT_FOUND. */
async function requireVisibleMembers(
  ctx: AuthedContext,
  action: string,
  members: readonly HouseholdMemberInput[],
) {
  const ids = members.map((m) => m.personId);
  const visible = await visibleIds(ctx, ids);
  const missing = ids.find((id) => !visible.has(id));
  if (missing) await deny(ctx, action, "NOT_FOUND", { entityType: "person", entityId: missing });
}

async function linkMembers(
  tx: Executor,
  actorId: string,
  personId: string,
  members: readonly HouseholdMemberInput[],
) {
  if (members.length === 0) return;
  const rows = members.flatMap((m) => [
    { personId, memberId: m.personId, relationship: m.relationship, createdBy: actorId },
    {
      personId: m.personId,
      memberId: personId,
      relationship: inverseRelationship(m.relationship),
      createdBy: actorId,
    },
  ]);
  await tx
    .insert(personHouseholdMembers)
    .values(rows)
    .onConflictDoUpdate({
      target: [personHouseholdMembers.personId, personHouseholdMembers.memberId],
      set: { relationship: sql`excluded.relationship` },
    });
}

async function unlinkMembers(tx: Executor, personId: string, memberIds: readonly string[]) {
  if (memberIds.length === 0) return;
  await tx
    .delete(personHouseholdMembers)
    .where(
      or(
        and(
          eq(personHouseholdMembers.personId, personId),
          inArray(personHouseholdMembers.memberId, [...memberIds]),
        ),
        and(
          eq(personHouseholdMembers.memberId, personId),
          inArray(personHouseholdMembers.personId, [...memberIds]),
        ),
      ),
    );
}

const documentKey = (d: { type: string; issuingCountry: string; number: string }) =>
  `${d.type} ${d.issuingCountry} ${d.number}`;

/** Makes the person's documents the given list, keeping the rows (and who added them) that stay. */
async function replaceDocuments(
  tx: Executor,
  actorId: string,
  personId: string,
  documents: readonly IdentityDocumentInput[],
) {
  const existing = await tx
    .select()
    .from(personIdentityDocuments)
    .where(eq(personIdentityDocuments.personId, personId));
  const wanted = new Map(documents.map((d, position) => [documentKey(d), { ...d, position }]));
  const gone = existing.filter((row) => !wanted.has(documentKey(row)));
  if (gone.length > 0) {
    await tx.delete(personIdentityDocuments).where(
      inArray(
        personIdentityDocuments.id,
        gone.map((row) => row.id),
      ),
    );
  }
  for (const [key, document] of wanted) {
    const row = existing.find((r) => documentKey(r) === key);
    if (!row) {
      await tx.insert(personIdentityDocuments).values({ ...document, personId, createdBy: actorId });
    } else if (row.position !== document.position || row.expiresOn !== document.expiresOn) {
      await tx
        .update(personIdentityDocuments)
        .set({ position: document.position, expiresOn: document.expiresOn })
        .where(eq(personIdentityDocuments.id, row.id));
    }
  }
}

/** The columns of `people` that the registration and edit forms set. */
function personColumns(input: z.output<typeof personCreateInput> | z.output<typeof personUpdateInput>) {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    givenNameLatin: input.givenNameLatin,
    familyNameLatin: input.familyNameLatin,
    dateOfBirth: input.dateOfBirth ?? null,
    estimatedAge: input.estimatedAge ?? null,
    sex: input.sex,
    gender: input.gender,
    citizenships: input.citizenships,
    languages: input.languages,
    phones: input.phones,
    addressStreet: input.address?.street ?? null,
    addressCity: input.address?.city ?? null,
    addressPostalCode: input.address?.postalCode ?? null,
  };
}

/** The database's folding of a name, so a search compares like with like (see `person_search_name`). */
function searchNameOf(input: {
  givenName: string;
  familyName: string;
  givenNameLatin: string | null;
  familyNameLatin: string | null;
}): SQL {
  return sql`person_search_name(${input.givenName}, ${input.familyName}, ${input.givenNameLatin}, ${input.familyNameLatin})`;
}

/** A stored person's birth date to compare: the date of birth, or the middle of the estimated birth year. */
const approximateBirth = sql`coalesce(${people.dateOfBirth}, (coalesce(${people.ageEstimatedOn}, current_date) - make_interval(years => ${people.estimatedAge}, months => 6))::date)`;

export const personRouter = router({
  create: authedProcedure
    .meta({ action: "person.create" })
    .input(personCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.create" });
      await requireVisibleMembers(ctx, "person.create", input.household);
      return writeOnce(ctx, { procedure: "person.create", input }, async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({
            ...personColumns(input),
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
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "person.create",
          outcome: "allowed",
          entityType: "person",
          entityId: row.id,
          ip: ctx.ip,
          detail: { documents: input.documents.length, household: input.household.map((m) => m.personId) },
        });
        return { id: row.id };
      });
    }),

  /**
   * People already registered who may be the person about to be registered: the same identity
   * document number, or a similar name with a close date of birth and a citizenship in common.
   * Matches the actor can see come with id and name; matches they cannot see are only announced,
   * so the check never discloses who else is on record. A mutation although it changes nothing but
   * the audit log: what is checked (names, document numbers) travels in a request body, never in a URL.
   */
  checkDuplicates: authedProcedure
    .meta({ action: "person.create" })
    .input(personCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.create" });
      // Who is named: a person seen only through restricted cases is only announced.
      const visible = sql<boolean>`(${personVisible(ctx, "listing")})`;
      const found = new Map<
        string,
        { givenName: string; familyName: string; visible: boolean; reasons: Set<DuplicateReason> }
      >();
      const add = (
        row: { id: string; givenName: string; familyName: string; visible: boolean },
        reason: DuplicateReason,
      ) => {
        const entry = found.get(row.id) ?? { ...row, reasons: new Set<DuplicateReason>() };
        entry.reasons.add(reason);
        found.set(row.id, entry);
      };

      const numbers = [...new Set(input.documents.map((d) => d.number))];
      if (numbers.length > 0) {
        const byDocument = await ctx.db
          .selectDistinct({
            id: people.id,
            givenName: people.givenName,
            familyName: people.familyName,
            visible,
          })
          .from(personIdentityDocuments)
          .innerJoin(people, eq(people.id, personIdentityDocuments.personId))
          .where(inArray(personIdentityDocuments.number, numbers))
          .limit(50);
        for (const row of byDocument) add(row, "document");
      }

      const window = birthWindow(input, todayIso(new Date()));
      if (window) {
        const name = searchNameOf(input);
        const birthClose = window.exact
          ? sql`((${people.dateOfBirth} is not null and ${people.dateOfBirth} between ${window.exactFrom} and ${window.exactTo})
              or (${people.dateOfBirth} is null and ${approximateBirth} between ${window.wideFrom} and ${window.wideTo}))`
          : sql`${approximateBirth} between ${window.wideFrom} and ${window.wideTo}`;
        // `%` is pg_trgm's indexed "similar" test; raising its threshold (for this transaction only) to
        // ours lets the trigram index discard names that merely share a common given name.
        const byName = await ctx.db.transaction(async (tx) => {
          await tx.execute(
            sql`select set_config('pg_trgm.similarity_threshold', ${String(DUPLICATE_NAME_SIMILARITY)}, true)`,
          );
          return tx
            .select({ id: people.id, givenName: people.givenName, familyName: people.familyName, visible })
            .from(people)
            .where(
              and(
                sql`${people.searchName} % ${name}`,
                arrayOverlaps(people.citizenships, input.citizenships),
                birthClose,
              ),
            )
            .orderBy(sql`similarity(${people.searchName}, ${name}) desc`)
            .limit(50);
        });
        for (const row of byName) add(row, "name_birth_citizenship");
      }

      const entries = [...found.entries()];
      const matches = entries
        .filter(([, e]) => e.visible)
        .map(([id, e]) => ({
          id,
          name: `${e.givenName} ${e.familyName}`,
          reasons: [...e.reasons].sort(),
        }));
      const outOfScope = entries.some(([, e]) => !e.visible);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "person.checkDuplicates",
        outcome: "allowed",
        entityType: "person",
        ip: ctx.ip,
        detail: {
          matches: matches.map((m) => m.id),
          outOfScope: entries.filter(([, e]) => !e.visible).length,
        },
      });
      return { matches, outOfScope };
    }),

  /**
   * People the actor can see whose name is like the query: for linking household members. A mutation
   * for the same reason as `checkDuplicates`: the name searched for stays out of URLs.
   */
  search: authedProcedure
    .meta({ action: "person.read" })
    .input(personSearchInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.read" });
      const query = sql`person_search_name(${input.query}, '', null, null)`;
      const rows = await ctx.db
        .select({
          id: people.id,
          givenName: people.givenName,
          familyName: people.familyName,
          dateOfBirth: people.dateOfBirth,
          estimatedAge: people.estimatedAge,
          ageEstimatedOn: people.ageEstimatedOn,
          citizenships: people.citizenships,
        })
        .from(people)
        .where(
          and(
            sql`${query} <% ${people.searchName}`,
            personVisible(ctx, "listing"),
            input.excludeId ? sql`${people.id} <> ${input.excludeId}` : undefined,
          ),
        )
        .orderBy(sql`word_similarity(${query}, ${people.searchName}) desc`, asc(people.familyName))
        .limit(10);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "person.search",
        outcome: "allowed",
        entityType: "person",
        ip: ctx.ip,
        detail: { results: rows.map((r) => r.id) },
      });
      return rows;
    }),

  /** The people the actor may see, newest registrations first; a name narrows it. */
  list: authedProcedure
    .meta({ action: "person.read" })
    .input(personListInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.read" });
      const cursor = decodeCursor(input.after ?? "");
      const rows = await ctx.db
        .select({
          id: people.id,
          givenName: people.givenName,
          familyName: people.familyName,
          dateOfBirth: people.dateOfBirth,
          estimatedAge: people.estimatedAge,
          ageEstimatedOn: people.ageEstimatedOn,
          citizenships: people.citizenships,
          createdAt: people.createdAt,
          cursorAt: cursorText(people.createdAt),
        })
        .from(people)
        .where(
          and(
            personVisible(ctx, "listing"),
            input.query
              ? sql`person_search_name(${input.query}, '', null, null) <% ${people.searchName}`
              : undefined,
            cursor ? pastCursor(people.createdAt, people.id, cursor, true) : undefined,
          ),
        )
        .orderBy(desc(people.createdAt), desc(people.id))
        .limit(input.limit + 1);
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "person.list",
        outcome: "allowed",
        entityType: "person",
        ip: ctx.ip,
        detail: { results: page.map((r) => r.id), query: input.query !== undefined },
      });
      return {
        items: page.map(({ cursorAt: _, ...person }) => person),
        olderCursor:
          rows.length > input.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
      };
    }),

  get: authedProcedure
    .meta({ action: "person.read" })
    .input(z.object({ id: idInput() }))
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.read" });
      const [person] = await ctx.db
        .select()
        .from(people)
        .where(and(eq(people.id, input.id), personVisible(ctx, "access")))
        .limit(1);
      if (!person) return deny(ctx, "person.read", "NOT_FOUND", { entityType: "person", entityId: input.id });
      const personCases = await casesInScope(ctx, person.id);
      const facts = personCases.map((c) => c.facts);
      const readDocuments = mayReadPersonDocuments(ctx.user, person, facts);
      const [documentRows, links] = await Promise.all([
        readDocuments
          ? ctx.db
              .select({
                type: personIdentityDocuments.type,
                number: personIdentityDocuments.number,
                issuingCountry: personIdentityDocuments.issuingCountry,
                expiresOn: personIdentityDocuments.expiresOn,
              })
              .from(personIdentityDocuments)
              .where(eq(personIdentityDocuments.personId, person.id))
              .orderBy(asc(personIdentityDocuments.position))
          : Promise.resolve(null),
        ctx.db
          .select({
            memberId: personHouseholdMembers.memberId,
            relationship: personHouseholdMembers.relationship,
          })
          .from(personHouseholdMembers)
          .where(eq(personHouseholdMembers.personId, person.id)),
      ]);
      const seen = await visibleIds(
        ctx,
        links.map((l) => l.memberId),
      );
      const memberRows =
        seen.size === 0
          ? []
          : await ctx.db
              .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
              .from(people)
              .where(inArray(people.id, [...seen]))
              .orderBy(asc(people.familyName), asc(people.givenName));
      const household = memberRows.map((m) => ({
        id: m.id,
        name: `${m.givenName} ${m.familyName}`,
        relationship: links.find((l) => l.memberId === m.id)?.relationship ?? "other",
      }));
      const documents: IdentityDocumentInput[] | Withheld = personDocumentsFor(
        ctx.user,
        person,
        facts,
        documentRows ?? [],
      );
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "person.read",
        outcome: "allowed",
        entityType: "person",
        entityId: person.id,
        ip: ctx.ip,
        detail: { identityDocuments: documentRows ? "shown" : "withheld" },
      });
      return {
        id: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        givenNameLatin: person.givenNameLatin,
        familyNameLatin: person.familyNameLatin,
        dateOfBirth: person.dateOfBirth,
        estimatedAge: person.estimatedAge,
        ageEstimatedOn: person.ageEstimatedOn,
        sex: person.sex,
        gender: person.gender,
        citizenships: person.citizenships,
        languages: person.languages,
        phones: person.phones,
        address:
          person.addressStreet !== null && person.addressCity !== null
            ? { street: person.addressStreet, city: person.addressCity, postalCode: person.addressPostalCode }
            : null,
        documents,
        household,
        /** Household members the actor cannot see: counted, never named. */
        hiddenHouseholdMembers: links.length - household.length,
        version: person.version,
        /** What the interface may offer; every procedure checks again. */
        permissions: { update: mayUpdatePerson(ctx.user, person, facts) },
        // A list: restricted cases are counted, never named (each is opened by its link or reference).
        cases: personCases
          .filter(({ facts }) => can(ctx.user, { kind: "case.listed", case: facts }))
          .map(({ row }) => ({
            id: row.id,
            reference: row.reference,
            programme: row.programme,
            state: row.state,
            openedAt: row.openedAt,
          })),
        restrictedCases: personCases.filter(({ facts }) => facts.restricted).length,
      };
    }),

  /**
   * Changes a person, against the version that was read. Only the people working on the person
   * (who registered them, or work on one of their cases) may; identity documents only by those who
   * may read them; household links to people the actor cannot see are left as they are.
   */
  update: authedProcedure
    .meta({ action: "person.create" })
    .input(personUpdateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "person.create" });
      const target = { entityType: "person", entityId: input.id };
      const [person] = await ctx.db
        .select({
          id: people.id,
          createdBy: people.createdBy,
          estimatedAge: people.estimatedAge,
          ageEstimatedOn: people.ageEstimatedOn,
        })
        .from(people)
        .where(and(eq(people.id, input.id), personVisible(ctx, "access")))
        .limit(1);
      if (!person) return deny(ctx, "person.update", "NOT_FOUND", target);
      const personCases = await casesInScope(ctx, person.id);
      const facts = personCases.map((c) => c.facts);
      if (!mayUpdatePerson(ctx.user, person, facts)) return deny(ctx, "person.update", "FORBIDDEN", target);
      if (input.documents !== undefined && !mayReadPersonDocuments(ctx.user, person, facts)) {
        return deny(ctx, "person.update", "FORBIDDEN", target, "identity_documents_withheld");
      }
      await requireVisibleMembers(ctx, "person.update", input.household);
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

      const updated = await ctx.db.transaction(async (tx) => {
        // An unchanged estimate keeps the day it was made; a new one is made today.
        const sameEstimate = input.estimatedAge != null && input.estimatedAge === person.estimatedAge;
        const [row] = await tx
          .update(people)
          .set({
            ...personColumns(input),
            ageEstimatedOn:
              input.estimatedAge == null ? null : sameEstimate ? person.ageEstimatedOn : todayIso(new Date()),
            version: sql`${people.version} + 1`,
            updatedAt: new Date(),
          })
          .where(and(eq(people.id, input.id), eq(people.version, input.version)))
          .returning({ version: people.version });
        if (!row) return null;
        if (input.documents !== undefined)
          await replaceDocuments(tx, ctx.user.id, person.id, input.documents);
        await unlinkMembers(tx, person.id, unlinked);
        await linkMembers(tx, ctx.user.id, person.id, input.household);
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "person.update",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: {
            version: row.version,
            documents: input.documents === undefined ? "unchanged" : input.documents.length,
            household: input.household.map((m) => m.personId),
            unlinked,
          },
        });
        return row;
      });
      if (!updated) return refuseStale(ctx, "person.update", target);
      return { id: person.id, version: updated.version };
    }),
});
