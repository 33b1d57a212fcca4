import {
  addCalendarMonths,
  CURRENT_MONITORING_SCHEDULE,
  CURRENT_SURVEY_CATALOGUE,
  MONITORING_SITUATIONS,
  type SurveyAnswers,
  scoreSurvey,
} from "@kelias/domain";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../audit";
import {
  cases,
  caseWorkflowFacts,
  monitoringVisits,
  reintegrationPlans,
  reintegrationSupport,
  sustainabilitySurveys,
} from "../schema";
import { isoDay } from "./days";
import type { SeededRandom } from "./random";

const OBJECTIVES = {
  economic: [
    "Own income from a small shop within six months",
    "A job in construction through a partner's referral",
  ],
  social: ["Stable housing with the family", "Children back in school; identity documents renewed"],
  psychosocial: ["Reconnect with the family and community", "Counselling sessions after the return"],
} as const;

const SUPPORT = [
  { dimension: "economic", kind: "cash", description: "Business start-up grant", amount: "1500.00" },
  { dimension: "economic", kind: "in_kind", description: "Tools and equipment", amount: "600.00" },
  { dimension: "social", kind: "in_kind", description: "Rent for three months", amount: "450.00" },
  { dimension: "psychosocial", kind: "in_kind", description: "Counselling sessions", amount: null },
] as const;

/**
 * The reintegration of the returned AVRR demo cases (those with an arrival date): a plan, its
 * support (delivered once due), and once past "arrived" (whose monitoring tasks the demo workflow
 * ticks) monitoring contacts at the schedule's points that have passed (3 and 6 months) and a
 * sustainability survey at each, scored by the domain, the later survey
 * usually better than the first.
 */
export async function seedReintegration(tx: Executor, random: SeededRandom, now: Date): Promise<void> {
  const today = isoDay(now);
  const returned = await tx
    .select({
      caseId: cases.id,
      ownerId: cases.ownerId,
      state: cases.state,
      arrivalDate: caseWorkflowFacts.arrivalDate,
    })
    .from(cases)
    .innerJoin(caseWorkflowFacts, eq(caseWorkflowFacts.caseId, cases.id))
    .where(and(eq(cases.programme, "avrr"), isNotNull(caseWorkflowFacts.arrivalDate)));
  const catalogue = CURRENT_SURVEY_CATALOGUE;
  for (const { caseId, ownerId, state, arrivalDate } of returned) {
    if (!arrivalDate) continue;
    const by = { createdBy: ownerId, updatedBy: ownerId };
    await tx.insert(reintegrationPlans).values({
      caseId,
      economicObjective: random.pick(OBJECTIVES.economic),
      socialObjective: random.pick(OBJECTIVES.social),
      psychosocialObjective: random.pick(OBJECTIVES.psychosocial),
      ...by,
    });
    const delivered = addCalendarMonths(arrivalDate, 1);
    for (const item of SUPPORT.filter(() => random.chance(0.7))) {
      const done = delivered <= today && random.chance(0.8);
      await tx.insert(reintegrationSupport).values({
        caseId,
        ...item,
        currency: item.amount === null ? null : "EUR",
        status: done ? "delivered" : "planned",
        plannedOn: delivered,
        deliveredOn: done ? delivered : null,
        ...by,
      });
    }
    // A case still at "arrived" has its monitoring tasks open (the demo workflow): no contacts yet.
    if (state === "arrived") continue;
    // Each returnee's situation, 0 (worst) .. 1 (best), improving between the contacts.
    let wellbeing = 0.3 + random.next() * 0.3;
    for (const months of CURRENT_MONITORING_SCHEDULE.pointsMonths.filter((m) => m <= 6)) {
      const date = addCalendarMonths(arrivalDate, months);
      if (date > today) break;
      const [visit] = await tx
        .insert(monitoringVisits)
        .values({
          caseId,
          mode: random.chance(0.6) ? "visit" : "call",
          date,
          pointMonths: months,
          conductedBy: random.chance(0.5) ? "Partner office in the country of origin" : "",
          situation:
            MONITORING_SITUATIONS[wellbeing > 0.7 ? 0 : wellbeing > 0.5 ? 1 : wellbeing > 0.3 ? 2 : 3] ??
            "stable",
          concerns: wellbeing < 0.5 ? "Irregular income; debts to relatives." : "",
          followUpNeeded: wellbeing < 0.5,
          notes: "",
          ...by,
        })
        .returning({ id: monitoringVisits.id });
      // Each indicator answered with the option nearest the returnee's situation, give or take.
      const answers: Record<string, string> = {};
      for (const indicator of catalogue.indicators) {
        const scored = indicator.options.filter((o) => o.score !== null);
        const target = Math.min(1, Math.max(0, wellbeing + (random.next() - 0.5) * 0.4));
        const nearest = [...scored].sort(
          (a, b) => Math.abs((a.score ?? 0) - target) - Math.abs((b.score ?? 0) - target),
        )[0];
        if (nearest && random.chance(0.9)) answers[indicator.id] = nearest.id;
      }
      const score = scoreSurvey(catalogue, answers as SurveyAnswers);
      await tx.insert(sustainabilitySurveys).values({
        caseId,
        visitId: visit?.id ?? null,
        catalogueId: catalogue.id,
        takenOn: date,
        answers,
        economicScore: score.dimensions.economic,
        socialScore: score.dimensions.social,
        psychosocialScore: score.dimensions.psychosocial,
        compositeScore: score.composite,
        createdBy: ownerId,
      });
      wellbeing = Math.min(1, wellbeing + random.next() * 0.25);
    }
  }
}
