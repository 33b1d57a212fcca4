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
