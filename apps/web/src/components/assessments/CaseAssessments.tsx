import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "@/components/cases/AddDisclosure";
import { CaseSection } from "@/components/cases/CaseSection";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "@/components/cases/record-format";
import { AssessmentForm, AssessmentReviser, assessmentValues } from "./AssessmentForm";
import { AssessmentHistory } from "./AssessmentHistory";
import { RiskBadge } from "./RiskBadge";

type Listed = RouterOutputs["case"]["assessment"]["list"];
type Assessment = Listed["assessments"][number];

/** What an assessment found: each needs domain's level and note, or the vulnerabilities and escort. */
async function AssessmentContentView({ a }: { a: Assessment }) {
  const t = await getTranslations("assessments");
  const tAll = await getTranslations();
  const c = a.content;
  if (c.kind === "needs") {
    return (
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_max-content_1fr]">
        {Object.entries(c.ratings).map(([domain, rating]) => (
          <div key={domain} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">
              {t(`domains.${domain as "safety"}`)}
            </dt>
            <dd>{t(`needLevels.${rating.level}`)}</dd>
            <dd className="whitespace-pre-line">{rating.note}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-600 dark:text-slate-400">{t("categories")}</dt>
      <dd>
        {c.categories.length === 0
          ? t("noCategories")
          : c.categories.map((k) => tAll(`workflow.vulnerability.${k}`)).join(", ")}
        {c.categoriesNote ? <span className="block whitespace-pre-line">{c.categoriesNote}</span> : null}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">{t("escort")}</dt>
      <dd>{t(`escorts.${c.escort}`)}</dd>
      {c.medicalNeedsNote ? (
        <>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t("medicalNeedsNote")}</dt>
          <dd className="whitespace-pre-line">{c.medicalNeedsNote}</dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * The case's assessments: the current risk level and its review date, each assessment as its latest
 * revision has it (with its review task and the revision history), and the form for a new one.
 */
export async function CaseAssessments({ caseId, data }: { caseId: string; data: Listed }) {
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  const kind = data.kinds[0];
  return (
    <CaseSection id="case-assessments" title={t("title")} intro={t("intro", data.intervals)}>
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t("currentRisk")}:</span>
        {data.current?.riskLevel ? (
          <>
            <RiskBadge level={data.current.riskLevel} label={t(`risk.${data.current.riskLevel}`)} />
            <span>
              {t("assessedOnReview", {
                assessed: day(data.current.assessedOn),
                review: day(data.current.reviewDue),
              })}
            </span>
            {data.current.reviewDue < data.today ? (
              <span className="font-semibold text-red-800 dark:text-red-300">{t("reviewOverdue")}</span>
            ) : null}
          </>
        ) : (
          <span>{t("noRisk")}</span>
        )}
      </p>
      {!kind ? <p className="mt-3 text-sm">{t("noneOffered")}</p> : null}
      {kind && data.assessments.length === 0 ? <p className="mt-3 text-sm">{t("none")}</p> : null}
      {data.assessments.length > 0 ? (
        <ul className="mt-4 flex flex-col gap-4">
          {data.assessments.map((a) => (
            <li key={a.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <h3 className="flex flex-wrap items-center gap-2 font-medium">
                {t(`kinds.${a.kind}`)} · {day(a.assessedOn)}
                <RiskBadge level={a.riskLevel} label={t(`risk.${a.riskLevel}`)} />
              </h3>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {t("recordedBy", {
                  name: a.createdByName,
                  date: format.dateTime(a.createdAt, MOMENT_FORMAT),
                })}
                {a.version > 1
                  ? ` · ${t("revisedBy", {
                      version: a.version,
                      name: a.updatedByName,
                      date: format.dateTime(a.updatedAt, MOMENT_FORMAT),
                    })}`
                  : ""}
                {" · "}
                {a.reviewTask
                  ? a.reviewTask.done
                    ? t("reviewTaskDone")
                    : t("reviewTask", { date: a.reviewTask.dueDate ? day(a.reviewTask.dueDate) : "" })
                  : t("assessedOnReview", { assessed: day(a.assessedOn), review: day(a.reviewDue) })}
              </p>
              <AssessmentContentView a={a} />
              {a.summary ? <p className="mt-2 whitespace-pre-line text-sm">{a.summary}</p> : null}
              {data.canWrite ? (
                <div className="mt-2">
                  <AssessmentReviser
                    caseId={caseId}
                    kind={a.kind}
                    today={data.today}
                    assessmentId={a.id}
                    version={a.version}
                    values={assessmentValues(a, data.today)}
                    label={t("reviseLabel", { kind: t(`kinds.${a.kind}`), date: day(a.assessedOn) })}
                  />
                </div>
              ) : null}
              {a.revisions > 1 ? <AssessmentHistory caseId={caseId} assessmentId={a.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {kind && data.canWrite ? (
        <AddDisclosure title={t("new")}>
          <AssessmentForm caseId={caseId} kind={kind} today={data.today} />
        </AddDisclosure>
      ) : null}
    </CaseSection>
  );
}
