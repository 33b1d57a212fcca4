import { z } from "zod";
import { isIsoDate } from "../age";
import { COUNTRY_CODES } from "../countries";
import { TYPES_OF_EXPLOITATION } from "../identification/vocabulary";
import { storableString } from "../input-schemas";
import { REFERRAL_SOURCE_FILTERS } from "../intake";
import { ALL_CASE_STATES } from "../programmes";
import { serviceTypeCode } from "../service-type-code";
import { CONTRACT_RED_FLAGS } from "../workflows/vocabulary";

const isoDate = storableString().refine(isIsoDate, "invalid_date");

/** The stages of a counter-trafficking case the dashboard counts. */
export const CT_STAGES = ["screened", "presumed", "identified"] as const;
export type CtStage = (typeof CT_STAGES)[number];

/**
 * The filters behind the dashboard's figures, shared by the case list and the exports so that every
 * figure links to exactly the cases it counts. Periods are office calendar dates: `since` included,
 * `until` excluded.
 */
export const caseFigureFilterShape = {
  /** Only cases not in a terminal state. */
  open: z.boolean().optional(),
  openedSince: isoDate.optional(),
  openedUntil: isoDate.optional(),
  closedSince: isoDate.optional(),
  closedUntil: isoDate.optional(),
  /** Cases that moved into this state (state history) within the `entered` period. */
  enteredState: z.enum(ALL_CASE_STATES).optional(),
  enteredSince: isoDate.optional(),
  enteredUntil: isoDate.optional(),
  /** AVRR: the destination recorded in the workflow facts. */
  destinationCountry: z.enum(COUNTRY_CODES).optional(),
  /** Labour migration: a contract red flag recorded ("any": at least one). */
  redFlag: z.enum([...CONTRACT_RED_FLAGS, "any"]).optional(),
  /** Cases with a service of this type delivered within the `service` period. */
  serviceType: serviceTypeCode.optional(),
  serviceSince: isoDate.optional(),
  serviceUntil: isoDate.optional(),
  /**
   * Counter-trafficking: screened (screening opened), presumed (moved to presumed victim) or
   * identified (an identification confirmed as actual victim) within the `stage` period.
   */
  ctStage: z.enum(CT_STAGES).optional(),
  stageSince: isoDate.optional(),
  stageUntil: isoDate.optional(),
  /** Counter-trafficking: a type of exploitation recorded in the screening. */
  exploitationType: z.enum(TYPES_OF_EXPLOITATION).optional(),
  /** One of the person's citizenships. */
  citizenship: z.enum(COUNTRY_CODES).optional(),
  /** The case's entry point ("not_recorded": cases opened before it was asked). */
  referralSource: z.enum(REFERRAL_SOURCE_FILTERS).optional(),
};

export const caseFigureFilter = z.object(caseFigureFilterShape);
export type CaseFigureFilter = z.infer<typeof caseFigureFilter>;

/** The names of the figure filters, for reading them from and writing them to a URL. */
export const CASE_FIGURE_FILTER_KEYS = Object.keys(caseFigureFilterShape) as (keyof CaseFigureFilter)[];

/** A figure filter from URL query values; unknown or malformed values are left out. */
export function figureFilterFromQuery(query: (key: string) => string | undefined): CaseFigureFilter {
  const raw: Record<string, unknown> = {};
  for (const key of CASE_FIGURE_FILTER_KEYS) {
    const value = query(key);
    if (value === undefined || value === "") continue;
    raw[key] = key === "open" ? value === "true" : value;
  }
  const out: Record<string, unknown> = {};
  for (const key of CASE_FIGURE_FILTER_KEYS) {
    if (raw[key] === undefined) continue;
    const parsed = caseFigureFilterShape[key].safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as CaseFigureFilter;
}

/** A figure filter as URL query pairs (the inverse of `figureFilterFromQuery`). */
export function figureFilterToQuery(filter: CaseFigureFilter): [string, string][] {
  return CASE_FIGURE_FILTER_KEYS.flatMap((key) => {
    const value = filter[key];
    return value === undefined ? [] : [[key, String(value)] as [string, string]];
  });
}
