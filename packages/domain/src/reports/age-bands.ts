/**
 * The CTDC global dataset's broad age bands (domain brief §6). Publishing a band rather than the
 * age is the first generalisation of the anonymiser.
 */
export const AGE_BANDS = [
  "0--8",
  "9--17",
  "18--20",
  "21--23",
  "24--26",
  "27--29",
  "30--38",
  "39--47",
  "48+",
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Lower bound of each band, in the order of `AGE_BANDS`. */
const LOWER_BOUNDS = [0, 9, 18, 21, 24, 27, 30, 39, 48] as const;

export function ageBand(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`not an age: ${age}`);
  let band: AgeBand = AGE_BANDS[0];
  LOWER_BOUNDS.forEach((lower, i) => {
    if (age >= lower) band = AGE_BANDS[i] as AgeBand;
  });
  return band;
}

export type MajorityStatus = "Adult" | "Minor";

export function majorityStatus(age: number): MajorityStatus {
  return age >= 18 ? "Adult" : "Minor";
}
