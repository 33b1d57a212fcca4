import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

/**
 * Checks on the next-intl message catalogs in messages/ against the reference catalog, en.json,
 * plus a heuristic guard against user-facing text hard-coded in JSX.
 */

const webRoot = fileURLToPath(new URL("../", import.meta.url));
const messagesDir = join(webRoot, "messages");
const srcDir = join(webRoot, "src");

const REFERENCE = "en";

type Catalog = { [key: string]: string | Catalog };
type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];

function loadCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(messagesDir, `${locale}.json`), "utf8")) as Catalog;
}

/** Every leaf of a catalog, keyed by its dotted path ("errors.field.required"). */
function flatten(catalog: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (catalog !== null && typeof catalog === "object" && !Array.isArray(catalog)) {
    for (const [key, value] of Object.entries(catalog)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, catalog);
  }
  return into;
}

const locales = readdirSync(messagesDir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();
const translations = locales.filter((locale) => locale !== REFERENCE);
const reference = flatten(loadCatalog(REFERENCE));

// The parser's element kinds (TYPE in @formatjs/icu-messageformat-parser); literals and `#` carry no name.
const ARGUMENT_KINDS: Record<number, string> = {
  1: "argument",
  2: "number",
  3: "date",
  4: "time",
  5: "select",
  6: "plural",
  8: "tag",
};

interface MessageShape {
  /** "name: kind" for every argument and rich-text tag, e.g. "count: plural". */
  arguments: Set<string>;
  /** Option keys that must be the same in every language: select values and explicit plural `=N` cases. */
  fixedOptions: Set<string>;
  /** Plural categories used (one, few, other…), to check against the language's plural rules. */
  pluralCategories: Set<string>;
}

function shapeOf(elements: MessageElement[], shape: MessageShape = emptyShape()): MessageShape {
  for (const element of elements) {
    const kind = ARGUMENT_KINDS[element.type];
    if (kind === undefined || !("value" in element) || typeof element.value !== "string") continue;
    shape.arguments.add(`${element.value}: ${kind}`);
    if ("children" in element) shapeOf(element.children, shape);
    if ("options" in element) {
      const isPlural = "pluralType" in element;
      for (const [option, { value }] of Object.entries(element.options)) {
        if (!isPlural || option.startsWith("=")) shape.fixedOptions.add(`${element.value} ${option}`);
        else shape.pluralCategories.add(option);
        shapeOf(value, shape);
      }
    }
  }
  return shape;
}

function emptyShape(): MessageShape {
  return { arguments: new Set(), fixedOptions: new Set(), pluralCategories: new Set() };
}

function parse(message: string, locale: string): MessageElement[] {
  return new IntlMessageFormat(message, locale).getAst();
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe("message catalogs", () => {
  it("include the reference catalog and at least one translation", () => {
    expect(locales).toContain(REFERENCE);
    expect(translations.length).toBeGreaterThan(0);
  });

  it.each(translations)("%s.json has exactly the key paths of en.json", (locale) => {
    const catalog = flatten(loadCatalog(locale));
    const missing = sorted([...reference.keys()].filter((path) => !catalog.has(path)));
    const extra = sorted([...catalog.keys()].filter((path) => !reference.has(path)));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales)("every message in %s.json is a non-empty, valid ICU message", (locale) => {
    const problems: string[] = [];
    for (const [path, message] of flatten(loadCatalog(locale))) {
      if (typeof message !== "string" || message.trim() === "") {
        problems.push(`${path}: expected a non-empty string, got ${JSON.stringify(message)}`);
        continue;
      }
      try {
        parse(message, locale);
      } catch (error) {
        problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(translations)("every message in %s.json uses the same arguments as en.json", (locale) => {
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    const problems: string[] = [];
    for (const [path, message] of flatten(loadCatalog(locale))) {
      const english = reference.get(path);
      if (typeof message !== "string" || typeof english !== "string") continue; // reported above
      let translated: MessageShape;
      let original: MessageShape;
      try {
        translated = shapeOf(parse(message, locale));
        original = shapeOf(parse(english, REFERENCE));
      } catch {
        continue; // reported above
      }
      const argumentsMissing = sorted([...original.arguments].filter((a) => !translated.arguments.has(a)));
      const argumentsExtra = sorted([...translated.arguments].filter((a) => !original.arguments.has(a)));
      const optionsMissing = sorted(
        [...original.fixedOptions].filter((o) => !translated.fixedOptions.has(o)),
      );
      const optionsExtra = sorted([...translated.fixedOptions].filter((o) => !original.fixedOptions.has(o)));
      const foreignCategories = sorted([...translated.pluralCategories].filter((c) => !categories.has(c)));
      if (argumentsMissing.length > 0) problems.push(`${path}: missing ${argumentsMissing.join(", ")}`);
      if (argumentsExtra.length > 0) problems.push(`${path}: not in English ${argumentsExtra.join(", ")}`);
      if (optionsMissing.length > 0) problems.push(`${path}: missing option ${optionsMissing.join(", ")}`);
      if (optionsExtra.length > 0) problems.push(`${path}: option not in English ${optionsExtra.join(", ")}`);
      if (foreignCategories.length > 0) {
        problems.push(`${path}: plural categories not used in ${locale}: ${foreignCategories.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Heuristic: JSX text that starts with a letter right after a tag's `>`, i.e. the regex
 * `>\s*[A-Za-z][^<{]*<`, applied to whole files so that text wrapped onto its own line is caught.
 * Text is expected to come from the catalogs via `t("…")` inside `{}` instead.
 *
 * Known limits, accepted for simplicity:
 * - `=>` is excluded (arrow functions followed by generic calls or JSX look like text otherwise), but
 *   other comparisons such as `a > b && c < d` can still be reported; rewrite those or add an exception.
 * - Text that follows a `{}` expression (`{count} items`) or starts with a non-ASCII letter, digit or
 *   punctuation is not detected.
 */
const HARD_CODED_JSX_TEXT = /(?<!=)>\s*[A-Za-z][^<{]*</g;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => join(dir, file))
    .sort();
}

describe("source", () => {
  it("has .tsx files to scan", () => {
    expect(tsxFiles(srcDir).length).toBeGreaterThan(0);
  });

  it("has no hard-coded text in JSX (src/**/*.tsx)", () => {
    const findings: string[] = [];
    for (const file of tsxFiles(srcDir)) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(HARD_CODED_JSX_TEXT)) {
        const textStart = match.index + match[0].search(/[A-Za-z]/);
        const line = source.slice(0, textStart).split("\n").length;
        const text = match[0].slice(1, -1).trim().replace(/\s+/g, " ");
        findings.push(`${relative(webRoot, file)}:${line}: ${JSON.stringify(text)}`);
      }
    }
    expect(findings).toEqual([]);
  });
});
