import { describe, expect, it } from "vitest";
import {
  combinationMet,
  dimensionPositive,
  ILO_CATALOGUE_2009,
  ILO_DIMENSIONS,
  type IloDimension,
  iloCatalogueSchema,
} from "../../src/identification";

describe("the ILO dimension rule", () => {
  // Every count of strong, medium and weak indicators from 0 to 3: the input space is small.
  const counts = [0, 1, 2, 3];
  const cases = counts.flatMap((S) => counts.flatMap((M) => counts.map((W) => ({ S, M, W }))));

  it.each(cases)("S=$S M=$M W=$W", ({ S, M, W }) => {
    const expected = S >= 2 || (S === 1 && M + W >= 1) || M >= 3 || (M === 2 && W >= 1);
    expect(dimensionPositive({ S, M, W })).toBe(expected);
  });

  it("names the four ways, and what falls short", () => {
    expect(dimensionPositive({ S: 2, M: 0, W: 0 })).toBe(true);
    expect(dimensionPositive({ S: 1, M: 0, W: 1 })).toBe(true);
    expect(dimensionPositive({ S: 0, M: 3, W: 0 })).toBe(true);
    expect(dimensionPositive({ S: 0, M: 2, W: 1 })).toBe(true);
    expect(dimensionPositive({ S: 1, M: 0, W: 0 })).toBe(false);
    expect(dimensionPositive({ S: 0, M: 2, W: 0 })).toBe(false);
    expect(dimensionPositive({ S: 0, M: 1, W: 3 })).toBe(false);
    expect(dimensionPositive({ S: 0, M: 0, W: 3 })).toBe(false);
  });
});

describe("the ILO combination rule", () => {
  const subsets: IloDimension[][] = [];
  for (let mask = 0; mask < 1 << ILO_DIMENSIONS.length; mask += 1) {
    subsets.push(ILO_DIMENSIONS.filter((_, i) => mask & (1 << i)));
  }

  it("adult: recruitment, exploitation and coercion, for every subset of dimensions", () => {
    for (const dims of subsets) {
      const has = (d: IloDimension) => dims.includes(d);
      const expected =
        (has("deceptive_recruitment") ||
          has("coercive_recruitment") ||
          has("recruitment_abuse_of_vulnerability")) &&
        has("exploitative_conditions") &&
        (has("coercion_at_destination") || has("abuse_of_vulnerability_at_destination"));
      expect(combinationMet(new Set(dims), "adult"), dims.join(",")).toBe(expected);
    }
  });

  it("child: coercion not required", () => {
    expect(combinationMet(new Set(["coercive_recruitment", "exploitative_conditions"]), "child")).toBe(true);
    expect(combinationMet(new Set(["coercive_recruitment", "exploitative_conditions"]), "adult")).toBe(false);
    expect(combinationMet(new Set(["exploitative_conditions", "coercion_at_destination"]), "child")).toBe(
      false,
    );
  });
});

describe("the indicator catalogue", () => {
  it("validates: four lists, six dimensions each, strengths S/M/W, labels in English", () => {
    expect(iloCatalogueSchema.safeParse(ILO_CATALOGUE_2009).success).toBe(true);
    expect(ILO_CATALOGUE_2009.lists).toHaveLength(4);
    for (const list of ILO_CATALOGUE_2009.lists) {
      expect(list.dimensions.map((d) => d.dimension).sort()).toEqual([...ILO_DIMENSIONS].sort());
    }
  });

  it("holds the indicators the brief names with their strengths", () => {
    const adultLabour = ILO_CATALOGUE_2009.lists.find(
      (l) => l.population === "adult" && l.exploitation === "labour",
    );
    const strength = (id: string) =>
      adultLabour?.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)?.strength;
    expect(strength("dr.nature_of_job")).toBe("S");
    expect(strength("cr.violence")).toBe("S");
    expect(strength("rv.general_context")).toBe("W");
    expect(strength("ec.excessive_hours")).toBe("S");
    expect(strength("cd.debt_bondage")).toBe("S");
    expect(strength("vd.personal_characteristics")).toBe("W");
  });

  it("refuses a catalogue that misses a list, a dimension, or repeats an indicator", () => {
    const [first, ...rest] = ILO_CATALOGUE_2009.lists;
    expect(iloCatalogueSchema.safeParse({ ...ILO_CATALOGUE_2009, lists: rest }).success).toBe(false);
    if (!first) throw new Error("no list");
    const missingDimension = { ...first, dimensions: first.dimensions.slice(1) };
    expect(
      iloCatalogueSchema.safeParse({ ...ILO_CATALOGUE_2009, lists: [missingDimension, ...rest] }).success,
    ).toBe(false);
    const [d0, ...ds] = first.dimensions;
    if (!d0) throw new Error("no dimension");
    const repeated = {
      ...first,
      dimensions: [{ ...d0, indicators: [...d0.indicators, ...d0.indicators] }, ...ds],
    };
    expect(iloCatalogueSchema.safeParse({ ...ILO_CATALOGUE_2009, lists: [repeated, ...rest] }).success).toBe(
      false,
    );
    const badStrength = {
      ...first,
      dimensions: [{ ...d0, indicators: [{ id: "x", strength: "X", label: { en: "x" } }] }, ...ds],
    };
    expect(
      iloCatalogueSchema.safeParse({ ...ILO_CATALOGUE_2009, lists: [badStrength, ...rest] }).success,
    ).toBe(false);
  });
});
