import {
  COUNTRY_CODES,
  type CountryCode,
  DECIDING_ORGANISATIONS,
  type DecidingOrganisation,
  type IdentificationAssessment,
  type IdentificationFacts,
  ILO_CATALOGUES,
  ISIC_SECTIONS,
  type IsicSection,
  MAXIMUM_REFLECTION_PERIOD_DAYS,
  METHODS_OF_CONTROL,
  type MethodOfControl,
  MINIMUM_REFLECTION_PERIOD_DAYS,
  RECRUITMENT_METHODS,
  RELATIONSHIPS_TO_TRAFFICKER,
  type RecruitmentMethod,
  type RelationshipToTrafficker,
  SEXUAL_EXPLOITATION_TYPES,
  type SexualExploitationType,
  TRAFFICKING_STATUSES,
  type TraffickingProfile,
  type TraffickingStatus,
  TYPES_OF_EXPLOITATION,
  type TypeOfExploitation,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { authored, updated, userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, codes, eachOfChecks, id, now, oneOf, oneOfChecks, version, within } from "./columns";

/** The ids of the ILO indicator catalogues the domain knows: an assessment names the one it used. */
const catalogueIds = Object.keys(ILO_CATALOGUES);

/** The facts as recorded, and the server's assessment of them against the catalogue it names. */
const assessedFacts = () => ({
  facts: jsonb().$type<IdentificationFacts>().notNull(),
  indicatorCatalogueId: text().notNull(),
  assessment: jsonb().$type<IdentificationAssessment>().notNull(),
});

const catalogueCheck = (table: string, t: { indicatorCatalogueId: AnyPgColumn }) =>
  check(`${table}_indicator_catalogue_id_check`, oneOf(t.indicatorCatalogueId, catalogueIds));

/**
 * The trafficking screening of a counter-trafficking case (one per case), as last saved.
 *
 * - `facts`: what the caseworker recorded, validated by the domain's `identificationFactsSchema`
 *   before it is written; `assessment`: the server's `assessIdentification` of those facts at the
 *   save, against the ILO catalogue named by `indicatorCatalogueId`.
 * - The HTCDS profile (`TraffickingProfile` in @kelias/domain) is kept as typed columns, one per
 *   field (arrays of vocabulary codes, a relationship code, an ISO 3166 country), so an export can
 *   filter and count with plain SQL.
 * - `sourceCaseId`: the case of another programme the screening was opened from ("screen for
 *   trafficking"), if any.
 * - The reflection period, once a confirmed identification started it: its first and last day,
 *   length, and the country whose length applied.
 *
 * Every save also writes a row to `trafficking_screening_revisions`, so no earlier version is lost.
 */
export const traffickingScreenings = pgTable(
  "trafficking_screenings",
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: "cascade" }),
    sourceCaseId: uuid().references(() => cases.id, { onDelete: "set null" }),
    ...assessedFacts(),
    typesOfExploitation: codes<TypeOfExploitation>(),
    methodsOfControl: codes<MethodOfControl>(),
    sexualExploitationTypes: codes<SexualExploitationType>(),
    forcedLabourIndustries: codes<IsicSection>(),
    recruitmentMethods: codes<RecruitmentMethod>(),
    relationshipToTrafficker: text().$type<RelationshipToTrafficker>(),
    countryOfExploitation: text().$type<CountryCode>(),
    reflectionCountry: text().$type<CountryCode>(),
    reflectionDays: integer(),
    reflectionStartsOn: date({ mode: "string" }),
    reflectionEndsOn: date({ mode: "string" }),
    ...authored(),
    version: version(),
  },
  (t) => [
    index("trafficking_screenings_source_idx").on(t.sourceCaseId),
    catalogueCheck("trafficking_screenings", t),
    ...eachOfChecks("trafficking_screenings", t, {
      typesOfExploitation: TYPES_OF_EXPLOITATION,
      methodsOfControl: METHODS_OF_CONTROL,
      sexualExploitationTypes: SEXUAL_EXPLOITATION_TYPES,
      forcedLabourIndustries: ISIC_SECTIONS,
      recruitmentMethods: RECRUITMENT_METHODS,
    }),
    ...oneOfChecks("trafficking_screenings", t, {
      relationshipToTrafficker: RELATIONSHIPS_TO_TRAFFICKER,
      countryOfExploitation: COUNTRY_CODES,
      reflectionCountry: COUNTRY_CODES,
    }),
  ],
);

/** Every saved version of a screening's facts and profile, with who saved it and when. */
export const traffickingScreeningRevisions = pgTable(
  "trafficking_screening_revisions",
  {
    id: id(),
    screeningId: belongsTo(() => traffickingScreenings.id),
    version: integer().notNull(),
    facts: jsonb().$type<IdentificationFacts>().notNull(),
    /** The HTCDS profile as saved. */
    profile: jsonb().$type<TraffickingProfile>().notNull(),
    savedBy: userRef().notNull(),
    savedAt: now(),
  },
  (t) => [uniqueIndex("trafficking_screening_revisions_version_idx").on(t.screeningId, t.version)],
);

/**
 * Every identification proposal (a caseworker's, `kind = 'proposal'`) and every decision on one (a
 * counter-trafficking manager's, `kind = 'decision'`, `proposalId` naming the proposal, `outcome`
 * confirm or overrule). Rows are never changed: a proposal is pending while no decision row names
 * it (at most one does: a unique index). Each row keeps the facts and the server's assessment as they
 * stood, the HTCDS trafficking status (proposed or decided) and, for decisions, the HTCDS deciding
 * organisation.
 */
export const identificationDecisions = pgTable(
  "identification_decisions",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    screeningId: belongsTo(() => traffickingScreenings.id),
    kind: text().$type<"proposal" | "decision">().notNull(),
    proposalId: uuid(),
    outcome: text().$type<"confirm" | "overrule">(),
    status: text().$type<TraffickingStatus>().notNull(),
    decidingOrganisation: text().$type<DecidingOrganisation>(),
    reason: text().notNull().default(""),
    screeningVersion: integer().notNull(),
    ...assessedFacts(),
    actorId: userRef().notNull(),
    at: now(),
  },
  (t) => [
    index("identification_decisions_case_idx").on(t.caseId, t.at),
    uniqueIndex("identification_decisions_one_per_proposal_idx")
      .on(t.proposalId)
      .where(sql`${t.kind} = 'decision'`),
    check(
      "identification_decisions_shape",
      sql`(${t.kind} = 'proposal' and ${t.proposalId} is null and ${t.outcome} is null)
        or (${t.kind} = 'decision' and ${t.proposalId} is not null and ${t.outcome} in ('confirm', 'overrule')
            and ${t.decidingOrganisation} is not null and length(${t.reason}) > 0)`,
    ),
    check("identification_decisions_status_check", oneOf(t.status, TRAFFICKING_STATUSES)),
    check(
      "identification_decisions_deciding_organisation_check",
      oneOf(t.decidingOrganisation, DECIDING_ORGANISATIONS),
    ),
    catalogueCheck("identification_decisions", t),
  ],
);

/**
 * The reflection period's length per country (reference data an administrator edits). A country
 * without a row gets the Council of Europe minimum of 30 days.
 */
export const reflectionPeriodLengths = pgTable(
  "reflection_period_lengths",
  {
    countryCode: text().$type<CountryCode>().primaryKey(),
    days: integer().notNull(),
    ...updated(),
    version: version(),
  },
  (t) => [
    check(
      "reflection_period_lengths_days",
      within(t.days, { min: MINIMUM_REFLECTION_PERIOD_DAYS, max: MAXIMUM_REFLECTION_PERIOD_DAYS }),
    ),
    check("reflection_period_lengths_country_code_check", oneOf(t.countryCode, COUNTRY_CODES)),
  ],
);

/** Every change to the lengths: the new length (null when the country was removed), who, when. */
export const reflectionPeriodLengthChanges = pgTable(
  "reflection_period_length_changes",
  {
    id: id(),
    countryCode: text().$type<CountryCode>().notNull(),
    days: integer(),
    changedBy: userRef().notNull(),
    changedAt: now(),
  },
  (t) => [
    index("reflection_period_length_changes_country_idx").on(t.countryCode, t.changedAt),
    check("reflection_period_length_changes_country_code_check", oneOf(t.countryCode, COUNTRY_CODES)),
  ],
);
