import { personSearchName, SEARCH_KEY_VERSION, searchText } from "@kelias/domain";
import { lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "./audit";
import { caseNotes, caseSensitiveNotes, people } from "./schema";

/*
 * The columns search reads, computed from what they index by the domain's folding (transliteration
 * included, which SQL cannot do): every writer of a person or a note spreads these into its insert
 * or update, and `refreshSearchKeys` computes them for rows written otherwise or by an older folding.
 */

/** A person's search columns, from their names. */
export function personSearchColumns(person: {
  givenName: string;
  familyName: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
}): { searchName: string; searchKeyVersion: number } {
  return { searchName: personSearchName(person), searchKeyVersion: SEARCH_KEY_VERSION };
}

/** The full-text document of a note's text, as search compares it. */
export function noteSearchVector(content: string): SQL<string> {
  return sql<string>`to_tsvector('simple', ${searchText(content)})`;
}

/** A note's (or a sensitive note's) search columns, from its text. */
export function noteSearchColumns(content: string): { searchVector: SQL<string>; searchKeyVersion: number } {
  return { searchVector: noteSearchVector(content), searchKeyVersion: SEARCH_KEY_VERSION };
}

const BATCH = 500;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * Computes the search columns of every row whose `search_key_version` is older than the domain's
 * (0: written without them, such as every row before the migration that added them), in batches.
 * Run at start-up after the migrations, under the start-up lock; idempotent, and cheap when there
 * is nothing to do (an index finds the rows). Neither `version` nor `updated_at` changes: the
 * search columns are derived, not an edit anybody made. Returns how many rows it computed.
 */
export async function refreshSearchKeys(db: Executor): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .select({
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        givenNameLatin: people.givenNameLatin,
        familyNameLatin: people.familyNameLatin,
      })
      .from(people)
      .where(lt(people.searchKeyVersion, SEARCH_KEY_VERSION))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.execute(sql`
      update people set search_name = v.search_name, search_key_version = ${SEARCH_KEY_VERSION}
      from unnest(array[${list(rows.map((r) => r.id))}]::uuid[],
                  array[${list(rows.map((r) => personSearchName(r)))}]::text[]) as v(id, search_name)
      where people.id = v.id`);
    done += rows.length;
  }
  for (;;) {
    const rows = await db
      .select({ id: caseNotes.id, content: caseNotes.content })
      .from(caseNotes)
      .where(lt(caseNotes.searchKeyVersion, SEARCH_KEY_VERSION))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.execute(sql`
      update case_notes set search_vector = to_tsvector('simple', v.text), search_key_version = ${SEARCH_KEY_VERSION}
      from unnest(array[${list(rows.map((r) => r.id))}]::uuid[],
                  array[${list(rows.map((r) => searchText(r.content)))}]::text[]) as v(id, text)
      where case_notes.id = v.id`);
    done += rows.length;
  }
  for (;;) {
    const rows = await db
      .select({
        caseId: caseSensitiveNotes.caseId,
        category: caseSensitiveNotes.category,
        content: caseSensitiveNotes.content,
      })
      .from(caseSensitiveNotes)
      .where(lt(caseSensitiveNotes.searchKeyVersion, SEARCH_KEY_VERSION))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.execute(sql`
      update case_sensitive_notes
      set search_vector = to_tsvector('simple', v.text), search_key_version = ${SEARCH_KEY_VERSION}
      from unnest(array[${list(rows.map((r) => r.caseId))}]::uuid[],
                  array[${list(rows.map((r) => r.category))}]::text[],
                  array[${list(rows.map((r) => searchText(r.content)))}]::text[]) as v(case_id, category, text)
      where case_sensitive_notes.case_id = v.case_id and case_sensitive_notes.category = v.category`);
    done += rows.length;
  }
  return done;
}
