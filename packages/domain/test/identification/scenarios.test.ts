import { describe, expect, it } from "vitest";
import {
  assessIdentification,
  explanationInEnglish,
  type IdentificationFactsInput,
  identificationFactsSchema,
  type Recommendation,
} from "../../src/identification";

const facts = (input: IdentificationFactsInput) => identificationFactsSchema.parse(input);

interface Scenario {
  story: string;
  input: IdentificationFactsInput;
  recommendation: Recommendation;
  childRule?: boolean;
  consentSetAside?: boolean;
  missing?: string[];
}

// Each scenario is a one-line story, with the facts a caseworker would tick for it.
const SCENARIOS: Scenario[] = [
  {
    story: "an adult deceived about a job and forced to work with a confiscated passport",
    input: {
      dateOfBirth: "1990-04-02",
      dateOfAct: "2025-06-01",
      screenedOn: "2026-01-10",
      acts: [{ code: "recruitment", evidence: "Interview 10 Jan" }],
      means: [
        { code: "deception", evidence: "Job advert" },
        { code: "other_coercion", evidence: "Passport kept by employer" },
      ],
      purposes: [{ code: "forced_labour", evidence: "Worked 14 h a day unpaid" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
    childRule: false,
  },
  {
    story: "an adult who agreed to sex work but whose passport was taken (consent set aside)",
    input: {
      dateOfBirth: "1995-01-01",
      dateOfAct: "2025-03-01",
      screenedOn: "2026-01-10",
      personSaidTheyAgreed: true,
      acts: [{ code: "transportation", evidence: "" }],
      means: [{ code: "other_coercion", evidence: "Passport taken on arrival" }],
      purposes: [{ code: "sexual_exploitation", evidence: "" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
    consentSetAside: true,
  },
  {
    story: "a 16-year-old recruited and exploited with no means (child rule)",
    input: {
      dateOfBirth: "2009-05-20",
      dateOfAct: "2025-07-01",
      screenedOn: "2026-01-10",
      acts: [{ code: "recruitment", evidence: "" }],
      purposes: [{ code: "forced_labour", evidence: "" }],
      ruledOut: ["means"],
    },
    recommendation: "PossibleVictimOfTrafficking",
    childRule: true,
  },
  {
    story: "17 at recruitment but 19 at registration (the age at the act counts)",
    input: {
      dateOfBirth: "2006-09-15",
      dateOfAct: "2024-06-01",
      screenedOn: "2026-01-10",
      acts: [{ code: "recruitment", evidence: "" }],
      purposes: [{ code: "sexual_exploitation", evidence: "" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
    childRule: true,
  },
  {
    story: "a person of estimated age 15 with no papers, recruited and exploited (presumption of minority)",
    input: {
      estimatedAge: 15,
      screenedOn: "2026-01-10",
      acts: [{ code: "harbouring", evidence: "" }],
      purposes: [{ code: "forced_begging", evidence: "" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
    childRule: true,
  },
  {
    story: "an adult with act and means but no exploitation yet (not enough information)",
    input: {
      dateOfBirth: "1988-02-02",
      dateOfAct: "2025-12-20",
      screenedOn: "2026-01-10",
      acts: [{ code: "transportation", evidence: "" }],
      means: [{ code: "deception", evidence: "" }],
    },
    recommendation: "NotEnoughInformation",
    missing: ["purpose"],
  },
  {
    story: "an adult made to beg in the street by force (forced begging, an EU purpose)",
    input: {
      dateOfBirth: "1980-01-01",
      dateOfAct: "2025-01-01",
      screenedOn: "2026-01-10",
      acts: [{ code: "receipt", evidence: "" }],
      means: [{ code: "use_of_force", evidence: "" }],
      purposes: [{ code: "forced_begging", evidence: "" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
  },
  {
    story: "an adult transported abroad by fraud for the removal of a kidney (organ removal)",
    input: {
      dateOfBirth: "1979-03-03",
      dateOfAct: "2025-05-05",
      screenedOn: "2026-01-10",
      acts: [{ code: "transportation", evidence: "" }],
      means: [{ code: "fraud", evidence: "" }],
      purposes: [{ code: "organ_removal", evidence: "Medical report" }],
    },
    recommendation: "PossibleVictimOfTrafficking",
  },
  {
    story: "an adult smuggled across the border, paid the smuggler and was free on arrival (no indication)",
    input: {
      dateOfBirth: "1992-07-07",
      dateOfAct: "2025-10-10",
      screenedOn: "2026-01-10",
      personSaidTheyAgreed: true,
      acts: [{ code: "transportation", evidence: "" }],
      ruledOut: ["means", "purpose"],
    },
    recommendation: "NoIndicationOfTrafficking",
    consentSetAside: false,
  },
  {
    story: "nothing recorded yet (not enough information)",
    input: {},
    recommendation: "NotEnoughInformation",
    missing: ["act", "means", "purpose"],
  },
];

describe("identification scenarios", () => {
  it.each(SCENARIOS.map((s) => [s.story, s] as const))("%s", (_, s) => {
    const result = assessIdentification(facts(s.input));
    expect(result.recommendation).toBe(s.recommendation);
    if (s.childRule !== undefined) expect(result.childRule.applies).toBe(s.childRule);
    if (s.consentSetAside !== undefined) expect(result.consent.setAside).toBe(s.consentSetAside);
    if (s.missing) {
      const unknown = Object.values(result.elements)
        .filter((e) => e.required && e.status === "unknown")
        .map((e) => e.element);
      expect(unknown).toEqual(s.missing);
    }
    expect(result.explanation[0]).toEqual({ key: "recommendation", recommendation: s.recommendation });
  });

  it("shows which recorded fact and evidence supports each met element", () => {
    const result = assessIdentification(facts(SCENARIOS[0]?.input ?? {}));
    expect(result.elements.means).toEqual({
      element: "means",
      status: "met",
      required: true,
      support: [
        { code: "deception", evidence: "Job advert" },
        { code: "other_coercion", evidence: "Passport kept by employer" },
      ],
    });
    expect(explanationInEnglish(result)).toBe(
      "Possible victim of trafficking. Act met: recruitment (evidence: Interview 10 Jan). " +
        "Means met: deception, other coercion (evidence: Job advert; Passport kept by employer). " +
        "Purpose met: forced labour (evidence: Worked 14 h a day unpaid). " +
        "Adult at the time of the act (35), by date of birth: the means are required.",
    );
  });

  it("explains the child rule and consent for a child", () => {
    const result = assessIdentification(
      facts({
        estimatedAge: 16,
        screenedOn: "2026-01-10",
        personSaidTheyAgreed: true,
        acts: [{ code: "recruitment", evidence: "" }],
        purposes: [{ code: "forced_labour", evidence: "" }],
      }),
    );
    expect(result.consent).toEqual({ recorded: true, setAside: true, reason: "child" });
    expect(result.elements.means.required).toBe(false);
    expect(explanationInEnglish(result)).toContain("by estimated age (presumption of minority)");
    expect(explanationInEnglish(result)).toContain("consent is irrelevant for a child");
  });

  it("is 18 on the 18th birthday: the child rule stops that day", () => {
    const base = {
      dateOfBirth: "2007-03-10",
      acts: [{ code: "recruitment" as const, evidence: "" }],
      purposes: [{ code: "forced_labour" as const, evidence: "" }],
    };
    expect(assessIdentification(facts({ ...base, dateOfAct: "2025-03-09" })).childRule).toMatchObject({
      applies: true,
      ageAtAct: 17,
    });
    expect(assessIdentification(facts({ ...base, dateOfAct: "2025-03-10" })).childRule).toMatchObject({
      applies: false,
      ageAtAct: 18,
    });
  });

  it("does not refute the means while the age at the act is unknown", () => {
    const result = assessIdentification(
      facts({
        acts: [{ code: "recruitment", evidence: "" }],
        purposes: [{ code: "slavery", evidence: "" }],
        ruledOut: ["means"],
      }),
    );
    expect(result.recommendation).toBe("NotEnoughInformation");
    expect(result.explanation).toContainEqual({ key: "age_unknown", missing: "age" });
  });

  it("reads the ILO indicators: positive dimensions and the combination rule", () => {
    const result = assessIdentification(
      facts({
        dateOfBirth: "1990-01-01",
        screenedOn: "2026-01-10",
        dateOfAct: "2025-01-01",
        indicators: [
          { id: "dr.nature_of_job", evidence: "" },
          { id: "dr.wages", evidence: "" },
          { id: "ec.excessive_hours", evidence: "" },
          { id: "ec.low_or_no_salary", evidence: "" },
          { id: "cd.confiscation_of_documents", evidence: "Passport with the employer" },
          { id: "cd.threats", evidence: "" },
        ],
      }),
    );
    expect(result.indicators.positiveDimensions).toEqual([
      "deceptive_recruitment",
      "exploitative_conditions",
      "coercion_at_destination",
    ]);
    expect(result.indicators.combinationMet).toBe(true);
    expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
    expect(result.legalDefinitionMet).toBe(false);
  });

  it("reports indicators the list in use does not hold", () => {
    const result = assessIdentification(facts({ indicators: [{ id: "zz.unknown", evidence: "" }] }));
    expect(result.indicators.unmatched).toEqual(["zz.unknown"]);
  });
});

describe("the facts schema", () => {
  it("refuses an act before birth and an act after the screening", () => {
    const parsed = identificationFactsSchema.safeParse({
      dateOfBirth: "2000-01-01",
      dateOfAct: "1999-01-01",
    });
    expect(parsed.success).toBe(false);
    const later = identificationFactsSchema.safeParse({ dateOfAct: "2026-02-01", screenedOn: "2026-01-01" });
    expect(later.error?.issues.map((i) => i.message)).toEqual(["after_screening"]);
  });

  it("refuses a code twice and an unknown code", () => {
    expect(
      identificationFactsSchema.safeParse({
        acts: [
          { code: "recruitment", evidence: "" },
          { code: "recruitment", evidence: "" },
        ],
      }).success,
    ).toBe(false);
    expect(identificationFactsSchema.safeParse({ means: [{ code: "magic", evidence: "" }] }).success).toBe(
      false,
    );
  });
});
