import { describe, expect, it } from "vitest";
import {
  DEFAULT_REFLECTION_PERIOD_DAYS,
  reflectionPeriod,
  reflectionPeriodDays,
  startsReflectionPeriod,
  TRAFFICKING_STATUSES,
} from "../../src/identification";

describe("the reflection period", () => {
  it("is started by a decided presumed or actual victim, never by a non-victim", () => {
    expect(TRAFFICKING_STATUSES.filter(startsReflectionPeriod)).toEqual([
      "PossibleVictimOfTrafficking",
      "ActualVictimOfTrafficking",
    ]);
  });

  it("uses the country's configured length, else the Council of Europe minimum of 30 days", () => {
    const lengths = [{ countryCode: "LT", days: 60 }];
    expect(reflectionPeriodDays("LT", lengths)).toBe(60);
    expect(reflectionPeriodDays("PL", lengths)).toBe(30);
    expect(DEFAULT_REFLECTION_PERIOD_DAYS).toBe(30);
  });

  it("ends on its Nth day, with a reminder a week before", () => {
    expect(reflectionPeriod("2026-01-01", 30)).toEqual({
      startsOn: "2026-01-01",
      endsOn: "2026-01-30",
      days: 30,
      reminderDueOn: "2026-01-23",
    });
    expect(reflectionPeriod("2026-02-20", 30).endsOn).toBe("2026-03-21");
    expect(reflectionPeriod("2028-02-20", 30).endsOn).toBe("2028-03-20");
  });
});
