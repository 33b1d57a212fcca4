import type { Programme } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";
import { api, orPageError } from "@/trpc/server";

/**
 * The dashboard's high-risk panel: the open cases of the manager's programmes (or the one chosen)
 * whose latest assessment set a high risk, with the review date; restricted ones only counted.
 */
export async function HighRiskCases({ programme }: { programme?: Programme | undefined }) {
  const t = await getTranslations("assessments.panel");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const data = await orPageError((await api()).dashboard.highRisk(programme ? { programme } : {}));
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  return (
    <section aria-labelledby="high-risk-cases" className="mt-8 break-inside-avoid">
      <h2 id="high-risk-cases" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {data.cases.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      ) : (
        <DataTable
          spacing="mt-2"
          caption={t("title")}
          columns={[
            { key: "reference", label: t("reference") },
            { key: "programme", label: t("programme") },
            { key: "owner", label: t("owner") },
            { key: "assessedOn", label: t("assessedOn") },
            { key: "reviewDue", label: t("reviewDue") },
          ]}
        >
          {data.cases.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <RecordLink
                  href={`/cases/${c.id}/assessments`}
                  className="text-brand-700 underline underline-offset-2 dark:text-brand-300"
                >
                  {c.reference}
                </RecordLink>
              </th>
              <td className="px-3 py-2">{tAll(`programmes.${c.programme}`)}</td>
              <td className="px-3 py-2">{c.ownerName}</td>
              <td className="px-3 py-2">{day(c.assessedOn)}</td>
              <td className="px-3 py-2">
                {day(c.reviewDue)}
                {c.overdue ? (
                  <strong className="ml-2 text-red-800 dark:text-red-300">{t("overdue")}</strong>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {data.more ? <p className="mt-2 text-sm">{t("more", { count: data.cases.length })}</p> : null}
      {data.restricted > 0 ? (
        <p className="mt-2 text-sm">{t("restricted", { count: data.restricted })}</p>
      ) : null}
    </section>
  );
}
