import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "../../src/age";
import {
  assessIdentification,
  explanationInEnglish,
  type IdentificationFactsInput,
  identificationFactsSchema,
  MEANS_CODES,
} from "../../src/identification";

/**
 * Where the age is uncertain, the assessment reads it in the person's favour (presumption of
 * minority, EU 2011/36 Art. 13(2)), says where the age came from, and never hides a recorded fact.
 */

const facts = (input: IdentificationFactsInput) => identificationFactsSchema.parse(input);
const childActs = {
  acts: [{ code: "recruitment" as const, evidence: "" }],
  purposes: [{ code: "forced_labour" as const, evidence: "" }],
};

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** The day `days` days before an ISO date. */
const daysBefore = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe("an estimated age counted back to the act", () => {
  it("counts part years in the person's favour: estimated 18, act 11 months earlier, is a child at the act", () => {
    const result = assessIdentification(
      facts({ ...childActs, estimatedAge: 18, screenedOn: "2026-01-10", dateOfAct: "2025-02-10" }),
    );
    expect(result.childRule).toMatchObject({ applies: true, ageAtAct: 17, basis: "estimated_age" });
    expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
    expect(explanationInEnglish(result)).toContain(
      "Child at the time of the act (17), by estimated age (presumption of minority): the means are not required.",
    );
  });

  it("keeps the estimate when the act was on the screening day, and a year earlier is a year younger", () => {
    const on = (dateOfAct: string, estimatedAge = 18) =>
      assessIdentification(facts({ ...childActs, estimatedAge, screenedOn: "2026-01-10", dateOfAct }))
        .childRule;
    expect(on("2026-01-10")).toMatchObject({ applies: false, ageAtAct: 18, basis: "estimated_age" });
    expect(on("2026-01-09")).toMatchObject({ applies: true, ageAtAct: 17 });
    expect(on("2025-01-10")).toMatchObject({ applies: true, ageAtAct: 17 });
    expect(on("2025-01-09")).toMatchObject({ applies: true, ageAtAct: 16 });
    expect(on("2025-02-10", 19)).toMatchObject({ applies: false, ageAtAct: 18 });
  });

  it("reads an estimate made on 29 February as of the 28th in a common year of birth", () => {
    const result = assessIdentification(
      facts({ ...childActs, estimatedAge: 18, screenedOn: "2024-02-29", dateOfAct: "2024-02-28" }),
    );
    expect(result.childRule).toMatchObject({ applies: false, ageAtAct: 18 });
  });

  it("says whether the age came from a date of birth or an estimate", () => {
    const byBirth = assessIdentification(
      facts({ ...childActs, dateOfBirth: "1990-04-02", screenedOn: "2026-01-10", dateOfAct: "2025-06-01" }),
    );
    expect(byBirth.childRule).toMatchObject({ applies: false, ageAtAct: 35, basis: "date_of_birth" });
    expect(explanationInEnglish(byBirth)).toContain(
      "Adult at the time of the act (35), by date of birth: the means are required.",
    );
    const byEstimate = assessIdentification(
      facts({ ...childActs, estimatedAge: 30, screenedOn: "2026-01-10", dateOfAct: "2025-06-01" }),
    );
    expect(byEstimate.childRule).toMatchObject({ applies: false, ageAtAct: 29, basis: "estimated_age" });
    expect(explanationInEnglish(byEstimate)).toContain(
      "Adult at the time of the act (29), by estimated age counted in the person's favour: the means are required.",
    );
    const child = assessIdentification(
      facts({ ...childActs, dateOfBirth: "2009-05-20", screenedOn: "2026-01-10", dateOfAct: "2025-07-01" }),
    );
    expect(explanationInEnglish(child)).toContain(
      "Child at the time of the act (16), by date of birth: the means are not required.",
    );
  });

  it("never counts a person older at the act than anyone the estimate describes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        isoDate("2000-01-01", "2030-12-31"),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 365 }),
        (estimatedAge, screenedOn, daysEarlier, birthdayOffset) => {
          const dateOfAct = daysBefore(screenedOn, daysEarlier);
          const { ageAtAct } = assessIdentification(facts({ estimatedAge, screenedOn, dateOfAct })).childRule;
          // Someone of exactly that estimated age on the screening day, born on any day that allows it.
          const birth = daysBefore(screenedOn, Math.round(estimatedAge * 365.25) + birthdayOffset);
          if (ageOn(birth, screenedOn) !== estimatedAge) return;
          expect(ageAtAct).not.toBeNull();
          expect(ageAtAct ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
            Math.max(0, ageOn(birth, dateOfAct)),
          );
        },
      ),
      { seed: 1302, numRuns: 2_000 },
    );
  });

  it("makes an estimated 18 a child at any act before the screening day", () => {
    fc.assert(
      fc.property(
        isoDate("2000-01-01", "2030-12-31"),
        fc.integer({ min: 1, max: 366 }),
        (screenedOn, days) => {
          const result = assessIdentification(
            facts({ ...childActs, estimatedAge: 18, screenedOn, dateOfAct: daysBefore(screenedOn, days) }),
          );
          expect(result.childRule.applies).toBe(true);
          expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
        },
      ),
      { seed: 1303, numRuns: 500 },
    );
  });
});

describe("no screening date recorded", () => {
  it("reads a recorded date of birth on today's date: a child today was a child at the act", () => {
    const result = assessIdentification(facts({ ...childActs, dateOfBirth: "2010-05-01" }), {
      today: "2026-01-10",
    });
    expect(result.childRule).toMatchObject({
      applies: true,
      basis: "date_of_birth",
      screenedOn: "2026-01-10",
      screeningDateAssumed: true,
    });
    expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
    const english = explanationInEnglish(result);
    expect(english).toContain("No screening date recorded: the age is read on today's date, 2026-01-10.");
    expect(english).not.toContain("until a date of birth");
  });

  it("asks for the date of the act, not a date of birth, when an adult today may have been a child then", () => {
    const result = assessIdentification(facts({ ...childActs, dateOfBirth: "1990-05-01" }), {
      today: "2026-01-10",
    });
    expect(result.childRule).toMatchObject({ applies: false, ageKnown: false, basis: null });
    expect(result.explanation).toContainEqual({ key: "age_unknown", missing: "date_of_act" });
    expect(explanationInEnglish(result)).toContain(
      "Age at the time of the act unknown: an adult when screened; the adult rule applies until the date of the act is recorded.",
    );
  });

  it("asks for the screening date when there is no today to stand in for it", () => {
    const result = assessIdentification(facts({ ...childActs, dateOfBirth: "1990-05-01" }));
    expect(result.explanation).toContainEqual({ key: "age_unknown", missing: "screening_date" });
  });

  it("still asks for a date of birth or an estimate when neither is recorded", () => {
    const result = assessIdentification(facts(childActs), { today: "2026-01-10" });
    expect(result.explanation).toContainEqual({ key: "age_unknown", missing: "age" });
    expect(result.childRule.screeningDateAssumed).toBe(false);
  });

  it("counts an estimate back from today to the act", () => {
    const result = assessIdentification(facts({ ...childActs, estimatedAge: 18, dateOfAct: "2025-06-01" }), {
      today: "2026-01-10",
    });
    expect(result.childRule).toMatchObject({ applies: true, ageAtAct: 17, basis: "estimated_age" });
  });

  it("gives what a recorded screening date on today would give; with one recorded, today changes nothing", () => {
    const maybeDate = fc.option(isoDate("1990-01-01", "2025-12-31"), { nil: null });
    fc.assert(
      fc.property(
        maybeDate,
        fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
        maybeDate,
        isoDate("2026-01-01", "2027-12-31"),
        isoDate("2026-01-01", "2027-12-31"),
        (dateOfBirth, estimatedAge, dateOfAct, today, otherDay) => {
          const parsed = identificationFactsSchema.safeParse({
            ...childActs,
            dateOfBirth,
            estimatedAge,
            dateOfAct,
          });
          if (!parsed.success) return;
          const defaulted = assessIdentification(parsed.data, { today });
          const recorded = assessIdentification({ ...parsed.data, screenedOn: today });
          expect(defaulted.childRule).toEqual({
            ...recorded.childRule,
            screeningDateAssumed: defaulted.childRule.screeningDateAssumed,
          });
          expect(defaulted.recommendation).toBe(recorded.recommendation);
          expect(assessIdentification({ ...parsed.data, screenedOn: today }, { today: otherDay })).toEqual(
            recorded,
          );
        },
      ),
      { seed: 1304, numRuns: 1_000 },
    );
  });
});

describe("every recorded fact stays in the explanation", () => {
  it("shows the recorded means of a child against the means, though the child rule does not need them", () => {
    const result = assessIdentification(
      facts({
        ...childActs,
        estimatedAge: 16,
        screenedOn: "2026-01-10",
        means: [{ code: "deception", evidence: "Job advert" }],
      }),
    );
    expect(result.elements.means.required).toBe(false);
    expect(result.explanation).toContainEqual({
      key: "element_met",
      element: "means",
      codes: ["deception"],
      evidence: ["Job advert"],
    });
    expect(explanationInEnglish(result)).toContain("Means met: deception (evidence: Job advert).");
  });

  it("names every recorded act, means and purpose, whatever the age", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...MEANS_CODES), { maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        (means, estimatedAge) => {
          const result = assessIdentification(
            facts({
              ...childActs,
              estimatedAge,
              screenedOn: "2026-01-10",
              means: means.map((code) => ({ code, evidence: "" })),
            }),
          );
          const named = result.explanation.flatMap((line) =>
            line.key === "element_met" ? line.codes.map((code) => `${line.element}:${code}`) : [],
          );
          expect(named.sort()).toEqual(
            ["act:recruitment", "purpose:forced_labour", ...means.map((code) => `means:${code}`)].sort(),
          );
        },
      ),
      { seed: 1305, numRuns: 300 },
    );
  });
});
