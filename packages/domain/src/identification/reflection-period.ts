import { parseIsoDate } from "../age";
import type { TraffickingStatus } from "./vocabulary";

/** Council of Europe Convention on Action against THB, Art. 13: a reflection period of at least 30 days. */
export const MINIMUM_REFLECTION_PERIOD_DAYS = 30;
/** Used for a country with no configured length. */
export const DEFAULT_REFLECTION_PERIOD_DAYS = MINIMUM_REFLECTION_PERIOD_DAYS;
export const MAXIMUM_REFLECTION_PERIOD_DAYS = 365;
/** The reminder task falls due this many days before the period ends (or on its first day, if shorter). */
export const REFLECTION_REMINDER_DAYS_BEFORE_END = 7;
/**
 * Whose law sets the reflection period when a decision names no country: the country of the office
 * (the same default the phone numbers use).
 */
export const DEFAULT_REFLECTION_COUNTRY = "LT";

function addDays(isoDate: string, days: number): string {
  const parsed = parseIsoDate(isoDate);
  if (!parsed) throw new RangeError(`not an ISO date: ${isoDate}`);
  const d = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days));
  return d.toISOString().slice(0, 10);
}

/** The configured length for a country, or the default (30 days) when it has none. */
export function reflectionPeriodDays(
  country: string,
  lengths: readonly { countryCode: string; days: number }[],
): number {
  return lengths.find((l) => l.countryCode === country)?.days ?? DEFAULT_REFLECTION_PERIOD_DAYS;
}

export interface ReflectionPeriod {
  startsOn: string;
  /** The last day of the period: a period of N days starting on day 1 ends on day N. */
  endsOn: string;
  days: number;
  /** When the reminder task is due. */
  reminderDueOn: string;
}

/** The period starting on a day (the day the presumed-victim status is confirmed), N days long. */
export function reflectionPeriod(startsOn: string, days: number): ReflectionPeriod {
  const endsOn = addDays(startsOn, days - 1);
  const reminder = addDays(endsOn, -REFLECTION_REMINDER_DAYS_BEFORE_END);
  return { startsOn, endsOn, days, reminderDueOn: reminder < startsOn ? startsOn : reminder };
}

/** A decided status that starts the reflection period: the person is (at least) a presumed victim. */
export function startsReflectionPeriod(status: TraffickingStatus): boolean {
  return status === "PossibleVictimOfTrafficking" || status === "ActualVictimOfTrafficking";
}
