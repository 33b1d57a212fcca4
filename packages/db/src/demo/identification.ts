import {
  assessIdentification,
  CURRENT_ILO_CATALOGUE,
  type IdentificationFacts,
  identificationFactsSchema,
  reflectionPeriod,
  type TraffickingProfile,
  traffickingProfileSchema,
} from "@kelias/domain";
import type { Executor } from "../audit";
import { identificationDecisions, traffickingScreeningRevisions, traffickingScreenings } from "../schema";
import { DAY, isoDay } from "./days";
import type { SeededRandom } from "./random";

/** Demo stories of a screening: what was recorded, and the HTCDS profile that goes with it. */
const POSSIBLE_VICTIM = [
  {
    facts: {
      acts: [{ code: "recruitment", evidence: "First interview" }],
      means: [
        { code: "deception", evidence: "Job advert for a warehouse" },
        { code: "other_coercion", evidence: "Passport kept by the employer" },
      ],
      purposes: [{ code: "forced_labour", evidence: "Worked 12 hours a day unpaid" }],
      indicators: [
        { id: "dr.nature_of_job", evidence: "" },
        { id: "ec.excessive_hours", evidence: "" },
        { id: "cd.confiscation_of_documents", evidence: "" },
      ],
    },
    profile: {
      typesOfExploitation: ["ForcedLabour"],
      methodsOfControl: ["WithholdsDocuments", "FalsePromises", "ExcessiveWorkingHours"],
      forcedLabourIndustries: ["F"],
      recruitmentMethods: ["JobOfferOrAdvertisement"],
      relationshipToTrafficker: "Unacquainted",
    },
  },
  {
    facts: {
      acts: [{ code: "transportation", evidence: "Bus tickets" }],
      means: [{ code: "abuse_of_vulnerability", evidence: "No money, no language" }],
      purposes: [{ code: "sexual_exploitation", evidence: "Police report" }],
      personSaidTheyAgreed: true,
      indicatorExploitation: "sexual",
    },
    profile: {
      typesOfExploitation: ["SexualExploitation"],
      methodsOfControl: ["TakesEarnings", "PsychologicalAbuse"],
      sexualExploitationTypes: ["Prostitution"],
      recruitmentMethods: ["IntimatePartnerOrMarriageProposition"],
      relationshipToTrafficker: "Acquainted",
    },
  },
] as const;

const NO_INDICATION = {
  facts: {
    acts: [{ code: "transportation", evidence: "Paid a driver to cross the border" }],
    ruledOut: ["means", "purpose"],
    personSaidTheyAgreed: true,
  },
  profile: {},
} as const;

interface Context {
  caseId: string;
  state: string;
  ownerId: string;
  managerId: string;
  openedAt: Date;
  now: Date;
  dateOfBirth: string | null;
  estimatedAge: number | null;
}

/** When a demo screening was opened and, once decided, when the manager decided it. */
export interface DemoScreeningTimes {
  screenedAt: Date;
  decidedAt: Date | null;
}

/**
 * A counter-trafficking case's screening, as far as its state implies: nothing while referred; the
 * facts (and, for some, a proposal waiting for a manager) during screening; a proposal and the
 * manager's confirmation after it, with the reflection period for a presumed victim. Answers when
 * it was opened and decided, which the case's state history follows.
 */
export async function seedScreening(
  tx: Executor,
  random: SeededRandom,
  c: Context,
): Promise<DemoScreeningTimes | null> {
  if (c.state === "referred") return null;
  const story = c.state === "not_a_victim" ? NO_INDICATION : random.pick(POSSIBLE_VICTIM);
  // Within the case's life so far, leaving room for the decision after it (both before now).
  const third = (c.now.getTime() - c.openedAt.getTime()) / 3;
  const screenedAt = new Date(c.openedAt.getTime() + Math.min(random.int(1, 10) * DAY, third));
  const screenedOn = isoDay(screenedAt);
  const actOn = isoDay(new Date(screenedAt.getTime() - random.int(30, 400) * DAY));
  const facts: IdentificationFacts = identificationFactsSchema.parse({
    ...story.facts,
    dateOfBirth: c.dateOfBirth && c.dateOfBirth <= actOn ? c.dateOfBirth : null,
    estimatedAge: c.dateOfBirth ? null : c.estimatedAge,
    screenedOn,
    dateOfAct: actOn,
  });
  const profile: TraffickingProfile = traffickingProfileSchema.parse(story.profile);
  const assessment = assessIdentification(facts);
  const decided = c.state !== "screening";
  const pending = c.state === "screening" && random.chance(0.5);
  const presumed = decided && c.state !== "not_a_victim";
  const decidedAt = new Date(screenedAt.getTime() + Math.min(2 * DAY, third));
  const period = presumed ? reflectionPeriod(isoDay(decidedAt), 30) : null;
  const version = decided ? 3 : pending ? 2 : 1;
  const [screening] = await tx
    .insert(traffickingScreenings)
    .values({
      caseId: c.caseId,
      facts,
      indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
      assessment,
      ...profile,
      ...(period
        ? {
            reflectionCountry: "LT",
            reflectionDays: period.days,
            reflectionStartsOn: period.startsOn,
            reflectionEndsOn: period.endsOn,
          }
        : {}),
      createdBy: c.ownerId,
      createdAt: screenedAt,
      updatedBy: c.ownerId,
      updatedAt: screenedAt,
      version,
    })
    .returning({ id: traffickingScreenings.id });
  if (!screening) throw new Error("screening insert returned nothing");
  await tx.insert(traffickingScreeningRevisions).values({
    screeningId: screening.id,
    version: 1,
    facts,
    profile,
    savedBy: c.ownerId,
    savedAt: screenedAt,
  });
  const times = { screenedAt, decidedAt: decided ? decidedAt : null };
  if (!decided && !pending) return times;
  const status = c.state === "not_a_victim" ? "NotAVictimOfTrafficking" : "PossibleVictimOfTrafficking";
  const snapshot = {
    caseId: c.caseId,
    screeningId: screening.id,
    screeningVersion: 1,
    indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
    facts,
    assessment,
  };
  const [proposal] = await tx
    .insert(identificationDecisions)
    .values({ ...snapshot, kind: "proposal", status, actorId: c.ownerId, at: screenedAt })
    .returning({ id: identificationDecisions.id });
  if (!proposal || !decided) return times;
  await tx.insert(identificationDecisions).values({
    ...snapshot,
    screeningVersion: 2,
    kind: "decision",
    proposalId: proposal.id,
    outcome: "confirm",
    status,
    decidingOrganisation: "NGO",
    reason:
      status === "NotAVictimOfTrafficking"
        ? "Smuggled, not exploited."
        : "The facts recorded are consistent.",
    actorId: c.managerId,
    at: decidedAt,
  });
  return times;
}
