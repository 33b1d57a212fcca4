import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BANDS } from "../../src/reports/age-bands";
import {
  CTDC_COLUMNS,
  CTDC_K,
  CTDC_QUASI_IDENTIFIERS,
  type CtdcSubject,
  ctdcExport,
  ctdcRow,
} from "../../src/reports/ctdc";
import { kAnonymise, SUPPRESSED, smallestClass } from "../../src/reports/k-anonymity";

const QI = ["a", "b", "c"] as const;

/** Rows over small value sets, so that groups of every size occur. */
const rows = fc.array(
  fc.record({
    a: fc.constantFrom("x", "y", "z", ""),
    b: fc.constantFrom("1", "2", "3", "4", "5"),
    c: fc.constantFrom("p", "q"),
    payload: fc.string({ maxLength: 3 }),
  }),
  { maxLength: 200 },
);

describe("kAnonymise", () => {
  it("leaves no combination of quasi-identifiers matching fewer than k rows", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 15 }), (input, k) => {
        const { rows: out } = kAnonymise(input, { k, quasiIdentifiers: QI });
        const sizes = new Map<string, number>();
        for (const row of out) {
          const key = JSON.stringify(QI.map((c) => row[c]));
          sizes.set(key, (sizes.get(key) ?? 0) + 1);
        }
        for (const size of sizes.values()) expect(size).toBeGreaterThanOrEqual(k);
      }),
    );
  });

  it("only suppresses or drops: every published row is an input row with some values made unknown", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const { rows: out, summary } = kAnonymise(input, { k: 11, quasiIdentifiers: QI });
        expect(summary.rowsIn).toBe(input.length);
        expect(summary.rowsOut + summary.dropped).toBe(input.length);
        // Order is kept, so each output row can be matched to its source in one pass.
        let i = 0;
        for (const row of out) {
          while (
            i < input.length &&
            !(
              input[i]?.payload === row.payload &&
              QI.every((c) => row[c] === SUPPRESSED || row[c] === input[i]?.[c])
            )
          ) {
            i += 1;
          }
          expect(i).toBeLessThan(input.length);
          i += 1;
        }
      }),
    );
  });

  it("changes nothing when every group already has k rows", () => {
    const input = Array.from({ length: 22 }, (_, i) => ({
      a: i < 11 ? "x" : "y",
      b: "1",
      c: "p",
      payload: "",
    }));
    const { rows: out, summary } = kAnonymise(input, { k: 11, quasiIdentifiers: QI });
    expect(out).toEqual(input);
    expect(summary).toEqual({ k: 11, rowsIn: 22, rowsOut: 22, dropped: 0, suppressed: { a: 0, b: 0, c: 0 } });
  });

  it("suppresses a rare value rather than dropping its row (hand-checked)", () => {
    const common = Array.from({ length: 11 }, () => ({ a: "x", b: "1", c: "p", payload: "" }));
    const rare = { a: "x", b: "2", c: "p", payload: "rare" };
    const { rows: out, summary } = kAnonymise([...common, rare], {
      k: 11,
      quasiIdentifiers: ["b", "a", "c"],
    });
    // "2" occurs once: suppressed; the row then forms a group of one ("", x, p) and is dropped.
    expect(summary.suppressed.b).toBe(1);
    expect(summary.dropped).toBe(1);
    expect(out).toEqual(common);
  });

  it("refuses a k that is not a positive integer", () => {
    expect(() => kAnonymise([], { k: 0, quasiIdentifiers: QI })).toThrow(RangeError);
  });
});

const COUNTRIES = ["UA", "VN", "NG", "BY", "LT"] as const;

const subjects = fc.array(
  fc.record({
    registeredOn: fc.constantFrom("2024-03-01", "2025-07-15", "2026-01-20"),
    gender: fc.constantFrom("Feminine", "Masculine", "NonConforming", "NonSpecifiedUnknown"),
    ageAtRegistration: fc.option(fc.integer({ min: 0, max: 80 })),
    ageAtExploitation: fc.option(fc.integer({ min: 0, max: 80 })),
    citizenship: fc.option(fc.constantFrom(...COUNTRIES)),
    countryOfExploitation: fc.option(fc.constantFrom(...COUNTRIES)),
    meansOfControl: fc.subarray(["DebtBondage", "FalsePromises", "WithholdsDocuments"]),
    exploitationTypes: fc.subarray(["ForcedLabour", "SexualExploitation", "ForcedBegging"]),
    labourSections: fc.subarray(["A", "F", "N"]),
    sexualExploitationTypes: fc.subarray(["Prostitution"]),
    relationshipToTrafficker: fc.option(fc.constantFrom("Familial", "Acquainted", "Unacquainted")),
    recruitmentMethods: fc.subarray(["Internet", "IntimatePartnerOrMarriageProposition"]),
  }) as fc.Arbitrary<CtdcSubject>,
  { maxLength: 300 },
);

describe("CTDC export", () => {
  it("publishes no combination of quasi-identifiers matching fewer than 11 rows", () => {
    fc.assert(
      fc.property(subjects, (input) => {
        const { rows: out, summary } = ctdcExport(input);
        if (out.length > 0) expect(smallestClass(out, CTDC_QUASI_IDENTIFIERS)).toBeGreaterThanOrEqual(CTDC_K);
        expect(summary.rowsOut).toBe(out.length);
        expect(summary.k).toBe(11);
      }),
      { numRuns: 200 },
    );
  });

  it("never publishes an exact age, only the broad bands", () => {
    fc.assert(
      fc.property(subjects, (input) => {
        for (const row of ctdcExport(input).rows) {
          expect(["", ...AGE_BANDS]).toContain(row.ageBroad);
          expect(Object.keys(row).sort()).toEqual([...CTDC_COLUMNS].sort());
        }
      }),
    );
  });

  it("maps HTCDS vocabulary to the CTDC columns", () => {
    const row = ctdcRow({
      registeredOn: "2025-04-02",
      gender: "Feminine",
      ageAtRegistration: 19,
      ageAtExploitation: 17,
      citizenship: "UA",
      countryOfExploitation: "LT",
      meansOfControl: ["DebtBondage", "ThreatensChildrenFamily"],
      exploitationTypes: ["ForcedLabour", "SexualExploitation", "ForcedBegging"],
      labourSections: ["A", "N"],
      sexualExploitationTypes: ["Prostitution"],
      relationshipToTrafficker: "Acquainted",
      recruitmentMethods: ["IntimatePartnerOrMarriageProposition"],
    });
    expect(row).toMatchObject({
      yearOfRegistration: "2025",
      gender: "Woman",
      ageBroad: "18--20",
      majorityStatus: "Adult",
      majorityStatusAtExploit: "Minor",
      citizenship: "UA",
      CountryOfExploitation: "LT",
      meansOfControlDebtBondage: "1",
      meansOfControlThreats: "1",
      meansOfControlFalsePromises: "0",
      isForcedLabour: "1",
      isSexualExploit: "1",
      isSexAndLabour: "1",
      typeOfLabourAgriculture: "1",
      typeOfLabourOther: "1",
      typeOfLabourBegging: "1",
      typeOfLabourConstruction: "0",
      typeOfSexProstitution: "1",
      recruiterRelationFriend: "1",
      recruiterRelationIntimatePartner: "1",
      recruiterRelationFamily: "0",
      recruiterRelationUnknown: "0",
    });
  });

  it("summarises generalised, suppressed and dropped values", () => {
    const base: CtdcSubject = {
      registeredOn: "2025-04-02",
      gender: "Masculine",
      ageAtRegistration: 30,
      ageAtExploitation: null,
      citizenship: "VN",
      countryOfExploitation: "LT",
      meansOfControl: [],
      exploitationTypes: ["ForcedLabour"],
      labourSections: ["F"],
      sexualExploitationTypes: [],
      relationshipToTrafficker: null,
      recruitmentMethods: [],
    };
    const input = [...Array.from({ length: 12 }, () => base), { ...base, citizenship: "NG" as const }];
    const { rows: out, summary } = ctdcExport(input);
    expect(summary).toMatchObject({
      rowsIn: 13,
      generalised: { ageBroad: 13, majorityStatusAtExploit: 0 },
      suppressed: { citizenship: 1 },
    });
    // The Nigerian citizen's row lost its citizenship and matches no other row: dropped.
    expect(summary.dropped).toBe(1);
    expect(out).toHaveLength(12);
  });
});
