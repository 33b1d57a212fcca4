import { personSearchName, SEARCH_KEY_VERSION, searchText } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../src/client";
import { caseNotes, caseSensitiveNotes, cases, people, users } from "../src/schema";
import { noteSearchColumns, personSearchColumns, refreshSearchKeys } from "../src/search-keys";
import { backends } from "./support/backends";

/** The rows of a raw `execute`, on either driver. */
const rowsOf = <T>(result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

describe.each(backends)("search keys on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let db: Database;
  let userId: string;

  beforeAll(async () => {
    ({ handle, drop } = await open());
    await handle.migrate();
    db = handle.db;
    const [user] = await db
      .insert(users)
      .values({ email: "ana@example.org", name: "Ana", roles: ["caseworker"] })
      .returning({ id: users.id });
    userId = user?.id ?? "";
  });

  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it("computes, at start-up, the search columns of rows written without them, and only those", async () => {
    // Written as before the migration that added the columns (or by a raw insert): version 0.
    const [raw] = await db
      .insert(people)
      .values({ givenName: "Ганна", familyName: "Марозаў", sex: "female", createdBy: userId })
      .returning({ id: people.id, searchName: people.searchName, searchKeyVersion: people.searchKeyVersion });
    expect(raw).toMatchObject({ searchName: "", searchKeyVersion: 0 });
    const names = { givenName: "Amina", familyName: "Testaitė" };
    const [written] = await db
      .insert(people)
      .values({ ...names, ...personSearchColumns(names), sex: "female", createdBy: userId })
      .returning({ id: people.id });
    const [theCase] = await db
      .insert(cases)
      .values({
        reference: "AVRR-2026-00001",
        programme: "avrr",
        state: "application",
        personId: raw?.id ?? "",
        ownerId: userId,
      })
      .returning({ id: cases.id });
    const caseId = theCase?.id ?? "";
    await db.insert(caseNotes).values({
      caseId,
      content: "Розмова з Ганною про реінтеграційний грант.",
      createdBy: userId,
      updatedBy: userId,
    });
    await db.insert(caseSensitiveNotes).values({
      caseId,
      category: "health",
      content: "Needs insulin on the journey.",
      updatedBy: userId,
    });

    expect(await refreshSearchKeys(db)).toBe(3);
    const [person] = await db
      .select()
      .from(people)
      .where(eq(people.id, raw?.id ?? ""));
    expect(person).toMatchObject({
      searchName: personSearchName({ givenName: "Ганна", familyName: "Марозаў" }),
      searchKeyVersion: SEARCH_KEY_VERSION,
      version: 1,
    });
    expect(person?.searchName).toBe("ganna marozau");
    // Nothing left: a second start does nothing.
    expect(await refreshSearchKeys(db)).toBe(0);
    expect(written).toBeDefined();

    // Full text with prefixes, over the folded text: a Latin query finds a Cyrillic note.
    const matches = async (query: string) =>
      rowsOf<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from case_notes where search_vector @@ to_tsquery('simple', ${query})`,
        ),
      )[0]?.n;
    expect(await matches(`${searchText("ганною")}:* & grant:*`)).toBe(1);
    expect(await matches("insulin:*")).toBe(0);
    const sensitive = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from case_sensitive_notes where search_vector @@ to_tsquery('simple', 'insul:*')`,
      ),
    )[0]?.n;
    expect(sensitive).toBe(1);
  });

  it("writes a note's search columns with it", async () => {
    const [theCase] = await db.select({ id: cases.id }).from(cases).limit(1);
    const content = "Meeting about the grant";
    const [note] = await db
      .insert(caseNotes)
      .values({
        caseId: theCase?.id ?? "",
        content,
        ...noteSearchColumns(content),
        createdBy: userId,
        updatedBy: userId,
      })
      .returning({ id: caseNotes.id, searchKeyVersion: caseNotes.searchKeyVersion });
    expect(note?.searchKeyVersion).toBe(SEARCH_KEY_VERSION);
    expect(await refreshSearchKeys(db)).toBe(0);
  });

  it("finds references by their beginning through the trigram index's LIKE", async () => {
    const found = await db
      .select({ reference: cases.reference })
      .from(cases)
      .where(sql`${cases.reference} like ${"AVRR-2026-0%"}`);
    expect(found).toEqual([{ reference: "AVRR-2026-00001" }]);
  });
});
