import { describe, expect, it } from "vitest";
import { savedFilterHref, savedFilterQuery, savedFilterSaveInput } from "../src/saved-filters";

describe("saved case-list filters", () => {
  it("keep the case list's own query keys, in a stable order, never a paging cursor", () => {
    expect(savedFilterQuery({ overdue: "1", programme: "avrr", after: "x", state: "" })).toEqual({
      programme: "avrr",
      overdue: "1",
    });
  });

  it("refuse a key the case list does not read, and a blank name", () => {
    expect(savedFilterSaveInput.safeParse({ name: "x", view: "mine", query: { limit: "5" } }).success).toBe(
      false,
    );
    expect(savedFilterSaveInput.safeParse({ name: " ", view: "mine", query: {} }).success).toBe(false);
    const parsed = savedFilterSaveInput.parse({
      name: " My overdue AVRR cases ",
      view: "mine",
      query: { overdue: "1", programme: "avrr" },
    });
    expect(parsed).toMatchObject({
      name: "My overdue AVRR cases",
      query: { programme: "avrr", overdue: "1" },
    });
  });

  it("open their list with their query", () => {
    expect(savedFilterHref("mine", { programme: "avrr", overdue: "1" })).toBe(
      "/cases?programme=avrr&overdue=1",
    );
    expect(savedFilterHref("all", {})).toBe("/cases/all");
  });
});
