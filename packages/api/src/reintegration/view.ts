import {
  type Executor,
  monitoringVisits,
  reintegrationPlans,
  reintegrationSupport,
  sustainabilitySurveys,
  users,
} from "@kelias/db";
import {
  CURRENT_MONITORING_SCHEDULE,
  CURRENT_SURVEY_CATALOGUE,
  monitoringSchedule,
  officeToday,
  SURVEY_CATALOGUES,
} from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { arrivalDateOf } from "./arrival";
import { reintegrationCurrency } from "./settings";

/**
 * Everything the case's Reintegration tab shows: the plan, its support items, the monitoring
 * schedule (computed by the domain from the arrival date), the contacts and the surveys with their
 * scores, the catalogues they were taken with and the office's currency.
 */
export async function reintegrationView(db: Executor, caseId: string, now: Date) {
  const [arrivalDate, settings, [plan], support, visits, surveys] = await Promise.all([
    arrivalDateOf(db, caseId),
    reintegrationCurrency(db),
    db.select().from(reintegrationPlans).where(eq(reintegrationPlans.caseId, caseId)).limit(1),
    db
      .select()
      .from(reintegrationSupport)
      .where(eq(reintegrationSupport.caseId, caseId))
      .orderBy(asc(reintegrationSupport.createdAt), asc(reintegrationSupport.id)),
    db
      .select({
        id: monitoringVisits.id,
        mode: monitoringVisits.mode,
        date: monitoringVisits.date,
        pointMonths: monitoringVisits.pointMonths,
        conductedBy: monitoringVisits.conductedBy,
        situation: monitoringVisits.situation,
        concerns: monitoringVisits.concerns,
        followUpNeeded: monitoringVisits.followUpNeeded,
        notes: monitoringVisits.notes,
        recordedBy: users.name,
        version: monitoringVisits.version,
      })
      .from(monitoringVisits)
      .innerJoin(users, eq(users.id, monitoringVisits.createdBy))
      .where(eq(monitoringVisits.caseId, caseId))
      .orderBy(asc(monitoringVisits.date), asc(monitoringVisits.createdAt)),
    db
      .select({
        id: sustainabilitySurveys.id,
        visitId: sustainabilitySurveys.visitId,
        catalogueId: sustainabilitySurveys.catalogueId,
        takenOn: sustainabilitySurveys.takenOn,
        answers: sustainabilitySurveys.answers,
        economic: sustainabilitySurveys.economicScore,
        social: sustainabilitySurveys.socialScore,
        psychosocial: sustainabilitySurveys.psychosocialScore,
        composite: sustainabilitySurveys.compositeScore,
        recordedBy: users.name,
      })
      .from(sustainabilitySurveys)
      .innerJoin(users, eq(users.id, sustainabilitySurveys.createdBy))
      .where(eq(sustainabilitySurveys.caseId, caseId))
      .orderBy(asc(sustainabilitySurveys.takenOn), asc(sustainabilitySurveys.seq)),
  ]);
  const today = officeToday(now);
  const catalogueIds = [...new Set([CURRENT_SURVEY_CATALOGUE.id, ...surveys.map((s) => s.catalogueId)])];
  return {
    today,
    arrivalDate,
    currency: settings.currency,
    plan: plan
      ? {
          economicObjective: plan.economicObjective,
          socialObjective: plan.socialObjective,
          psychosocialObjective: plan.psychosocialObjective,
          version: plan.version,
        }
      : null,
    support: support.map((s) => ({
      id: s.id,
      dimension: s.dimension,
      kind: s.kind,
      description: s.description,
      amount: s.amount,
      currency: s.currency,
      status: s.status,
      plannedOn: s.plannedOn,
      deliveredOn: s.deliveredOn,
      version: s.version,
    })),
    schedule: {
      id: CURRENT_MONITORING_SCHEDULE.id,
      verify: CURRENT_MONITORING_SCHEDULE.verify,
      points: monitoringSchedule(arrivalDate, visits, today),
    },
    visits,
    surveys: surveys.map(({ economic, social, psychosocial, composite, ...survey }) => ({
      ...survey,
      score: { dimensions: { economic, social, psychosocial }, composite },
    })),
    currentCatalogueId: CURRENT_SURVEY_CATALOGUE.id,
    catalogues: Object.fromEntries(
      catalogueIds.flatMap((id) => {
        const catalogue = SURVEY_CATALOGUES[id];
        return catalogue ? [[id, catalogue]] : [];
      }),
    ),
  };
}
