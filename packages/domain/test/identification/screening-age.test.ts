import { describe, expect, it } from "vitest";
import {
  assessIdentification,
  explanationInEnglish,
  newScreeningFacts,
  screeningAgeFacts,
} from "../../src/identification";

/** A new screening starts from the age on the person's record, so the child rule can apply at once. */
const TODAY = "2026-03-21";
const childActs = {
  acts: [{ code: "recruitment" as const, evidence: "" }],
  purposes: [{ code: "forced_labour" as const, evidence: "" }],
};

describe("the age a screening starts from", () => {
  it("carries the recorded date of birth, and leaves the screening date to the caseworker", () => {
    expect(
      screeningAgeFacts({ dateOfBirth: "2010-05-02", estimatedAge: null, ageEstimatedOn: null }, TODAY),
    ).toEqual({ dateOfBirth: "2010-05-02", estimatedAge: null, screenedOn: null });
  });

  it("carries an estimated age forward to today, which becomes the day it is read on", () => {
    expect(
      screeningAgeFacts({ dateOfBirth: null, estimatedAge: 16, ageEstimatedOn: "2024-03-01" }, TODAY),
    ).toEqual({ dateOfBirth: null, estimatedAge: 18, screenedOn: TODAY });
    // Estimated without a day: read as estimated today.
    expect(screeningAgeFacts({ dateOfBirth: null, estimatedAge: 16, ageEstimatedOn: null }, TODAY)).toEqual({
      dateOfBirth: null,
      estimatedAge: 16,
      screenedOn: TODAY,
    });
  });

  it("carries nothing when the record knows no age (or a date of birth in the future)", () => {
    const none = { dateOfBirth: null, estimatedAge: null, screenedOn: null };
    expect(screeningAgeFacts({ dateOfBirth: null, estimatedAge: null, ageEstimatedOn: null }, TODAY)).toEqual(
      none,
    );
    expect(
      screeningAgeFacts({ dateOfBirth: "2027-01-01", estimatedAge: null, ageEstimatedOn: null }, TODAY),
    ).toEqual(none);
  });

  it("a child on record is assessed under the child rule, not 'age unknown: the adult rule'", () => {
    const started = newScreeningFacts(
      { dateOfBirth: "2010-05-02", estimatedAge: null, ageEstimatedOn: null },
      TODAY,
    );
    const result = assessIdentification({ ...started, ...childActs }, { today: TODAY });
    expect(result.childRule).toMatchObject({ applies: true, basis: "date_of_birth" });
    expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
    const text = explanationInEnglish(result);
    expect(text).not.toContain("Age at the time of the act unknown");
    // The same facts without the age carried: the means are missing, the age unknown.
    const blank = newScreeningFacts({ dateOfBirth: null, estimatedAge: null, ageEstimatedOn: null }, TODAY);
    expect(assessIdentification({ ...blank, ...childActs }, { today: TODAY }).recommendation).toBe(
      "NotEnoughInformation",
    );
  });
});
