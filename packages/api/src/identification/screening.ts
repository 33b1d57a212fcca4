import { type Executor, traffickingScreenings } from "@kelias/db";
import {
  assessIdentification,
  CURRENT_ILO_CATALOGUE,
  type IdentificationAssessment,
  type IdentificationFacts,
  ILO_CATALOGUES,
  officeToday,
  type TraffickingProfile,
} from "@kelias/domain";
import { eq } from "drizzle-orm";

/** The trafficking screening of a counter-trafficking case, as stored. */
export type ScreeningRow = typeof traffickingScreenings.$inferSelect;

/** The screening of a case, if one was opened. */
export async function screeningOf(db: Executor, caseId: string): Promise<ScreeningRow | null> {
  const [row] = await db
    .select()
    .from(traffickingScreenings)
    .where(eq(traffickingScreenings.caseId, caseId))
    .limit(1);
  return row ?? null;
}

/** The HTCDS profile, kept as one column per field so that exports filter and count in SQL. */
export function profileOf(row: ScreeningRow): TraffickingProfile {
  return {
    typesOfExploitation: row.typesOfExploitation,
    methodsOfControl: row.methodsOfControl,
    sexualExploitationTypes: row.sexualExploitationTypes,
    forcedLabourIndustries: row.forcedLabourIndustries,
    recruitmentMethods: row.recruitmentMethods,
    relationshipToTrafficker: row.relationshipToTrafficker,
    countryOfExploitation: row.countryOfExploitation,
  };
}

/**
 * The server's assessment, against the catalogue the screening was recorded with; today (office
 * calendar) stands in for a screening date not recorded.
 */
export function assessScreening(facts: IdentificationFacts, catalogueId: string, now: Date) {
  const catalogue = ILO_CATALOGUES[catalogueId] ?? CURRENT_ILO_CATALOGUE;
  return assessIdentification(facts, { catalogue, today: officeToday(now) });
}

/** What a proposal or a decision keeps of the screening it was made on, with the assessment made. */
export function screeningSnapshot(screening: ScreeningRow, assessment: IdentificationAssessment) {
  return {
    screeningId: screening.id,
    screeningVersion: screening.version,
    indicatorCatalogueId: screening.indicatorCatalogueId,
    facts: screening.facts,
    assessment,
  };
}
