import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReviewIntervalForm } from "@/components/assessments/ReviewIntervalForm";
import { MOMENT_FORMAT } from "@/components/cases/record-format";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.intervals"))("title") };
}

/** How long after a medium- or low-risk assessment a case is reviewed (reference data), and its changes. */
export default async function RiskReviewPage() {
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const data = await orPageError((await api()).reference.riskReview.list());
  const when = (date: Date) => format.dateTime(date, MOMENT_FORMAT);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("intervals.title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {t("intervals.intro", { high: data.highDays })}
      </p>
      <ul className="mt-6 flex max-w-2xl flex-col gap-3">
        {data.intervals.map((i) => (
          <li
            key={i.riskLevel}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="font-medium">
              {t("intervals.row", { level: t(`risk.${i.riskLevel}`), days: i.days })}
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              {i.updatedByName
                ? t("intervals.changedBy", { name: i.updatedByName, date: when(i.updatedAt) })
                : t("intervals.loaded")}
            </p>
            <div className="mt-2">
              <ReviewIntervalForm
                riskLevel={i.riskLevel}
                days={i.days}
                version={i.version}
                min={data.bounds.min}
                max={data.bounds.max}
              />
            </div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="risk-review-history" className="mt-8 max-w-2xl">
        <h2 id="risk-review-history" className="text-lg font-semibold">
          {t("intervals.history")}
        </h2>
        {data.changes.length === 0 ? <p className="mt-2 text-sm">{t("intervals.noChanges")}</p> : null}
        <ol className="mt-2 flex flex-col gap-2 text-sm">
          {data.changes.map((c) => (
            <li key={c.id}>
              <time dateTime={c.changedAt.toISOString()} className="text-slate-600 dark:text-slate-400">
                {when(c.changedAt)}
              </time>{" "}
              ·{" "}
              {t("intervals.change", {
                name: c.changedByName,
                level: t(`risk.${c.riskLevel}`),
                days: c.days,
              })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
