import { can } from "@kelias/domain";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CtdcExport } from "@/components/dashboard/CtdcExport";
import { DashboardFigures } from "@/components/dashboard/DashboardFigures";
import { ExportCasesForm } from "@/components/dashboard/ExportCasesForm";
import { PeriodForm, periodQuery, periodRequest } from "@/components/dashboard/PeriodForm";
import { PrintButton } from "@/components/dashboard/PrintButton";
import { api, orPageError } from "@/trpc/server";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** Reports and exports: the printable period report, case-list exports and the CTDC file. */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const r = await getTranslations("reports");
  const request = periodRequest(await searchParams);
  const caller = await api();
  const [figures, me] = await Promise.all([orPageError(caller.dashboard.figures(request)), caller.user.me()]);
  const query = periodQuery(request.programme, figures.period);
  // The policy decides, as export.ctdcSummary does: the page offers only what the API would answer.
  const ctdc = me ? can(me, { kind: "ctdc.export" }) : false;
  return (
    <>
      <h1 className="text-2xl font-semibold print:hidden">{r("title")}</h1>
      <section aria-labelledby="period-report" className="mt-6">
        <h2 id="period-report" className="text-xl font-semibold">
          {r("periodReport", {
            programmes: figures.programmes.map((p) => t(`programmes.${p}`)).join(", "),
            from: figures.period.from,
            to: figures.period.to,
          })}
        </h2>
        <PeriodForm
          action="/reports"
          programmes={me?.programmes ?? figures.programmes}
          programme={request.programme}
          period={figures.period}
        />
        <p className="mt-3 flex flex-wrap items-center gap-4 text-sm print:hidden">
          <PrintButton label={r("print")} />
          <a
            className="text-brand-700 underline dark:text-brand-300"
            href={`/api/exports/report?${query}`}
            download
          >
            {r("downloadXlsx")}
          </a>
        </p>
        <DashboardFigures figures={figures} locale={await getLocale()} />
      </section>
      <section aria-labelledby="case-export" className="mt-10 print:hidden">
        <h2 id="case-export" className="text-xl font-semibold">
          {r("caseExport")}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{r("caseExportIntro")}</p>
        <ExportCasesForm filters={[["view", "all"]]} />
      </section>
      {ctdc ? <CtdcExport summary={await caller.export.ctdcSummary()} /> : null}
    </>
  );
}
