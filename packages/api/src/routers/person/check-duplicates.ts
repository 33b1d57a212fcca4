import { people, personIdentityDocuments } from "@kelias/db";
import {
  birthWindow,
  DUPLICATE_NAME_SIMILARITY,
  type DuplicateReason,
  displayName,
  personCreateInput,
  personSearchName,
  todayIso,
} from "@kelias/domain";
import { and, arrayOverlaps, eq, inArray, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { peopleTarget } from "../../person/target";
import { personVisible } from "../../person/visibility";
import { authedProcedure } from "../../trpc";

/** A stored person's birth date to compare: the date of birth, or the middle of the estimated birth year. */
const approximateBirth = sql`coalesce(${people.dateOfBirth}, (coalesce(${people.ageEstimatedOn}, current_date) - make_interval(years => ${people.estimatedAge}, months => 6))::date)`;

/**
 * People already registered who may be the person about to be registered: the same identity
 * document number, or a similar name with a close date of birth and a citizenship in common.
 * Matches the actor can see come with id and name; matches they cannot see are only announced,
 * so the check never discloses who else is on record. A mutation although it changes nothing but
 * the audit log: what is checked (names, document numbers) travels in a request body, never in a URL.
 */
export const checkDuplicates = authedProcedure
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
      // Folded as every stored name is (`people.search_name`): all of its words, transliterated.
      const name = personSearchName(input);
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
        name: displayName(e),
        reasons: [...e.reasons].sort(),
      }));
    const outOfScope = entries.some(([, e]) => !e.visible);
    await recordAllowed(ctx.db, ctx, "person.checkDuplicates", peopleTarget, {
      matches: matches.map((m) => m.id),
      outOfScope: entries.filter(([, e]) => !e.visible).length,
    });
    return { matches, outOfScope };
  });
