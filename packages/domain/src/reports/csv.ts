import { OFFICE_TIME_ZONE } from "../case-record";

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * let a cell break out into the next one in some importers): `=`, `+`, `-`, `@`, TAB, CR.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it may be written to a CSV file: text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, so it is shown as the text it is (OWASP "CSV injection").
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The parts of an instant on the office's wall clock. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    time: `${part("hour")}:${part("minute")}`,
    seconds: part("second"),
  };
}

/**
 * An instant as a spreadsheet recognises a date and time, on the office's clock (the time the rest
 * of the app shows): `2026-03-21 14:05`, or `2026-03-21 14:05:09` with seconds (the audit log).
 * Never an ISO instant in UTC with milliseconds, which spreadsheets leave as text.
 */
export function spreadsheetDateTime(
  at: Date,
  options: { seconds?: boolean; timeZone?: string } = {},
): string {
  const clock = wallClock(at, options.timeZone ?? OFFICE_TIME_ZONE);
  return `${clock.date} ${clock.time}${options.seconds ? `:${clock.seconds}` : ""}`;
}

/**
 * The same wall-clock time as a Date whose UTC fields hold it: what a spreadsheet library that
 * writes dates in UTC (exceljs) needs so that the cell shows the office's local time.
 */
export function officeWallClockDate(at: Date, timeZone: string = OFFICE_TIME_ZONE): Date {
  const clock = wallClock(at, timeZone);
  return new Date(`${clock.date}T${clock.time}:${clock.seconds}.000Z`);
}
