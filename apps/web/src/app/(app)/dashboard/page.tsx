import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardFigures } from "@/components/dashboard/DashboardFigures";
import { HighRiskCases } from "@/components/dashboard/HighRiskCases";
import { PeriodForm, periodQuery, periodRequest } from "@/components/dashboard/PeriodForm";
import { SustainabilitySummary } from "@/components/dashboard/SustainabilitySummary";
import { IntakeFigures } from "@/components/intake/IntakeFigures";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The manager's dashboard: the programmes they manage, over a chosen period. */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const d = await getTranslations("dashboard");
  const request = periodRequest(await searchParams);
  const caller = await api();
  const [figures, me] = await Promise.all([orPageError(caller.dashboard.figures(request)), caller.user.me()]);
  const query = periodQuery(request.programme, figures.period);
  return (
    <>
      <h1 className="text-2xl font-semibold">{d("title")}</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {d("intro", { from: figures.period.from, to: figures.period.to })}
      </p>
      <PeriodForm
        action="/dashboard"
        programmes={me?.programmes ?? figures.programmes}
        programme={request.programme}
        period={figures.period}
      />
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <a className="text-brand-700 underline dark:text-brand-300" href={`/reports?${query}`}>
          {d("printableReport")}
        </a>
        <a
          className="text-brand-700 underline dark:text-brand-300"
          href={`/api/exports/report?${query}`}
          download
        >
          {d("downloadXlsx")}
        </a>
      </p>
      <HighRiskCases programme={request.programme} />
      <DashboardFigures figures={figures} locale={await getLocale()} />
      <IntakeFigures request={request} />
      <SustainabilitySummary />
    </>
  );
}
