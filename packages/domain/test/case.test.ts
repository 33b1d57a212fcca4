import { describe, expect, it } from "vitest";
import {
  alwaysRestricted,
  caseAssignInput,
  caseFindByReferenceInput,
  caseListInput,
  caseRestrictInput,
  caseSensitiveSetInput,
  caseUnassignInput,
} from "../src/case";
import { PROGRAMMES } from "../src/programmes";
import { problems } from "./support/problems";

const CASE = "00000000-0000-4000-8000-00000000000c";
const USER = "00000000-0000-4000-8000-000000000001";

/** The issues of a refused input as `path: message`, so a test names exactly what it expects. */

describe("caseAssignInput", () => {
  const valid = { caseId: CASE, version: 1, userId: USER, as: "owner" };

  it("accepts a hand-over or a co-worker, with an empty note by default", () => {
    expect(caseAssignInput.parse(valid)).toEqual({ ...valid, note: "" });
    expect(caseAssignInput.parse({ ...valid, as: "co" })).toEqual({ ...valid, as: "co", note: "" });
  });

  it("trims the note and refuses one over 2000 characters", () => {
    expect(caseAssignInput.parse({ ...valid, note: "  back from leave  " }).note).toBe("back from leave");
    expect(problems(caseAssignInput, { ...valid, note: "x".repeat(2000) })).toEqual([]);
    expect(problems(caseAssignInput, { ...valid, note: "x".repeat(2001) })).toEqual(["note: too_long"]);
    // Surrounding spaces do not count against the limit.
    expect(problems(caseAssignInput, { ...valid, note: ` ${"x".repeat(2000)} ` })).toEqual([]);
  });

  it("refuses an unknown kind of assignment, a version below 1 and ids that are not uuids", () => {
    expect(problems(caseAssignInput, { ...valid, as: "viewer" })).toHaveLength(1);
    expect(problems(caseAssignInput, { ...valid, version: 0 })).toHaveLength(1);
    expect(problems(caseAssignInput, { ...valid, version: 1.5 })).toHaveLength(1);
    expect(problems(caseAssignInput, { ...valid, userId: "someone" })).toHaveLength(1);
    expect(problems(caseAssignInput, { ...valid, caseId: undefined })).toHaveLength(1);
  });
});

describe("caseUnassignInput", () => {
  const valid = { caseId: CASE, version: 2, userId: USER };

  it("accepts a removal with an empty note by default", () => {
    expect(caseUnassignInput.parse(valid)).toEqual({ ...valid, note: "" });
  });

  it("refuses a note over 2000 characters and a missing version", () => {
    expect(problems(caseUnassignInput, { ...valid, note: "x".repeat(2001) })).toEqual(["note: too_long"]);
    expect(problems(caseUnassignInput, { caseId: CASE, userId: USER })).toHaveLength(1);
  });
});

describe("caseRestrictInput", () => {
  it("accepts marking and unmarking", () => {
    for (const restricted of [true, false]) {
      expect(caseRestrictInput.parse({ caseId: CASE, version: 1, restricted })).toEqual({
        caseId: CASE,
        version: 1,
        restricted,
      });
    }
  });

  it("requires an explicit boolean", () => {
    expect(problems(caseRestrictInput, { caseId: CASE, version: 1 })).toHaveLength(1);
    expect(problems(caseRestrictInput, { caseId: CASE, version: 1, restricted: "yes" })).toHaveLength(1);
  });
});

describe("caseFindByReferenceInput", () => {
  it("accepts a reference of every programme, typed in any case and with spaces around", () => {
    for (const reference of ["AVRR-2026-00042", "ct-2026-00007", "  SA-2025-12345 ", "LM-2026-100000"]) {
      expect(caseFindByReferenceInput.parse({ reference }).reference).toBe(reference.trim().toUpperCase());
    }
  });

  it("refuses what is not a reference", () => {
    for (const reference of ["", "XX-2026-00001", "CT-26-00001", "CT-2026-1", "CT-2026-00001; drop"]) {
      expect(problems(caseFindByReferenceInput, { reference })).toEqual(["reference: invalid_reference"]);
    }
    // Text the database cannot store says so, as in every other text input.
    expect(problems(caseFindByReferenceInput, { reference: "CT\u00002026" })).toEqual([
      "reference: invalid_characters",
    ]);
    expect(problems(caseFindByReferenceInput, { reference: `CT-2026-${"1".repeat(40)}` })).toEqual([
      "reference: too_long",
    ]);
  });
});

describe("alwaysRestricted", () => {
  it("holds for counter-trafficking cases only", () => {
    for (const programme of PROGRAMMES) {
      expect(alwaysRestricted(programme)).toBe(programme === "counter_trafficking");
    }
  });
});

describe("caseListInput", () => {
  it("defaults to the actor's own cases, newest first, 50 at a time", () => {
    const defaults = { view: "mine", sort: "opened_desc", limit: 50, offset: 0 };
    expect(caseListInput.parse(undefined)).toEqual(defaults);
    expect(caseListInput.parse({})).toEqual(defaults);
  });

  it("narrows to one assignee's caseload, given as a uuid", () => {
    expect(caseListInput.parse({ view: "all", assigneeId: USER })).toEqual({
      view: "all",
      assigneeId: USER,
      sort: "opened_desc",
      limit: 50,
      offset: 0,
    });
    expect(problems(caseListInput, { assigneeId: "me" })).toHaveLength(1);
  });

  it("refuses a page size over 200 and an unknown view", () => {
    expect(problems(caseListInput, { limit: 201 })).toHaveLength(1);
    expect(problems(caseListInput, { view: "everyone" })).toHaveLength(1);
  });

  it("sorts only by the orders the list offers", () => {
    expect(caseListInput.parse({ sort: "updated_asc" }).sort).toBe("updated_asc");
    expect(problems(caseListInput, { sort: "name_asc" })).toHaveLength(1);
  });
});

describe("caseSensitiveSetInput", () => {
  const valid = { caseId: CASE, category: "health", content: "asthma", version: null };

  it("accepts a first note (no version) and a later one", () => {
    expect(caseSensitiveSetInput.parse(valid)).toEqual(valid);
    expect(caseSensitiveSetInput.parse({ ...valid, version: 4 })).toEqual({ ...valid, version: 4 });
  });

  it("refuses an unknown category and content over 10 000 characters", () => {
    expect(problems(caseSensitiveSetInput, { ...valid, category: "finances" })).toHaveLength(1);
    expect(problems(caseSensitiveSetInput, { ...valid, content: "x".repeat(10_001) })).toEqual([
      "content: too_long",
    ]);
  });
});
