import { REINTEGRATION_DIMENSIONS } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/DataTable";
import { api } from "@/trpc/server";
import { FigureChart } from "./FigureChart";
import { FigureSection } from "./FigureSection";

/**
 * The reintegration sustainability summary (what donors report on): the latest survey of each AVRR
 * case in the manager's scope, each dimension's average score, and how many cases were surveyed.
 * Reads its own procedure (`dashboard.sustainability`); shows nothing to a manager without AVRR.
 */
export async function SustainabilitySummary() {
  const summary = await (await api()).dashboard.sustainability();
  if (!summary.available) return null;
  const t = await getTranslations("reintegration");
  const rows = [...REINTEGRATION_DIMENSIONS, "composite" as const].map((key) => {
    const value = summary.averages[key];
    return { key, label: t(`dimensions.${key}`), value: value === null ? null : Math.round(value * 100) };
  });
  const table = (
    <DataTable
      spacing="mt-2"
      caption={t("dashboard.title")}
      columns={[
        { key: "dimension", label: t("dashboard.dimension") },
        { key: "average", label: t("dashboard.average"), numeric: true },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row" className="px-3 py-2 text-left font-normal">
            {row.label}
          </th>
          <td className="px-3 py-2 text-right tabular-nums">
            {row.value === null ? t("survey.noScore") : t("survey.scoreValue", { value: row.value })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
  return (
    <FigureSection
      id="sustainability-summary"
      title={t("dashboard.title")}
      showTable={t("dashboard.average")}
      table={table}
      chart={
        summary.casesSurveyed > 0 ? (
          <FigureChart
            label={t("dashboard.intro")}
            category="label"
            series={[{ key: "value", name: t("dashboard.average") }]}
            data={rows.map((row) => ({ label: row.label, value: row.value ?? 0 }))}
          />
        ) : undefined
      }
    >
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("dashboard.intro")}</p>
      <p className="mt-1 text-sm font-medium">{t("dashboard.cases", { count: summary.casesSurveyed })}</p>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t("dashboard.placeholder")}</p>
    </FigureSection>
  );
}
