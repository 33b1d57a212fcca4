import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameInLatin } from "../src/person";
import { type Actor, can, SENSITIVE_CATEGORIES } from "../src/policy";
import { PROGRAMMES } from "../src/programmes";
import { ROLES } from "../src/roles";
import {
  inSensitiveScope,
  noteQuery,
  personSearchName,
  planSearch,
  searchInput,
  searchText,
  sensitiveScope,
  snippetParts,
} from "../src/search";

describe("searchText", () => {
  it.each([
    ["Latin with diacritics", "Testaitė Žukauskienė", "testaite zukauskiene"],
    ["Belarusian Cyrillic", "Марозаў", "marozau"],
    ["Ukrainian Cyrillic", "Іванова", "ivanova"],
    ["Russian Cyrillic", "Щербаков Юрий", "shcherbakov yuriy"],
    // Letter by letter: "ου" becomes "oy", so a query typed in Greek finds what was stored in Greek.
    ["Greek", "Ἀλέξανδρος Παπαδόπουλος", "alexandros papadopoylos"],
    ["Arabic", "محمد", "mhmd"],
    ["German sharp s", "Straße", "strasse"],
    ["case and punctuation", "  O'Brien-SMITH,  Anne ", "o brien smith anne"],
    ["decomposed accents (NFD)", "Rene\u0301e", "renee"],
    ["digits stay", "AVRR-2026-00042", "avrr 2026 00042"],
    ["nothing searchable", " -- ", ""],
  ])("%s: %s → %s", (_, value, folded) => {
    expect(searchText(value)).toBe(folded);
  });

  it("folds a query the way it folds what is stored, whatever the script it is typed in", () => {
    const stored = personSearchName({ givenName: "Ганна", familyName: "Марозаў" });
    for (const typed of ["Marozau", "marozau", "Марозаў", "MAROZAŪ"]) {
      expect(stored.split(" ")).toContain(searchText(typed));
    }
  });

  it("is idempotent: folding folded text changes nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const once = searchText(value);
        expect(searchText(once)).toBe(once);
        expect(once).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe("personSearchName", () => {
  it("has every word of every name once: as written, generated and typed transliterations", () => {
    expect(
      personSearchName({
        givenName: "Іван",
        familyName: "Марозаў",
        givenNameLatin: "Ivan",
        familyNameLatin: "Marozaw",
      }),
    ).toBe("ivan marozau marozaw");
  });

  it("folds Latin names without transliterations", () => {
    expect(
      personSearchName({
        givenName: "Amina",
        familyName: "Testaitė",
        givenNameLatin: null,
        familyNameLatin: null,
      }),
    ).toBe("amina testaite");
  });

  it("keeps all parts of multi-word names", () => {
    expect(personSearchName({ givenName: "Ana Maria", familyName: "Pérez López" })).toBe(
      "ana maria perez lopez",
    );
  });
});

describe("nameInLatin", () => {
  it("shows the typed transliteration part by part, else the part as written", () => {
    expect(
      nameInLatin({
        givenName: "Олена",
        familyName: "Коваленко",
        givenNameLatin: "Olena",
        familyNameLatin: "Kovalenko",
      }),
    ).toBe("Olena Kovalenko");
    expect(nameInLatin({ givenName: "Amina", familyName: "Testaitė", givenNameLatin: null })).toBe(
      "Amina Testaitė",
    );
  });
});

describe("planSearch", () => {
  it("a name: the folded words, searched in names and notes", () => {
    expect(planSearch("Марозаў")).toMatchObject({
      text: "marozau",
      notes: "marozau:*",
      kinds: ["name", "notes"],
    });
  });

  it.each([
    ["AVRR-2026-42", { exact: "AVRR-2026-00042", pattern: "AVRR-2026-42%" }],
    ["avrr 2026 00042", { exact: "AVRR-2026-00042", pattern: "AVRR-2026-00042%" }],
    ["CT-2026-0004", { exact: "CT-2026-00004", pattern: "CT-2026-0004%" }],
    ["AVRR-2026", { exact: null, pattern: "AVRR-2026%" }],
    ["lm-", { exact: null, pattern: "LM-%" }],
    ["2026-42", { exact: null, pattern: "%-2026-00042" }],
    ["00042", { exact: null, pattern: "%-00042" }],
  ])("a reference: %s", (query, reference) => {
    const plan = planSearch(query);
    expect(plan.reference).toEqual(reference);
    expect(plan.kinds).toContain("reference");
  });

  it("not a reference: words that only begin like one", () => {
    expect(planSearch("Avramenko").reference).toBeNull();
    expect(planSearch("42").reference).toBeNull();
  });

  it.each([
    ["1990-05-12", "1990-05-12"],
    ["12.05.1990", "1990-05-12"],
    ["2/5/1990", "1990-05-02"],
    ["12-05-1990", "1990-05-12"],
  ])("a date of birth, day first or ISO: %s", (query, iso) => {
    const plan = planSearch(query);
    expect(plan.birthDate).toBe(iso);
    expect(plan.kinds).toContain("birthDate");
    expect(plan.notes).toBeNull();
  });

  it("not a date: an impossible one", () => {
    expect(planSearch("31.02.1990").birthDate).toBeNull();
    expect(planSearch("1990-13-01").birthDate).toBeNull();
  });

  it("a phone number, national (read as Lithuanian) or international, in E.164", () => {
    expect(planSearch("+370 612 34567").phone).toBe("+37061234567");
    expect(planSearch("8 612 34567").phone).toBe("+37061234567");
    expect(planSearch("Marozau").phone).toBeNull();
    expect(planSearch("12345").phone).toBeNull();
  });

  it("a document number, compared without case, spaces or hyphens; only with a digit", () => {
    expect(planSearch("ab 123-456").documentNumber).toBe("AB123456");
    expect(planSearch("Marozau").documentNumber).toBeNull();
  });

  it("nothing to search: no letter or digit", () => {
    expect(planSearch("--!").kinds).toEqual([]);
  });
});

describe("noteQuery", () => {
  it("each folded word as a prefix, all required; only letters and digits reach the tsquery", () => {
    expect(noteQuery("Reintegration   grant!")).toBe("reintegration:* & grant:*");
    expect(noteQuery("a' | b & !c:*")).toBe("a:* & b:* & c:*");
    expect(noteQuery("—")).toBeNull();
  });

  it("uses at most eight words", () => {
    expect(noteQuery("a b c d e f g h i j")?.split(" & ")).toHaveLength(8);
  });
});

describe("searchInput", () => {
  it("trims, and refuses queries too short, too long, or with nothing to search", () => {
    expect(searchInput.parse({ query: "  Marozau " })).toEqual({ query: "Marozau" });
    const message = (query: string) => searchInput.safeParse({ query }).error?.issues[0]?.message;
    expect(message("a")).toBe("too_short");
    expect(message("a".repeat(201))).toBe("too_long");
    expect(message("--")).toBe("nothing_to_search");
    expect(message("a\u0000b")).toBe("invalid_characters");
  });
});

describe("sensitiveScope", () => {
  const ME = "00000000-0000-4000-8000-000000000001";
  const OTHER = "00000000-0000-4000-8000-000000000002";
  const actor = fc.record({
    id: fc.constant(ME),
    roles: fc.subarray([...ROLES]),
    programmes: fc.subarray([...PROGRAMMES]),
    handoverPending: fc.boolean(),
  }) as fc.Arbitrary<Actor>;
  const facts = fc.record({
    programme: fc.constantFrom(...PROGRAMMES),
    restricted: fc.boolean(),
    assigneeIds: fc.subarray([ME, OTHER]),
  });

  it("holds exactly the sensitive notes can(case.field.read) lets the actor read", () => {
    fc.assert(
      fc.property(actor, facts, fc.constantFrom(...SENSITIVE_CATEGORIES), (who, c, category) => {
        expect(inSensitiveScope(sensitiveScope(who), c, category)).toBe(
          can(who, { kind: "case.field.read", case: c, category }),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("snippetParts", () => {
  it("splits a snippet into the words that matched and the rest", () => {
    expect(snippetParts("Discussed the \u0002grant\u0003 and \u0002travel\u0003.")).toEqual([
      { text: "Discussed the ", matched: false },
      { text: "grant", matched: true },
      { text: " and ", matched: false },
      { text: "travel", matched: true },
      { text: ".", matched: false },
    ]);
    expect(snippetParts("no match")).toEqual([{ text: "no match", matched: false }]);
    expect(snippetParts("\u0002cut")).toEqual([{ text: "cut", matched: true }]);
    expect(snippetParts("")).toEqual([]);
  });
});
