import { parseIsoDate } from "../age";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/**
 * The same day `months` calendar months later, or the last day of that month when it is shorter:
 * 31 January + 1 month is 28 February (29 in a leap year), 31 August + 3 months is 30 November.
 * Each offset is counted from the given date, never chained, so no day is lost along the way.
 * Pure: takes and returns ISO calendar dates (`YYYY-MM-DD`), no time zone involved.
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not an ISO date: ${isoDate}`);
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) throw new RangeError(`${isoDate} + ${months} months is out of range`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(date.day, daysInMonth(year, month)), 2)}`;
}
