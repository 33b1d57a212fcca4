/** Dates are ISO calendar dates (`YYYY-MM-DD`) so that age never depends on a time zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/**
 * Completed years between a date of birth and a later date. A person is N on their Nth birthday;
 * someone born on 29 February becomes a year older on 1 March in common years.
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const birth = parseIsoDate(dateOfBirth);
  const day = parseIsoDate(on);
  if (!birth || !day) throw new RangeError(`not an ISO date: ${birth ? on : dateOfBirth}`);
  let age = day.year - birth.year;
  if (day.month < birth.month || (day.month === birth.month && day.day < birth.day)) age -= 1;
  return age;
}

/**
 * The latest date of birth of someone who is `age` on `on`: the youngest a person of that age can
 * be. Read in the person's favour, an estimated age is this birth date. 29 February becomes
 * 28 February in a common year of birth (born on 1 March, the person would be a year younger).
 */
export function youngestBirthDate(age: number, on: string): string {
  const day = parseIsoDate(on);
  if (!day) throw new RangeError(`not an ISO date: ${on}`);
  const year = day.year - age;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dayOfBirth = day.month === 2 && day.day === 29 && !leap ? 28 : day.day;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(day.month)}-${pad(dayOfBirth)}`;
}

/** An age estimated on one date, carried forward to another by whole years elapsed. */
export function estimatedAgeOn(estimatedAge: number, estimatedOn: string, on: string): number {
  return estimatedAge + Math.max(0, ageOn(estimatedOn, on));
}

export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}
