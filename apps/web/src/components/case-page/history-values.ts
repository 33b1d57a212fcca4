/** What a history value looks like in words: lists joined, yes/no, and "empty" for nothing. */
export function historyValue(value: unknown, words: { empty: string; yes: string; no: string }): string {
  if (value === null || value === undefined || value === "") return words.empty;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number" || typeof value === "string") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value
      .map((item) =>
        typeof item === "object" && item !== null
          ? Object.values(item as Record<string, unknown>)
              .filter((part) => part !== null && part !== "")
              .join(" ")
          : String(item),
      )
      .join(value.some((item) => typeof item === "object") ? "; " : ", ");
  }
  return JSON.stringify(value);
}
