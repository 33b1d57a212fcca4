import { z } from "zod";
import { storableString } from "../input-schemas";

/** A calendar month, `YYYY-MM`. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const month = storableString().regex(MONTH, "invalid_month");

/** The longest period a report covers: three years of months keeps every chart readable. */
export const MAX_PERIOD_MONTHS = 36;

/** A reporting period: whole months, first to last inclusive (office calendar). */
export const reportPeriod = z
  .object({ from: month, to: month })
  .refine((p) => p.from <= p.to, { message: "period_reversed", path: ["to"] })
  .refine(
    (p) => !MONTH.test(p.from) || !MONTH.test(p.to) || monthsBetween(p.from, p.to) <= MAX_PERIOD_MONTHS,
    {
      message: "period_too_long",
      path: ["to"],
    },
  );
export type ReportPeriod = z.infer<typeof reportPeriod>;

function parts(value: string): [number, number] {
  const match = MONTH.exec(value);
  if (!match) throw new RangeError(`not a month: ${value}`);
  return [Number(match[1]), Number(match[2])];
}

function format(year: number, monthNumber: number): string {
  return `${String(year).padStart(4, "0")}-${String(monthNumber).padStart(2, "0")}`;
}

/** The month `count` months after (or before, when negative) the given one. */
export function addMonths(value: string, count: number): string {
  const [year, monthNumber] = parts(value);
  const index = year * 12 + (monthNumber - 1) + count;
  return format(Math.floor(index / 12), (index % 12) + 1);
}

/** How many months the period covers, both ends included. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Every month of the period, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const count = monthsBetween(period.from, period.to);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(period.from, i));
}

/** The period as calendar dates: first day included, `until` (first day after it) excluded. */
export function periodDates(period: ReportPeriod): { since: string; until: string } {
  return { since: `${period.from}-01`, until: `${addMonths(period.to, 1)}-01` };
}

/** The twelve months up to and including the one of `today` (an ISO date in the office calendar). */
export function lastTwelveMonths(today: string): ReportPeriod {
  const current = today.slice(0, 7);
  return { from: addMonths(current, -11), to: current };
}
