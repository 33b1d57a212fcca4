import { people, personIdentityDocuments } from "@kelias/db";
import {
  birthWindow,
  DUPLICATE_NAME_SIMILARITY,
  type DuplicateCheckData,
  type DuplicateReason,
  duplicateNeedsCitizenship,
  personSearchName,
  todayIso,
} from "@kelias/domain";
import { and, arrayOverlaps, eq, inArray, sql } from "drizzle-orm";
import type { AuthedContext } from "../context";
import { personVisible } from "./visibility";

/** A stored person's birth date to compare: the date of birth, or the middle of the estimated birth year. */
const approximateBirth = sql`coalesce(${people.dateOfBirth}, (coalesce(${people.ageEstimatedOn}, current_date) - make_interval(years => ${people.estimatedAge}, months => 6))::date)`;

export interface DuplicateMatch {
  givenName: string;
  familyName: string;
  /** Whether the actor may be told who this is (`personVisible`, listing: never through a restricted case). */
  visible: boolean;
  reasons: Set<DuplicateReason>;
}

/**
 * People already registered who may be the person described: the same identity document number,
 * or a similar name with a close date of birth (and a citizenship in common, when the input names
 * any). Each is marked with whether the actor may be told who it is; the caller decides what to
 * disclose, and never discloses an invisible one.
 */
export async function findDuplicates(
  ctx: AuthedContext,
  input: DuplicateCheckData,
): Promise<Map<string, DuplicateMatch>> {
  // Who is named: a person seen only through restricted cases is only announced.
  const visible = sql<boolean>`(${personVisible(ctx, "listing")})`;
  const found = new Map<string, DuplicateMatch>();
  const add = (
    row: { id: string; givenName: string; familyName: string; visible: boolean },
    reason: DuplicateReason,
  ) => {
    const { id, ...person } = row;
    const entry = found.get(id) ?? { ...person, reasons: new Set<DuplicateReason>() };
    entry.reasons.add(reason);
    found.set(id, entry);
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
    const citizenship = duplicateNeedsCitizenship(input)
      ? arrayOverlaps(people.citizenships, input.citizenships)
      : undefined;
    // `%` is pg_trgm's indexed "similar" test; raising its threshold (for this transaction only) to
    // ours lets the trigram index discard names that merely share a common given name.
    const byName = await ctx.db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('pg_trgm.similarity_threshold', ${String(DUPLICATE_NAME_SIMILARITY)}, true)`,
      );
      return tx
        .select({ id: people.id, givenName: people.givenName, familyName: people.familyName, visible })
        .from(people)
        .where(and(sql`${people.searchName} % ${name}`, citizenship, birthClose))
        .orderBy(sql`similarity(${people.searchName}, ${name}) desc`)
        .limit(50);
    });
    for (const row of byName) add(row, "name_birth_citizenship");
  }
  return found;
}
