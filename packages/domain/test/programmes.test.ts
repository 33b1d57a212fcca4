import { describe, expect, it } from "vitest";
import {
  CASE_STATES,
  caseReference,
  initialState,
  isStateOf,
  PROGRAMME_CODES,
  PROGRAMMES,
  type Programme,
  TERMINAL_STATES,
} from "../src/programmes";

describe("programmes", () => {
  it("are the four kinds of case an office runs", () => {
    expect([...PROGRAMMES]).toEqual(["avrr", "counter_trafficking", "social_assistance", "labour_migration"]);
  });

  it.each<[Programme, string]>([
    ["avrr", "application"],
    ["counter_trafficking", "referred"],
    ["social_assistance", "intake"],
    ["labour_migration", "inquiry"],
  ])("%s cases start in %s", (programme, state) => {
    expect(initialState(programme)).toBe(state);
    expect(isStateOf(programme, state)).toBe(true);
    expect(TERMINAL_STATES.has(state)).toBe(false);
  });

  it.each([...PROGRAMMES])("%s has no repeated state and can be closed", (programme) => {
    const states: readonly string[] = CASE_STATES[programme];
    expect(new Set(states).size).toBe(states.length);
    expect(states).toContain("closed");
  });

  it("knows only each programme's own states", () => {
    expect(isStateOf("avrr", "departed")).toBe(true);
    expect(isStateOf("social_assistance", "departed")).toBe(false);
    expect(isStateOf("counter_trafficking", "presumed_victim")).toBe(true);
    expect(isStateOf("avrr", "presumed_victim")).toBe(false);
    expect(isStateOf("avrr", "")).toBe(false);
  });

  it("has terminal states that are all states of some programme", () => {
    const all = new Set<string>(PROGRAMMES.flatMap((p) => [...CASE_STATES[p]]));
    for (const state of TERMINAL_STATES) expect(all.has(state)).toBe(true);
  });
});

describe("caseReference", () => {
  it("is CODE-YEAR-NNNNN", () => {
    expect(caseReference("avrr", 2026, 42)).toBe("AVRR-2026-00042");
    expect(caseReference("counter_trafficking", 2026, 1)).toBe("CT-2026-00001");
    expect(caseReference("social_assistance", 2025, 99_999)).toBe("SA-2025-99999");
    expect(caseReference("labour_migration", 2027, 7)).toBe("LM-2027-00007");
  });

  it("grows past five digits instead of truncating", () => {
    expect(caseReference("avrr", 2026, 100_000)).toBe("AVRR-2026-100000");
  });

  it("gives each programme a distinct code, so references never collide across programmes", () => {
    const codes = PROGRAMMES.map((p) => PROGRAMME_CODES[p]);
    expect(new Set(codes).size).toBe(PROGRAMMES.length);
    for (const programme of PROGRAMMES) {
      expect(caseReference(programme, 2026, 3)).toMatch(/^(AVRR|CT|SA|LM)-2026-00003$/);
    }
  });

  it("sorts in sequence order within a programme and year while below 100000", () => {
    const refs = [1, 9, 10, 99, 100, 12_345].map((n) => caseReference("avrr", 2026, n));
    expect([...refs].sort()).toEqual(refs);
  });
});
