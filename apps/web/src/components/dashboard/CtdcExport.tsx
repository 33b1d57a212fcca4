import type { RouterOutputs } from "@kelias/api";
import type { CtdcQuasiIdentifier } from "@kelias/domain";
import { getTranslations } from "next-intl/server";

type Summary = RouterOutputs["export"]["ctdcSummary"];

/** The CTDC file: what anonymisation does to the office's cases now, and the downloads. */
export async function CtdcExport({ summary }: { summary: Summary }) {
  const c = await getTranslations("exports.ctdc");
  const labels = await getTranslations("ctdcLabels");
  const suppressed = Object.entries(summary.suppressed).filter(([, cells]) => cells > 0);
  return (
    <section aria-labelledby="ctdc-export" className="mt-10 print:hidden">
      <h2 id="ctdc-export" className="text-xl font-semibold">
        {c("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c("intro", { k: summary.k })}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <dt className="font-medium">{c("rowsIn")}</dt>
        <dd>{summary.rowsIn}</dd>
        <dt className="font-medium">{c("rowsOut")}</dt>
        <dd>{summary.rowsOut}</dd>
        <dt className="font-medium">{c("dropped")}</dt>
        <dd>{summary.dropped}</dd>
        <dt className="font-medium">{c("generalisedAges")}</dt>
        <dd>{summary.generalised.ageBroad}</dd>
      </dl>
      <p className="mt-2 text-sm">
        {suppressed.length === 0
          ? c("noneSuppressed")
          : c("suppressed", {
              list: suppressed
                .map(([column, cells]) => `${labels(`columns.${column as CtdcQuasiIdentifier}`)} (${cells})`)
                .join(", "),
            })}
      </p>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <a
          className="text-brand-700 underline dark:text-brand-300"
          href="/api/exports/ctdc?format=csv"
          download
        >
          {c("downloadCsv")}
        </a>
        <a
          className="text-brand-700 underline dark:text-brand-300"
          href="/api/exports/ctdc?format=xlsx"
          download
        >
          {c("downloadXlsx")}
        </a>
      </p>
    </section>
  );
}
