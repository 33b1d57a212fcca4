import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACT_CODES,
  assessIdentification,
  CURRENT_ILO_CATALOGUE,
  IDENTIFICATION_ELEMENTS,
  type IdentificationFacts,
  identificationFactsSchema,
  MEANS_CODES,
  PURPOSE_CODES,
  type Recommendation,
} from "../../src/identification";

const RANK: Record<Recommendation, number> = {
  NoIndicationOfTrafficking: 0,
  NotEnoughInformation: 1,
  PossibleVictimOfTrafficking: 2,
};

const INDICATOR_IDS = [
  ...new Set(
    CURRENT_ILO_CATALOGUE.lists.flatMap((l) => l.dimensions.flatMap((d) => d.indicators.map((i) => i.id))),
  ),
];

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const evidence = fc.constantFrom("", "Interview", "Passport copy");
function observed<T extends string>(codes: readonly T[]) {
  return fc
    .uniqueArray(fc.constantFrom(...codes), { maxLength: codes.length })
    .chain((picked) => fc.tuple(...picked.map((code) => evidence.map((e) => ({ code, evidence: e })))));
}

/** Any valid facts: dates ordered birth ≤ act ≤ screening, as the schema requires. */
const facts: fc.Arbitrary<IdentificationFacts> = fc
  .record({
    acts: observed(ACT_CODES),
    means: observed(MEANS_CODES),
    purposes: observed(PURPOSE_CODES),
    ruledOut: fc.uniqueArray(fc.constantFrom(...IDENTIFICATION_ELEMENTS)),
    birth: fc.option(isoDate("1950-01-01", "2020-12-31")),
    estimatedAge: fc.option(fc.integer({ min: 0, max: 80 })),
    actOffsetDays: fc.option(fc.integer({ min: 0, max: 8000 })),
    screenOffsetDays: fc.option(fc.integer({ min: 0, max: 8000 })),
    personSaidTheyAgreed: fc.boolean(),
    indicatorExploitation: fc.constantFrom("labour" as const, "sexual" as const),
    indicators: fc
      .uniqueArray(fc.constantFrom(...INDICATOR_IDS))
      .map((ids) => ids.map((id) => ({ id, evidence: "" }))),
  })
  .map((r) => {
    const plus = (date: string, days: number) => {
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const anchor = r.birth ?? "2000-01-01";
    const dateOfAct = r.actOffsetDays === null ? null : plus(anchor, r.actOffsetDays);
    const screenedOn = r.screenOffsetDays === null ? null : plus(dateOfAct ?? anchor, r.screenOffsetDays);
    return identificationFactsSchema.parse({
      acts: r.acts,
      means: r.means,
      purposes: r.purposes,
      ruledOut: r.ruledOut,
      dateOfBirth: r.birth,
      estimatedAge: r.estimatedAge,
      dateOfAct,
      screenedOn,
      personSaidTheyAgreed: r.personSaidTheyAgreed,
      indicatorExploitation: r.indicatorExploitation,
      indicators: r.indicators,
    });
  });

/** One more fact of any kind, added to the facts. */
const withOneMoreFact = (f: IdentificationFacts) =>
  fc.oneof(
    fc
      .constantFrom(...ACT_CODES)
      .map((code) => ({ ...f, acts: [...f.acts.filter((a) => a.code !== code), { code, evidence: "" }] })),
    fc
      .constantFrom(...MEANS_CODES)
      .map((code) => ({ ...f, means: [...f.means.filter((a) => a.code !== code), { code, evidence: "" }] })),
    fc.constantFrom(...PURPOSE_CODES).map((code) => ({
      ...f,
      purposes: [...f.purposes.filter((a) => a.code !== code), { code, evidence: "" }],
    })),
    fc
      .constantFrom(...IDENTIFICATION_ELEMENTS)
      .map((e) => ({ ...f, ruledOut: [...new Set([...f.ruledOut, e])] })),
    fc.constantFrom(...INDICATOR_IDS).map((id) => ({
      ...f,
      indicators: [...f.indicators.filter((i) => i.id !== id), { id, evidence: "" }],
    })),
    fc.constant({ ...f, personSaidTheyAgreed: true }),
  );

describe("identification properties", () => {
  it("adding a fact never turns a met element into not met", () => {
    fc.assert(
      fc.property(
        facts.chain((f) => fc.tuple(fc.constant(f), withOneMoreFact(f))),
        ([before, after]) => {
          const a = assessIdentification(before);
          const b = assessIdentification(after);
          for (const e of IDENTIFICATION_ELEMENTS) {
            if (a.elements[e].status === "met") expect(b.elements[e].status).toBe("met");
          }
          for (const d of a.indicators.positiveDimensions)
            expect(b.indicators.positiveDimensions).toContain(d);
        },
      ),
    );
  });

  it("a person under 18 at the act, with act and purpose, is always a possible victim", () => {
    const minorAtAct = facts
      .filter((f) => f.acts.length > 0 && f.purposes.length > 0)
      .chain((f) =>
        fc.oneof(
          // By date of birth: the act falls before the 18th birthday.
          fc.integer({ min: 0, max: 17 }).map((age) => ({
            ...f,
            dateOfBirth: "2000-06-15",
            dateOfAct: `${2000 + age}-06-15`,
            screenedOn: "2030-01-01",
          })),
          // By estimated age alone (presumption of minority), whatever the papers say about later years.
          fc.integer({ min: 0, max: 17 }).map((age) => ({
            ...f,
            dateOfBirth: null,
            estimatedAge: age,
            dateOfAct: null,
          })),
        ),
      );
    fc.assert(
      fc.property(minorAtAct, (f) => {
        const result = assessIdentification(f);
        expect(result.childRule.applies).toBe(true);
        expect(result.recommendation).toBe("PossibleVictimOfTrafficking");
      }),
    );
  });

  it("recorded consent never lowers the recommendation when any means is present", () => {
    fc.assert(
      fc.property(
        facts.filter((f) => f.means.length > 0),
        (f) => {
          const without = assessIdentification({ ...f, personSaidTheyAgreed: false });
          const withConsent = assessIdentification({ ...f, personSaidTheyAgreed: true });
          expect(RANK[withConsent.recommendation]).toBeGreaterThanOrEqual(RANK[without.recommendation]);
          expect(withConsent.consent.setAside).toBe(true);
        },
      ),
    );
  });

  it("is a function of the facts and the today passed in: no clock, no randomness", () => {
    fc.assert(
      fc.property(facts, fc.option(isoDate("2020-01-01", "2045-12-31"), { nil: undefined }), (f, today) => {
        const first = assessIdentification(f, { today });
        const realNow = Date.now;
        const realRandom = Math.random;
        try {
          Date.now = () => 0;
          Math.random = () => 0.5;
          expect(assessIdentification(structuredClone(f), { today })).toEqual(first);
        } finally {
          Date.now = realNow;
          Math.random = realRandom;
        }
      }),
    );
  });

  it("recommends a possible victim exactly when the definition or the ILO combination holds", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = assessIdentification(f);
        const met = (e: "act" | "means" | "purpose") => r.elements[e].status === "met";
        expect(r.legalDefinitionMet).toBe(
          met("act") && met("purpose") && (met("means") || r.childRule.applies),
        );
        expect(r.recommendation === "PossibleVictimOfTrafficking").toBe(
          r.legalDefinitionMet || r.indicators.combinationMet,
        );
      }),
    );
  });
});
