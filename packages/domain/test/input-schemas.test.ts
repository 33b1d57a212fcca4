import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emailInput,
  INTEGER_MAX,
  idInput,
  isStorableText,
  personSearchInput,
  requiredTextInput,
  storableString,
  storableText,
  textInput,
  userListInput,
  versionInput,
} from "../src";

/** Any sequence of UTF-16 code units, lone surrogates and U+0000 included. */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  maxLength: 30,
});

/** What UTF-8 (the database's encoding) gives back: a lone surrogate comes back as U+FFFD. */
const throughUtf8 = (value: string) => new TextDecoder().decode(new TextEncoder().encode(value));

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("isStorableText", () => {
  it.each([
    ["plain text", "Olena Kovalenko", true],
    ["letters of other scripts and emoji (surrogate pairs)", "Олена 💡 Žukauskas", true],
    ["an empty string", "", true],
    ["U+0000", "a\u0000b", false],
    ["a lone high surrogate", "a\ud83d", false],
    ["a lone low surrogate", "\udca9b", false],
    ["a pair in the wrong order", "\udca9\ud83d", false],
  ])("%s: %s", (_, value, storable) => {
    expect(isStorableText(value)).toBe(storable);
  });

  it("holds exactly for the text that survives UTF-8 unchanged and has no U+0000", () => {
    fc.assert(
      fc.property(anyCodeUnits, (value) => {
        expect(isStorableText(value)).toBe(!value.includes("\u0000") && throughUtf8(value) === value);
      }),
      { seed: 12, numRuns: 2_000 },
    );
  });
});

describe("storableText", () => {
  it("replaces exactly what cannot be stored with U+FFFD, and leaves storable text as it is", () => {
    expect(storableText("a\u0000b\ud83d c\udca9")).toBe("a\ufffdb\ufffd c\ufffd");
    expect(storableText("Олена 💡")).toBe("Олена 💡");
    fc.assert(
      fc.property(anyCodeUnits, (value) => {
        const stored = storableText(value);
        expect(isStorableText(stored)).toBe(true);
        expect(stored.length).toBe(value.length);
        if (isStorableText(value)) expect(stored).toBe(value);
      }),
      { seed: 12, numRuns: 2_000 },
    );
  });
});

describe("the shared schemas", () => {
  it("refuse unstorable text with invalid_characters, before trimming or any other rule", () => {
    fc.assert(
      fc.property(anyCodeUnits, (value) => {
        for (const schema of [
          storableString(),
          textInput(100),
          requiredTextInput(100),
          idInput(),
          emailInput(),
        ]) {
          const result = schema.safeParse(value);
          if (!isStorableText(value)) expect(messages(result)).toEqual(["invalid_characters"]);
        }
      }),
      { seed: 12, numRuns: 1_000 },
    );
  });

  it("trim text and keep its limits", () => {
    expect(textInput(5).parse("  abc  ")).toBe("abc");
    expect(messages(textInput(5).safeParse("abcdef"))).toEqual(["too_long"]);
    expect(messages(requiredTextInput(5).safeParse("   "))).toEqual(["required"]);
    expect(emailInput().parse(" Worker@Example.ORG ")).toBe("worker@example.org");
    expect(messages(emailInput().safeParse("not an email"))).toEqual(["invalid_email"]);
  });

  it("take only uuids as ids", () => {
    expect(idInput().parse("0b8e6f1c-2a4d-4c6e-9f00-1a2b3c4d5e6f")).toBe(
      "0b8e6f1c-2a4d-4c6e-9f00-1a2b3c4d5e6f",
    );
    for (const id of [
      "not-a-uuid",
      "------------------------------------",
      "0b8e6f1c2a4d4c6e9f001a2b3c4d5e6f",
      "",
    ]) {
      expect(idInput().safeParse(id).success).toBe(false);
    }
  });

  it("take only versions an integer column holds", () => {
    expect(versionInput.parse(INTEGER_MAX)).toBe(INTEGER_MAX);
    for (const version of [0, INTEGER_MAX + 1, 1.5, Number.NaN, "1"]) {
      expect(versionInput.safeParse(version).success).toBe(false);
    }
  });

  it("are what the search boxes use", () => {
    expect(messages(personSearchInput.safeParse({ query: "Olena\u0000" }))).toEqual(["invalid_characters"]);
    expect(messages(userListInput.safeParse({ query: "\ud800" }))).toEqual(["invalid_characters"]);
  });
});

/** Every source file of the package. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

it("builds every string schema of the package on input-schemas.ts", () => {
  const root = join(import.meta.dirname, "../src");
  // A string schema of its own would let unstorable text through; inside a pipe it follows one.
  const own = /(?<!\.pipe\()\bz\s*\.(string|uuid|email|iso\.\w+)\(/;
  const offenders = sources(root)
    .filter((path) => !path.endsWith("input-schemas.ts"))
    .filter((path) => own.test(readFileSync(path, "utf8")))
    .map((path) => relative(root, path));
  expect(offenders).toEqual([]);
});
