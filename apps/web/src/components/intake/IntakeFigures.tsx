import { type Programme, periodDates, type ReportPeriod } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { FigureChart } from "@/components/dashboard/FigureChart";
import { FigureSection } from "@/components/dashboard/FigureSection";
import { FigureTable } from "@/components/dashboard/FigureTable";
import { casesHref } from "@/components/dashboard/links";
import { api, orPageError } from "@/trpc/server";

/**
 * The dashboard's entry points and feedback, over the period and programmes of the dashboard:
 * cases opened per referral source (each count opens the list of those cases), and the feedback
 * received, the complaints open now and the feedback resolved in the period.
 */
export async function IntakeFigures({
  request,
}: {
  request: { programme?: Programme; period?: ReportPeriod };
}) {
  const t = await getTranslations("intake");
  const d = await getTranslations("dashboard");
  const f = await orPageError((await api()).dashboard.intake(request));
  const { since, until } = periodDates(f.period);
  const single = f.programmes.length === 1 ? f.programmes[0] : undefined;
  const label = (source: string | null) => (source ? t(`source.${source as "police"}`) : t("notRecorded"));
  const link = (value: number, source: string | null) => ({
    value,
    href: casesHref(single, {
      referralSource: (source ?? "not_recorded") as "police",
      openedSince: since,
      openedUntil: until,
    }),
    label: d("linkLabel", { count: value, what: label(source) }),
  });
  const fb = f.feedback;
  return (
    <>
      <FigureSection
        id="intake-sources"
        title={t("figures.sources")}
        showTable={d("showTable")}
        chart={
          f.sources.length > 0 ? (
            <FigureChart
              label={t("figures.sourcesChart")}
              category="source"
              horizontal
              series={[{ key: "cases", name: d("cases") }]}
              data={f.sources.map((s) => ({ source: label(s.source), cases: s.cases }))}
            />
          ) : undefined
        }
        table={
          <FigureTable
            caption={t("figures.sources")}
            headers={[t("sourceLabel"), t("figures.opened")]}
            empty={d("none")}
            rows={[
              {
                key: "all",
                label: <strong>{t("figures.allSources")}</strong>,
                cells: [{ value: f.opened }],
              },
              ...f.sources.map((s) => ({
                key: s.source ?? "not_recorded",
                label: label(s.source),
                cells: [link(s.cases, s.source)],
              })),
            ]}
          />
        }
      />
      <FigureSection
        id="intake-feedback"
        title={t("figures.feedback")}
        showTable={d("showTable")}
        table={
          <FigureTable
            caption={t("figures.feedback")}
            headers={[t("figures.measure"), t("figures.count")]}
            empty={d("none")}
            rows={[
              ...fb.received.map((r) => ({
                key: `received-${r.kind}`,
                label: t("figures.received", { kind: t(`feedback.kinds.${r.kind}`) }),
                cells: [{ value: r.count }],
              })),
              { key: "open", label: t("figures.openComplaints"), cells: [{ value: fb.openComplaints }] },
              { key: "resolved", label: t("figures.resolved"), cells: [{ value: fb.resolved }] },
              {
                key: "rating",
                label: t("figures.meanRating"),
                cells: [
                  {
                    value:
                      fb.meanRating === null
                        ? t("figures.noRatings")
                        : t("figures.meanRatingValue", { rating: fb.meanRating }),
                  },
                ],
              },
            ]}
          />
        }
      />
    </>
  );
}
