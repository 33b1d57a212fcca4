import { type IloCatalogue, type IloDimension, type IloIndicator, iloCatalogueSchema } from "./ilo-catalogue";

/**
 * The indicators the domain brief (§3) names, with the strengths it reports (a secondary source:
 * verify against the ILO publication before relying on the exact list). The brief gives one set of
 * examples per dimension; the four lists carry the same set here until the published lists are
 * loaded, which is why `completeness` is "partial". Loading them is a new catalogue value, not code.
 */
const NAMED: Record<IloDimension, IloIndicator[]> = {
  deceptive_recruitment: [
    {
      id: "dr.nature_of_job",
      strength: "S",
      label: {
        en: "Deceived about the nature of the job, location or employer",
        lt: "Apgauta dėl darbo pobūdžio, vietos ar darbdavio",
      },
    },
    {
      id: "dr.conditions_of_work",
      strength: "M",
      label: { en: "Deceived about conditions of work", lt: "Apgauta dėl darbo sąlygų" },
    },
    {
      id: "dr.contract",
      strength: "M",
      label: {
        en: "Deceived about the content or legality of the contract",
        lt: "Apgauta dėl sutarties turinio ar teisėtumo",
      },
    },
    {
      id: "dr.wages",
      strength: "M",
      label: { en: "Deceived about wages or earnings", lt: "Apgauta dėl atlyginimo ar uždarbio" },
    },
    {
      id: "dr.housing",
      strength: "M",
      label: {
        en: "Deceived about housing and living conditions",
        lt: "Apgauta dėl būsto ir gyvenimo sąlygų",
      },
    },
    {
      id: "dr.legal_status",
      strength: "M",
      label: {
        en: "Deceived about legal documents or migration status",
        lt: "Apgauta dėl teisinių dokumentų ar migracijos statuso",
      },
    },
    {
      id: "dr.travel",
      strength: "M",
      label: {
        en: "Deceived about travel and recruitment conditions",
        lt: "Apgauta dėl kelionės ir įdarbinimo sąlygų",
      },
    },
  ],
  coercive_recruitment: [
    { id: "cr.violence", strength: "S", label: { en: "Violence on victims", lt: "Smurtas prieš aukas" } },
    {
      id: "cr.abduction",
      strength: "M",
      label: {
        en: "Abduction, forced marriage or forced adoption",
        lt: "Pagrobimas, priverstinė santuoka ar įvaikinimas",
      },
    },
    { id: "cr.debt_bondage", strength: "M", label: { en: "Debt bondage", lt: "Skolų vergovė" } },
    {
      id: "cr.confiscation_of_documents",
      strength: "M",
      label: { en: "Confiscation of documents", lt: "Dokumentų atėmimas" },
    },
    {
      id: "cr.isolation",
      strength: "M",
      label: { en: "Isolation, confinement or surveillance", lt: "Izoliavimas, įkalinimas ar sekimas" },
    },
    {
      id: "cr.threats",
      strength: "M",
      label: {
        en: "Threats of violence or of denunciation to authorities",
        lt: "Grasinimai smurtu ar pranešimu valdžios institucijoms",
      },
    },
    {
      id: "cr.violence_on_family",
      strength: "M",
      label: { en: "Violence or threats against the family", lt: "Smurtas ar grasinimai šeimai" },
    },
    {
      id: "cr.withholding_money",
      strength: "M",
      label: { en: "Withholding of money", lt: "Pinigų sulaikymas" },
    },
  ],
  recruitment_abuse_of_vulnerability: [
    {
      id: "rv.economic_reasons",
      strength: "M",
      label: { en: "Economic reasons", lt: "Ekonominės priežastys" },
    },
    { id: "rv.illegal_status", strength: "M", label: { en: "Illegal status", lt: "Neteisėtas statusas" } },
    {
      id: "rv.lack_of_information",
      strength: "M",
      label: { en: "Lack of information or education", lt: "Informacijos ar išsilavinimo stoka" },
    },
    {
      id: "rv.psychological_dependency",
      strength: "M",
      label: { en: "Psychological or emotional dependency", lt: "Psichologinė ar emocinė priklausomybė" },
    },
    {
      id: "rv.family_situation",
      strength: "M",
      label: { en: "Difficult family or personal situation", lt: "Sunki šeimos ar asmeninė padėtis" },
    },
    { id: "rv.general_context", strength: "W", label: { en: "General context", lt: "Bendros aplinkybės" } },
  ],
  exploitative_conditions: [
    {
      id: "ec.excessive_hours",
      strength: "S",
      label: { en: "Excessive working days or hours", lt: "Per ilgos darbo dienos ar valandos" },
    },
    {
      id: "ec.bad_living_conditions",
      strength: "M",
      label: { en: "Bad living conditions", lt: "Blogos gyvenimo sąlygos" },
    },
    { id: "ec.hazardous_work", strength: "M", label: { en: "Hazardous work", lt: "Pavojingas darbas" } },
    {
      id: "ec.low_or_no_salary",
      strength: "M",
      label: { en: "Low or no salary", lt: "Mažas atlyginimas arba jokio" },
    },
    {
      id: "ec.no_labour_law",
      strength: "M",
      label: {
        en: "No respect of labour laws or contract signed",
        lt: "Nesilaikoma darbo teisės ar pasirašytos sutarties",
      },
    },
    {
      id: "ec.wage_manipulation",
      strength: "M",
      label: { en: "Wage manipulation", lt: "Manipuliavimas atlyginimu" },
    },
  ],
  coercion_at_destination: [
    {
      id: "cd.confiscation_of_documents",
      strength: "S",
      label: { en: "Confiscation of documents", lt: "Dokumentų atėmimas" },
    },
    { id: "cd.debt_bondage", strength: "S", label: { en: "Debt bondage", lt: "Skolų vergovė" } },
    {
      id: "cd.isolation",
      strength: "S",
      label: { en: "Isolation, confinement or surveillance", lt: "Izoliavimas, įkalinimas ar sekimas" },
    },
    { id: "cd.violence", strength: "S", label: { en: "Violence on victims", lt: "Smurtas prieš aukas" } },
    {
      id: "cd.illicit_activities",
      strength: "M",
      label: {
        en: "Forced into illicit or criminal activities",
        lt: "Verčiama dalyvauti neteisėtoje ar nusikalstamoje veikloje",
      },
    },
    {
      id: "cd.threats",
      strength: "M",
      label: {
        en: "Threats of violence or denunciation",
        lt: "Grasinimai smurtu ar pranešimu institucijoms",
      },
    },
    {
      id: "cd.withholding_wages",
      strength: "M",
      label: { en: "Withholding of wages", lt: "Atlyginimo sulaikymas" },
    },
  ],
  abuse_of_vulnerability_at_destination: [
    {
      id: "vd.dependency_on_exploiters",
      strength: "M",
      label: { en: "Dependency on exploiters", lt: "Priklausomybė nuo išnaudotojų" },
    },
    {
      id: "vd.unknown_area",
      strength: "M",
      label: { en: "Difficulty to live in an unknown area", lt: "Sunku gyventi nepažįstamoje vietoje" },
    },
    {
      id: "vd.economic_situation",
      strength: "M",
      label: { en: "Economic situation", lt: "Ekonominė padėtis" },
    },
    { id: "vd.family_situation", strength: "M", label: { en: "Family situation", lt: "Šeimos padėtis" } },
    { id: "vd.legal_status", strength: "M", label: { en: "Legal status", lt: "Teisinis statusas" } },
    {
      id: "vd.difficulties_in_past",
      strength: "W",
      label: { en: "Difficulties in the past", lt: "Sunkumai praeityje" },
    },
    {
      id: "vd.personal_characteristics",
      strength: "W",
      label: { en: "Personal characteristics", lt: "Asmeninės savybės" },
    },
  ],
};

const dimensions = Object.entries(NAMED).map(([dimension, indicators]) => ({
  dimension: dimension as IloDimension,
  indicators,
}));

/** The catalogue in force; validated when the module loads, so a malformed catalogue never runs. */
export const ILO_CATALOGUE_2009: IloCatalogue = iloCatalogueSchema.parse({
  id: "ilo-ec-2009-brief-v1",
  source:
    "ILO/European Commission, Operational indicators of trafficking in human beings (2009), as summarised in the domain brief",
  completeness: "partial",
  lists: (["adult", "child"] as const).flatMap((population) =>
    (["labour", "sexual"] as const).map((exploitation) => ({ population, exploitation, dimensions })),
  ),
});

/** Every catalogue the product knows, by id: screenings recorded against an older one stay readable. */
export const ILO_CATALOGUES: Readonly<Record<string, IloCatalogue>> = {
  [ILO_CATALOGUE_2009.id]: ILO_CATALOGUE_2009,
};

export const CURRENT_ILO_CATALOGUE = ILO_CATALOGUE_2009;
