import type { CountryCode } from "../countries";
import type { RecruitmentMethod, RelationshipToTrafficker } from "../identification/vocabulary";
import type { Gender } from "../person";
import { type AgeBand, ageBand, majorityStatus } from "./age-bands";
import { type KAnonymitySummary, kAnonymise, SUPPRESSED } from "./k-anonymity";

/**
 * The Counter Trafficking Data Collaborative's global dataset (domain brief §6): the columns an
 * office contributes, and the anonymisation (k = 11) the public file is made with.
 */
export const CTDC_K = 11;

export const CTDC_MEANS_OF_CONTROL = [
  "meansOfControlDebtBondage",
  "meansOfControlTakesEarnings",
  "meansOfControlRestrictsFinancialAccess",
  "meansOfControlThreats",
  "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse",
  "meansOfControlSexualAbuse",
  "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances",
  "meansOfControlRestrictsMedicalCare",
  "meansOfControlExcessiveWorkingHours",
  "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsNecessities",
  "meansOfControlWithholdsDocuments",
  "meansOfControlOther",
] as const;

export const CTDC_EXPLOITATION = [
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
] as const;

export const CTDC_LABOUR = [
  "typeOfLabourAgriculture",
  "typeOfLabourBegging",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfLabourManufacturing",
  "typeOfLabourMiningOrDrilling",
  "typeOfLabourTransportation",
  "typeOfLabourOther",
] as const;

export const CTDC_SEX = [
  "typeOfSexProstitution",
  "typeOfSexPornography",
  "typeOfSexRemoteInteractiveServices",
  "typeOfSexPrivateSexualServices",
] as const;

export const CTDC_RECRUITER = [
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
  "recruiterRelationUnknown",
] as const;

/** The published columns that describe who a person is, in the order they are given up when rare. */
export const CTDC_QUASI_IDENTIFIERS = [
  "citizenship",
  "CountryOfExploitation",
  "ageBroad",
  "majorityStatusAtExploit",
  "gender",
  "yearOfRegistration",
  "majorityStatus",
] as const;
export type CtdcQuasiIdentifier = (typeof CTDC_QUASI_IDENTIFIERS)[number];

export const CTDC_COLUMNS = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "majorityStatusAtExploit",
  "citizenship",
  "CountryOfExploitation",
  ...CTDC_MEANS_OF_CONTROL,
  ...CTDC_EXPLOITATION,
  ...CTDC_LABOUR,
  ...CTDC_SEX,
  ...CTDC_RECRUITER,
] as const;
export type CtdcColumn = (typeof CTDC_COLUMNS)[number];
export type CtdcRow = Record<CtdcColumn, string>;

/** What the office knows about one counter-trafficking case, in HTCDS 2.0 vocabulary. */
export interface CtdcSubject {
  /** When the case was opened (ISO date). */
  registeredOn: string;
  gender: Gender;
  /** Age when registered and when exploited (completed years), when known. */
  ageAtRegistration: number | null;
  ageAtExploitation: number | null;
  citizenship: CountryCode | null;
  countryOfExploitation: CountryCode | null;
  /** HTCDS methods of control. */
  meansOfControl: readonly string[];
  /** HTCDS types of exploitation. */
  exploitationTypes: readonly string[];
  /** ISIC v4 sections of the forced-labour industries. */
  labourSections: readonly string[];
  /** HTCDS sexual exploitation types. */
  sexualExploitationTypes: readonly string[];
  /** How the person knew the trafficker (HTCDS), when recorded. */
  relationshipToTrafficker: RelationshipToTrafficker | null;
  /** HTCDS methods of recruitment: an intimate partner or marriage proposition says who recruited. */
  recruitmentMethods: readonly RecruitmentMethod[];
}

const CTDC_GENDER: Record<Gender, string> = {
  Feminine: "Woman",
  Masculine: "Man",
  TransgenderFeminine: "Trans/Transgender/NonConforming",
  TransgenderMasculine: "Trans/Transgender/NonConforming",
  NonConforming: "Trans/Transgender/NonConforming",
  NonSpecifiedUnknown: SUPPRESSED,
};

/** HTCDS methods of control, by the CTDC flag each one sets. */
const MEANS: Record<string, (typeof CTDC_MEANS_OF_CONTROL)[number]> = {
  PhysicalThreats: "meansOfControlThreats",
  ThreatensChildrenFamily: "meansOfControlThreats",
  ThreatsLawEnforcement: "meansOfControlThreatOfLawEnforcement",
  DebtBondage: "meansOfControlDebtBondage",
  FalsePromises: "meansOfControlFalsePromises",
  PhysicalAbuse: "meansOfControlPhysicalAbuse",
  SexualAbuse: "meansOfControlSexualAbuse",
  TakesEarnings: "meansOfControlTakesEarnings",
  RestrictsFinancialAccess: "meansOfControlRestrictsFinancialAccess",
  RestrictsMedicalCare: "meansOfControlRestrictsMedicalCare",
  WithholdsNecessities: "meansOfControlWithholdsNecessities",
  PsychologicalAbuse: "meansOfControlPsychologicalAbuse",
  PsychoactiveSubstance: "meansOfControlPsychoactiveSubstances",
  ExcessiveWorkingHours: "meansOfControlExcessiveWorkingHours",
  WithholdsDocuments: "meansOfControlWithholdsDocuments",
  Other: "meansOfControlOther",
};

/** HTCDS types of exploitation, by the CTDC flag each one sets (forced begging is forced labour). */
const EXPLOITATION: Record<string, (typeof CTDC_EXPLOITATION)[number]> = {
  ForcedLabour: "isForcedLabour",
  ForcedBegging: "isForcedLabour",
  SexualExploitation: "isSexualExploit",
  ForcedMarriage: "isForcedMarriage",
  ForcedMilitaryByNonStateActors: "isForcedMilitary",
  OrganRemoval: "isOrganRemoval",
  Servitude: "isSlaveryAndPractices",
  ChildLabour: "isOtherExploit",
  ForcedAdoption: "isOtherExploit",
  Surrogacy: "isOtherExploit",
  Other: "isOtherExploit",
};

/** ISIC v4 sections with a CTDC labour type of their own; every other section is "Other". */
const LABOUR: Record<string, (typeof CTDC_LABOUR)[number]> = {
  A: "typeOfLabourAgriculture",
  B: "typeOfLabourMiningOrDrilling",
  C: "typeOfLabourManufacturing",
  F: "typeOfLabourConstruction",
  H: "typeOfLabourTransportation",
  I: "typeOfLabourHospitality",
  T: "typeOfLabourDomesticWork",
};

const SEX: Record<string, (typeof CTDC_SEX)[number]> = {
  Prostitution: "typeOfSexProstitution",
  Pornography: "typeOfSexPornography",
  RemoteInteractiveServices: "typeOfSexRemoteInteractiveServices",
  PrivateSexualServices: "typeOfSexPrivateSexualServices",
};

const RECRUITER: Record<RelationshipToTrafficker, (typeof CTDC_RECRUITER)[number]> = {
  Familial: "recruiterRelationFamily",
  Acquainted: "recruiterRelationFriend",
  Unacquainted: "recruiterRelationOther",
};

function recruiterFlags(subject: CtdcSubject): Set<(typeof CTDC_RECRUITER)[number]> {
  const out = new Set<(typeof CTDC_RECRUITER)[number]>();
  if (subject.relationshipToTrafficker) out.add(RECRUITER[subject.relationshipToTrafficker]);
  if (subject.recruitmentMethods.includes("IntimatePartnerOrMarriageProposition")) {
    out.add("recruiterRelationIntimatePartner");
  }
  if (out.size === 0) out.add("recruiterRelationUnknown");
  return out;
}

function flags<F extends string>(all: readonly F[], set: ReadonlySet<F>): Record<F, string> {
  return Object.fromEntries(all.map((f) => [f, set.has(f) ? "1" : "0"])) as Record<F, string>;
}

function mapped<F extends string>(values: readonly string[], table: Record<string, F>, other?: F): Set<F> {
  const out = new Set<F>();
  for (const value of values) {
    const flag = table[value] ?? other;
    if (flag) out.add(flag);
  }
  return out;
}

/**
 * One subject as a CTDC row, before anonymisation: the age is already published as its broad band
 * only (the first generalisation), never as a number.
 */
export function ctdcRow(subject: CtdcSubject): CtdcRow {
  const exploitation = mapped(subject.exploitationTypes, EXPLOITATION);
  if (
    subject.exploitationTypes.includes("ForcedLabour") &&
    subject.exploitationTypes.includes("SexualExploitation")
  ) {
    exploitation.add("isSexAndLabour");
  }
  const labour = mapped(subject.labourSections, LABOUR, "typeOfLabourOther");
  if (subject.exploitationTypes.includes("ForcedBegging")) labour.add("typeOfLabourBegging");
  const age = subject.ageAtRegistration;
  const ageAtExploit = subject.ageAtExploitation;
  return {
    yearOfRegistration: subject.registeredOn.slice(0, 4),
    gender: CTDC_GENDER[subject.gender],
    ageBroad: age === null ? SUPPRESSED : (ageBand(age) satisfies AgeBand),
    majorityStatus: age === null ? SUPPRESSED : majorityStatus(age),
    majorityStatusAtExploit: ageAtExploit === null ? SUPPRESSED : majorityStatus(ageAtExploit),
    citizenship: subject.citizenship ?? SUPPRESSED,
    CountryOfExploitation: subject.countryOfExploitation ?? SUPPRESSED,
    ...flags(CTDC_MEANS_OF_CONTROL, mapped(subject.meansOfControl, MEANS)),
    ...flags(CTDC_EXPLOITATION, exploitation),
    ...flags(CTDC_LABOUR, labour),
    ...flags(CTDC_SEX, mapped(subject.sexualExploitationTypes, SEX)),
    ...flags(CTDC_RECRUITER, recruiterFlags(subject)),
  };
}

export interface CtdcExport {
  rows: CtdcRow[];
  summary: KAnonymitySummary<CtdcQuasiIdentifier> & {
    /** Exact ages published as broad bands (and ages at exploitation as minor/adult) only. */
    generalised: { ageBroad: number; majorityStatusAtExploit: number };
  };
}

/** The CTDC file of a set of subjects, k-anonymised over the quasi-identifiers (k = 11). */
export function ctdcExport(subjects: readonly CtdcSubject[], k: number = CTDC_K): CtdcExport {
  const { rows, summary } = kAnonymise(subjects.map(ctdcRow), {
    k,
    quasiIdentifiers: CTDC_QUASI_IDENTIFIERS,
  });
  return {
    rows,
    summary: {
      ...summary,
      generalised: {
        ageBroad: subjects.filter((s) => s.ageAtRegistration !== null).length,
        majorityStatusAtExploit: subjects.filter((s) => s.ageAtExploitation !== null).length,
      },
    },
  };
}
