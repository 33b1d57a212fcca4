/**
 * The words of trafficking identification as closed vocabularies of stable codes. The interface
 * translates the codes; the database stores them as they are.
 *
 * Legal elements (domain brief §2): the Palermo Protocol, Art. 3, with what EU Directive 2011/36/EU
 * and Directive (EU) 2024/1712 add marked by their `source`, so a reader can see which instrument
 * makes a purpose exploitation.
 */

/** Where a legal term comes from. */
export const LEGAL_SOURCES = ["palermo", "eu_2011_36", "eu_2024_1712"] as const;
export type LegalSource = (typeof LEGAL_SOURCES)[number];

/** The three elements of the definition. */
export const IDENTIFICATION_ELEMENTS = ["act", "means", "purpose"] as const;
export type IdentificationElement = (typeof IDENTIFICATION_ELEMENTS)[number];

/** The act (mobilisation). EU 2011/36 adds the exchange or transfer of control over the person. */
export const ACT_CODES = [
  "recruitment",
  "transportation",
  "transfer",
  "harbouring",
  "receipt",
  "exchange_of_control",
] as const;
export type ActCode = (typeof ACT_CODES)[number];

/** The means. "Abuse of a position of vulnerability": no real and acceptable alternative but to submit. */
export const MEANS_CODES = [
  "threat_of_force",
  "use_of_force",
  "other_coercion",
  "abduction",
  "fraud",
  "deception",
  "abuse_of_power",
  "abuse_of_vulnerability",
  /** Payments or benefits given to obtain the consent of a person having control over the victim. */
  "payments_to_controller",
] as const;
export type MeansCode = (typeof MEANS_CODES)[number];

/** The purpose (exploitation): the Protocol's minimum, then what the EU directives add. */
export const PURPOSE_CODES = [
  "sexual_exploitation",
  "forced_labour",
  "slavery",
  "servitude",
  "organ_removal",
  "forced_begging",
  "criminal_activities",
  "surrogacy",
  "forced_marriage",
  "illegal_adoption",
] as const;
export type PurposeCode = (typeof PURPOSE_CODES)[number];

/** The legal instrument that makes each code part of the definition (Palermo unless named). */
export const LEGAL_SOURCE: Readonly<Record<ActCode | MeansCode | PurposeCode, LegalSource>> = {
  recruitment: "palermo",
  transportation: "palermo",
  transfer: "palermo",
  harbouring: "palermo",
  receipt: "palermo",
  exchange_of_control: "eu_2011_36",
  threat_of_force: "palermo",
  use_of_force: "palermo",
  other_coercion: "palermo",
  abduction: "palermo",
  fraud: "palermo",
  deception: "palermo",
  abuse_of_power: "palermo",
  abuse_of_vulnerability: "palermo",
  payments_to_controller: "palermo",
  sexual_exploitation: "palermo",
  forced_labour: "palermo",
  slavery: "palermo",
  servitude: "palermo",
  organ_removal: "palermo",
  forced_begging: "eu_2011_36",
  criminal_activities: "eu_2011_36",
  surrogacy: "eu_2024_1712",
  forced_marriage: "eu_2024_1712",
  illegal_adoption: "eu_2024_1712",
};

/** What the assessment recommends (the status a caseworker may propose, in HTCDS words where they exist). */
export const RECOMMENDATIONS = [
  "PossibleVictimOfTrafficking",
  "NotEnoughInformation",
  "NoIndicationOfTrafficking",
] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** HTCDS 2.0 trafficking status. */
export const TRAFFICKING_STATUSES = [
  "PossibleVictimOfTrafficking",
  /** Identified by a competent body. */
  "ActualVictimOfTrafficking",
  "NotAVictimOfTrafficking",
] as const;
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/** HTCDS 2.0: who decided the trafficking status. */
export const DECIDING_ORGANISATIONS = [
  "Police",
  "NGO",
  "CourtOrProsecution",
  "NonPoliceGovernmentalOrganization",
  "Other",
] as const;
export type DecidingOrganisation = (typeof DECIDING_ORGANISATIONS)[number];

/** HTCDS 2.0 methods of control. */
export const METHODS_OF_CONTROL = [
  "PhysicalThreats",
  "ThreatsLawEnforcement",
  "ThreatensChildrenFamily",
  "DebtBondage",
  "FalsePromises",
  "PhysicalAbuse",
  "SexualAbuse",
  "TakesEarnings",
  "RestrictsFinancialAccess",
  "RestrictsMedicalCare",
  "WithholdsNecessities",
  "PsychologicalAbuse",
  "PsychoactiveSubstance",
  "ExcessiveWorkingHours",
  "WithholdsDocuments",
  "Other",
] as const;
export type MethodOfControl = (typeof METHODS_OF_CONTROL)[number];

/** HTCDS 2.0 types of exploitation. */
export const TYPES_OF_EXPLOITATION = [
  "ForcedLabour",
  "SexualExploitation",
  "ChildLabour",
  "ForcedMarriage",
  "Servitude",
  "ForcedMilitaryByNonStateActors",
  "OrganRemoval",
  "ForcedBegging",
  "ForcedAdoption",
  "Surrogacy",
  "Other",
] as const;
export type TypeOfExploitation = (typeof TYPES_OF_EXPLOITATION)[number];

/** HTCDS 2.0 sexual exploitation types. */
export const SEXUAL_EXPLOITATION_TYPES = [
  "Prostitution",
  "Pornography",
  "RemoteInteractiveServices",
  "PrivateSexualServices",
] as const;
export type SexualExploitationType = (typeof SEXUAL_EXPLOITATION_TYPES)[number];

/** HTCDS methods of recruitment (the standard's workbook values). */
export const RECRUITMENT_METHODS = [
  "Abduction",
  "EducationalFacility",
  "Familial",
  "Internet",
  "InternationalMarriageBroker",
  "IntimatePartnerOrMarriageProposition",
  "JobOfferOrAdvertisement",
  "PosingAsBenefactor",
  "PublicArea",
  "OfferOfAccommodation",
  "Shelter",
  "SmugglingRansom",
  "Work",
  "Other",
  "Unknown",
] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

/**
 * HTCDS relationship to the trafficker. (The standard's workbook spells the last value
 * "Unaquainted"; the code here is spelled correctly and an export maps it.)
 */
export const RELATIONSHIPS_TO_TRAFFICKER = ["Familial", "Acquainted", "Unacquainted"] as const;
export type RelationshipToTrafficker = (typeof RELATIONSHIPS_TO_TRAFFICKER)[number];

/** ISIC Rev. 4 sections (HTCDS forced-labour industry). */
// biome-ignore format: one letter per section reads better on one line
export const ISIC_SECTIONS = [
  "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
] as const;
export type IsicSection = (typeof ISIC_SECTIONS)[number];
