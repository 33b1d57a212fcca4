import type { RouterOutputs } from "@kelias/api";
import { CURRENT_MONITORING_SCHEDULE, REINTEGRATION_DIMENSIONS } from "@kelias/domain";
import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "@/components/cases/AddDisclosure";
import { CaseSection } from "@/components/cases/CaseSection";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { DataTable } from "@/components/ui/DataTable";
import {
  PlanForm,
  SupportEditor,
  SupportForm,
  SurveyForm,
  VisitEditor,
  VisitForm,
} from "./ReintegrationForms";
import { ScoreChart } from "./ScoreChart";

type View = RouterOutputs["case"]["reintegration"]["get"];

const STATUS_STYLE = {
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  due: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  overdue: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  upcoming: "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
} as const;

const percent = (score: number | null) => (score === null ? null : Math.round(score * 100));

/** The Reintegration tab of an AVRR case: plan and support, monitoring schedule and contacts, surveys. */
export async function ReintegrationTab({ caseId, view }: { caseId: string; view: View }) {
  const t = await getTranslations("reintegration");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  const money = (amount: string, currency: string) =>
    format.number(Number(amount), { style: "currency", currency });
  const catalogue = view.catalogues[view.currentCatalogueId];
  const visitLabel = (v: View["visits"][number]) =>
    t("visits.summary", {
      mode: t(`visits.modes.${v.mode}`),
      date: day(v.date),
      situation: t(`visits.situations.${v.situation}`),
    });
  const nextPoint = view.schedule.points.find((p) => p.status !== "done")?.monthsAfterArrival ?? null;
  const series = [...REINTEGRATION_DIMENSIONS, "composite" as const].map((key) => ({
    key,
    name: t(`dimensions.${key}`),
  }));
  const chartData = view.surveys.map((s) => ({
    takenOn: day(s.takenOn),
    economic: percent(s.score.dimensions.economic),
    social: percent(s.score.dimensions.social),
    psychosocial: percent(s.score.dimensions.psychosocial),
    composite: percent(s.score.composite),
  }));
  const plan = view.plan ?? {
    economicObjective: "",
    socialObjective: "",
    psychosocialObjective: "",
    version: null,
  };
  return (
    <>
      <h2 className="sr-only">{t("title")}</h2>
      <p className="text-sm">
        {view.arrivalDate ? t("arrival", { date: day(view.arrivalDate) }) : t("noArrival")}{" "}
        {t("currency", { currency: view.currency })}
      </p>

      <CaseSection id="reintegration-plan" title={t("plan.title")}>
        {view.plan === null ? <p className="mt-3 text-sm">{t("plan.none")}</p> : null}
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
          {REINTEGRATION_DIMENSIONS.map((d) => (
            <div key={d}>
              <dt className="font-medium">{t("plan.objective", { dimension: t(`dimensions.${d}`) })}</dt>
              <dd className="whitespace-pre-line">{plan[`${d}Objective`] || t("plan.noObjective")}</dd>
            </div>
          ))}
        </dl>
        {view.canWrite ? (
          <AddDisclosure title={t("plan.editTitle")}>
            <PlanForm
              caseId={caseId}
              version={plan.version}
              values={{
                economicObjective: plan.economicObjective,
                socialObjective: plan.socialObjective,
                psychosocialObjective: plan.psychosocialObjective,
              }}
            />
          </AddDisclosure>
        ) : null}
      </CaseSection>

      <CaseSection id="reintegration-support" title={t("support.title")}>
        {view.support.length === 0 ? (
          <p className="mt-3 text-sm">{t("support.none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.support.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="font-medium">
                  {t(`dimensions.${s.dimension}`)} · {t(`support.kinds.${s.kind}`)}: {s.description}
                </p>
                <p>
                  {t(`support.statuses.${s.status}`)}
                  {s.amount !== null && s.currency !== null ? <> · {money(s.amount, s.currency)}</> : null}
                  {s.deliveredOn ? <> · {t("support.delivered", { date: day(s.deliveredOn) })}</> : null}
                  {!s.deliveredOn && s.plannedOn ? (
                    <> · {t("support.planned", { date: day(s.plannedOn) })}</>
                  ) : null}
                </p>
                {view.canWrite ? (
                  <div className="mt-2">
                    <SupportEditor
                      caseId={caseId}
                      currency={view.currency}
                      itemId={s.id}
                      version={s.version}
                      label={t("support.editLabel", { description: s.description })}
                      values={{
                        dimension: s.dimension,
                        kind: s.kind,
                        description: s.description,
                        amount: s.amount ?? "",
                        currency: s.currency ?? "none",
                        status: s.status,
                        plannedOn: s.plannedOn ?? "",
                        deliveredOn: s.deliveredOn ?? "",
                      }}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.canWrite ? (
          <AddDisclosure title={t("support.addTitle")}>
            <SupportForm caseId={caseId} currency={view.currency} />
          </AddDisclosure>
        ) : null}
      </CaseSection>

      <CaseSection id="reintegration-schedule" title={t("schedule.title")}>
        {view.schedule.verify ? (
          <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">{t("schedule.verify")}</p>
        ) : null}
        <ul className="mt-3 flex flex-col gap-2 text-sm">
          {view.schedule.points.map((p) => (
            <li key={p.monthsAfterArrival} className="flex flex-wrap items-center gap-2">
              <span className={clsx("rounded px-2 py-0.5 text-xs font-semibold", STATUS_STYLE[p.status])}>
                {t(`schedule.statuses.${p.status}`)}
              </span>
              <span>
                {t("schedule.point", { months: p.monthsAfterArrival })},{" "}
                {t("schedule.due", { date: day(p.dueDate) })}
              </span>
            </li>
          ))}
        </ul>
      </CaseSection>

      <CaseSection id="reintegration-visits" title={t("visits.title")}>
        {view.visits.length === 0 ? (
          <p className="mt-3 text-sm">{t("visits.none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.visits.map((v) => (
              <li key={v.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="font-medium">
                  {visitLabel(v)}
                  {v.pointMonths !== null ? (
                    <> · {t("visits.pointOption", { months: v.pointMonths })}</>
                  ) : null}
                </p>
                {v.followUpNeeded ? (
                  <p className="font-medium text-amber-800 dark:text-amber-200">{t("visits.followUp")}</p>
                ) : null}
                {v.concerns ? <p className="mt-1 whitespace-pre-line">{v.concerns}</p> : null}
                {v.notes ? <p className="mt-1 whitespace-pre-line">{v.notes}</p> : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {v.conductedBy ? <>{t("visits.by", { name: v.conductedBy })} · </> : null}
                  {t("visits.recorded", { name: v.recordedBy })}
                </p>
                {view.canWrite ? (
                  <div className="mt-2">
                    <VisitEditor
                      caseId={caseId}
                      today={view.today}
                      points={CURRENT_MONITORING_SCHEDULE.pointsMonths}
                      visitId={v.id}
                      version={v.version}
                      label={t("visits.editLabel", { date: day(v.date) })}
                      values={{
                        mode: v.mode,
                        date: v.date,
                        pointMonths: v.pointMonths === null ? "none" : String(v.pointMonths),
                        conductedBy: v.conductedBy,
                        situation: v.situation,
                        concerns: v.concerns,
                        followUpNeeded: v.followUpNeeded,
                        notes: v.notes,
                      }}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.canWrite && view.arrivalDate ? (
          <AddDisclosure title={t("visits.addTitle")}>
            <VisitForm
              caseId={caseId}
              today={view.today}
              points={CURRENT_MONITORING_SCHEDULE.pointsMonths}
              nextPoint={nextPoint}
            />
          </AddDisclosure>
        ) : null}
      </CaseSection>

      <CaseSection id="reintegration-surveys" title={t("survey.title")}>
        {catalogue?.verify ? (
          <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
            {t("survey.verify", { id: catalogue.id })}
          </p>
        ) : null}
        {view.surveys.length === 0 ? (
          <p className="mt-3 text-sm">{t("survey.none")}</p>
        ) : (
          <>
            <ScoreChart label={t("survey.chart")} data={chartData} series={series} />
            <DataTable
              spacing="mt-4"
              caption={t("survey.chart")}
              columns={[
                { key: "takenOn", label: t("survey.takenColumn") },
                ...series.map((s) => ({ key: s.key, label: s.name, numeric: true })),
              ]}
            >
              {view.surveys.map((s, n) => (
                <tr key={s.id}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {day(s.takenOn)}
                  </th>
                  {series.map((column) => {
                    const value = chartData[n]?.[column.key] ?? null;
                    return (
                      <td key={column.key} className="px-3 py-2 text-right tabular-nums">
                        {value === null ? t("survey.noScore") : t("survey.scoreValue", { value })}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </DataTable>
          </>
        )}
        {view.canWrite && catalogue ? (
          <AddDisclosure title={t("survey.addTitle")}>
            <SurveyForm
              caseId={caseId}
              today={view.today}
              catalogue={catalogue}
              visits={view.visits.map((v) => ({ id: v.id, label: visitLabel(v) }))}
            />
          </AddDisclosure>
        ) : null}
      </CaseSection>
    </>
  );
}
