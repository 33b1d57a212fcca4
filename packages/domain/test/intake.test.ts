import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  caseCreateInput,
  caseFigureFilter,
  daysToResolve,
  feedbackAddInput,
  feedbackEditInput,
  feedbackIssues,
  feedbackStatus,
  REFERRAL_SOURCES,
  referralSourceSetInput,
} from "../src";

const caseId = randomUUID();
const personId = randomUUID();

/** The field codes a refused input carries, by path. */
function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);
}

describe("the entry point at registration", () => {
  it("is required for a new case, with a field code the form shows", () => {
    const result = caseCreateInput.safeParse({ personId, programme: "avrr" });
    expect(issuesOf(result)).toEqual(["referralSource:required"]);
  });

  it("accepts every entry point of the vocabulary", () => {
    for (const referralSource of REFERRAL_SOURCES.filter((s) => s !== "other")) {
      expect(caseCreateInput.safeParse({ personId, programme: "avrr", referralSource }).success).toBe(true);
    }
  });

  it("refuses a value the vocabulary does not know", () => {
    const result = caseCreateInput.safeParse({ personId, programme: "avrr", referralSource: "rumour" });
    expect(issuesOf(result)).toEqual(["referralSource:required"]);
  });

  it("asks who referred when the entry point is 'other', on registration and on a correction", () => {
    expect(
      issuesOf(caseCreateInput.safeParse({ personId, programme: "avrr", referralSource: "other" })),
    ).toEqual(["referralSourceDetail:required"]);
    expect(
      issuesOf(
        referralSourceSetInput.safeParse({
          caseId,
          version: 3,
          referralSource: "other",
          referralSourceDetail: "  ",
        }),
      ),
    ).toEqual(["referralSourceDetail:required"]);
    expect(
      referralSourceSetInput.safeParse({
        caseId,
        version: 3,
        referralSource: "other",
        referralSourceDetail: "Parish of St. John",
      }).success,
    ).toBe(true);
  });

  it("is a list filter, with a value for the cases opened before it was asked", () => {
    expect(caseFigureFilter.parse({ referralSource: "not_recorded" })).toEqual({
      referralSource: "not_recorded",
    });
    expect(caseFigureFilter.safeParse({ referralSource: "rumour" }).success).toBe(false);
  });
});

const feedback = {
  caseId,
  kind: "complaint",
  channel: "phone",
  receivedOn: "2026-03-02",
  topic: "Waiting time at the office",
} as const;

describe("feedback", () => {
  it("is open until a resolution and its date are recorded", () => {
    const open = feedbackAddInput.parse(feedback);
    expect(open).toMatchObject({ rating: null, resolution: "", resolvedOn: null, detail: "" });
    expect(feedbackStatus(open)).toBe("open");
    const resolved = feedbackAddInput.parse({
      ...feedback,
      resolution: "Apologised",
      resolvedOn: "2026-03-04",
    });
    expect(feedbackStatus(resolved)).toBe("resolved");
    expect(daysToResolve(resolved)).toBe(2);
    expect(daysToResolve(open)).toBeNull();
  });

  it("needs both the resolution and its date, and is not resolved before it was received", () => {
    expect(issuesOf(feedbackAddInput.safeParse({ ...feedback, resolvedOn: "2026-03-04" }))).toEqual([
      "resolution:required",
    ]);
    expect(issuesOf(feedbackAddInput.safeParse({ ...feedback, resolution: "Called back" }))).toEqual([
      "resolvedOn:required",
    ]);
    expect(
      issuesOf(
        feedbackEditInput.safeParse({
          ...feedback,
          feedbackId: randomUUID(),
          version: 1,
          resolution: "Called back",
          resolvedOn: "2026-03-01",
        }),
      ),
    ).toEqual(["resolvedOn:before_start"]);
  });

  it("takes a rating from 1 to 5, or none", () => {
    for (const rating of [1, 3, 5, null])
      expect(feedbackAddInput.safeParse({ ...feedback, rating }).success).toBe(true);
    for (const rating of [0, 6, 2.5]) {
      expect(issuesOf(feedbackAddInput.safeParse({ ...feedback, rating }))).toEqual(["rating:invalid"]);
    }
  });

  it("refuses a date in the future, a missing topic and an unknown channel", () => {
    expect(
      issuesOf(
        feedbackAddInput.safeParse({ ...feedback, receivedOn: "2099-01-01", topic: "", channel: "pigeon" }),
      ),
    ).toEqual(["channel:required", "receivedOn:in_future", "topic:required"]);
  });

  it("resolved is exactly: a date not before receiving and a resolution (any dates)", () => {
    const day = fc
      .integer({ min: 0, max: 9000 })
      .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), fc.boolean(), (receivedOn, resolvedOn, written) => {
        const resolution = written ? "Answered" : "";
        const issues = feedbackIssues({ receivedOn, resolvedOn, resolution });
        const valid =
          (resolvedOn === null) === (resolution === "") && (resolvedOn === null || resolvedOn >= receivedOn);
        expect(issues.length === 0).toBe(valid);
        if (valid) {
          const days = daysToResolve({ receivedOn, resolvedOn });
          expect(days === null || days >= 0).toBe(true);
        }
      }),
    );
  });
});
