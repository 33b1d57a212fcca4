import type { RouterOutputs } from "@kelias/api";
import { type Programme, periodDates } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";
import { serviceTypeLabel } from "@/lib/service-types";
import { api } from "@/trpc/server";
import { FigureChart } from "./FigureChart";
import { FigureSection } from "./FigureSection";
import { FigureTable } from "./FigureTable";
import { casesHref, monthDays } from "./links";

type Figures = RouterOutputs["dashboard"]["figures"];

interface Props {
  figures: Figures;
  locale: string;
}

/** Every figure of the dashboard, each with its chart or table and links to the cases it counts. */
export async function DashboardFigures({ figures: f, locale }: Props) {
  const t = await getTranslations();
  const d = await getTranslations("dashboard");
  const { since, until } = periodDates(f.period);
  const single: Programme | undefined = f.programmes.length === 1 ? f.programmes[0] : undefined;
  const programme = (p: Programme) => t(`programmes.${p}`);
  const state = (s: string) => t(`states.${s as "closed"}`);
  const country = (code: string | null) => (code ? countryName(code, locale) : d("unknown"));
  const count = (value: number, href: string, what: string) => ({
    value,
    href,
    label: d("linkLabel", { count: value, what }),
  });

  // Service types are reference data: their names come from it (built-in ones from the catalog).
  const types = f.socialAssistance?.services.length
    ? await (await api()).serviceType.list({ includeInactive: true })
    : [];
  const byCode = new Map(types.map((type) => [type.code, type]));
  const serviceType = (code: string) =>
    serviceTypeLabel(code, byCode.get(code), locale, (builtIn) => t(`record.serviceTypes.${builtIn}`));

  const months = f.months.map((month) => {
    const rows = f.perMonth.filter((r) => r.month === month);
    return {
      month,
      opened: rows.reduce((sum, r) => sum + r.opened, 0),
      closed: rows.reduce((sum, r) => sum + r.closed, 0),
    };
  });

  return (
    <>
      <FigureSection
        id="open-by-state"
        title={d("openByState")}
        showTable={d("showTable")}
        chart={
          <FigureChart
            label={d("openByStateChart")}
            category="name"
            series={[{ key: "cases", name: d("cases") }]}
            data={f.openByState.map((r) => ({
              name: single ? state(r.state) : `${t(`programmesShort.${r.programme}`)} · ${state(r.state)}`,
              cases: r.cases,
            }))}
          />
        }
        table={
          <FigureTable
            caption={d("openByState")}
            headers={[d("state"), d("cases")]}
            empty={d("none")}
            rows={f.openByState.map((r) => ({
              key: `${r.programme}-${r.state}`,
              label: `${programme(r.programme)}: ${state(r.state)}`,
              cells: [count(r.cases, casesHref(r.programme, { state: r.state, open: true }), state(r.state))],
            }))}
          />
        }
      />

      <FigureSection
        id="per-month"
        title={d("perMonth")}
        showTable={d("showTable")}
        chart={
          <FigureChart
            label={d("perMonthChart")}
            category="month"
            series={[
              { key: "opened", name: d("opened") },
              { key: "closed", name: d("closed") },
            ]}
            data={months}
          />
        }
        table={
          <FigureTable
            caption={d("perMonth")}
            headers={[d("month"), d("opened"), d("closed")]}
            empty={d("none")}
            rows={months.map((m) => {
              const days = monthDays(m.month);
              return {
                key: m.month,
                label: m.month,
                cells: [
                  count(
                    m.opened,
                    casesHref(single, { openedSince: days.since, openedUntil: days.until }),
                    `${d("opened")} ${m.month}`,
                  ),
                  count(
                    m.closed,
                    casesHref(single, { closedSince: days.since, closedUntil: days.until }),
                    `${d("closed")} ${m.month}`,
                  ),
                ],
              };
            })}
          />
        }
      />

      <FigureSection
        id="caseload"
        title={d("caseload")}
        showTable={d("showTable")}
        table={
          <FigureTable
            caption={d("caseload")}
            headers={[d("caseworker"), d("openCases"), d("overdueCases")]}
            empty={d("none")}
            rows={f.caseload.map((r) => ({
              key: r.userId,
              label: r.name,
              cells: [
                count(
                  r.open,
                  casesHref(single, { assigneeId: r.userId, open: true }),
                  `${d("openCases")}: ${r.name}`,
                ),
                count(
                  r.overdue,
                  casesHref(single, { assigneeId: r.userId, open: true, overdue: true }),
                  `${d("overdueCases")}: ${r.name}`,
                ),
              ],
            }))}
          />
        }
      />

      {f.avrr ? (
        <FigureSection
          id="avrr-returns"
          title={d("avrrReturns")}
          showTable={d("showTable")}
          chart={
            f.avrr.returns.length > 0 ? (
              <FigureChart
                label={d("avrrReturnsChart")}
                category="country"
                series={[{ key: "cases", name: d("returns") }]}
                data={f.avrr.returns.map((r) => ({ country: country(r.country), cases: r.cases }))}
              />
            ) : undefined
          }
          table={
            <FigureTable
              caption={d("avrrReturns")}
              headers={[d("destination"), d("returns")]}
              empty={d("none")}
              rows={[
                {
                  key: "all",
                  label: <strong>{d("allDestinations")}</strong>,
                  cells: [
                    count(
                      f.avrr.departed,
                      casesHref("avrr", {
                        enteredState: "departed",
                        enteredSince: since,
                        enteredUntil: until,
                      }),
                      d("allDestinations"),
                    ),
                  ],
                },
                ...f.avrr.returns.map((r) => ({
                  key: r.country ?? "unknown",
                  label: country(r.country),
                  // A departure without a recorded destination has no list of its own (the guards require one).
                  cells: [
                    r.country
                      ? count(
                          r.cases,
                          casesHref("avrr", {
                            enteredState: "departed",
                            enteredSince: since,
                            enteredUntil: until,
                            destinationCountry: r.country,
                          }),
                          country(r.country),
                        )
                      : { value: r.cases },
                  ],
                })),
              ]}
            />
          }
        >
          <p className="mt-1 text-sm">
            {f.avrr.medianDaysToDeparture === null
              ? d("noDepartures")
              : d("medianDays", { days: f.avrr.medianDaysToDeparture, count: f.avrr.departed })}
          </p>
        </FigureSection>
      ) : null}

      {f.counterTrafficking ? (
        <FigureSection
          id="ct-figures"
          title={d("ctFigures")}
          showTable={d("showTable")}
          chart={
            <FigureChart
              label={d("ctChart")}
              category="stage"
              series={[{ key: "cases", name: d("cases") }]}
              data={f.counterTrafficking.stages.map((s) => ({
                stage: d(`stage.${s.stage}`),
                cases: s.cases,
              }))}
            />
          }
          table={
            <FigureTable
              caption={d("ctFigures")}
              headers={[d("breakdown"), d("cases")]}
              empty={d("none")}
              rows={f.counterTrafficking.stages.flatMap((s) => {
                const stage = { ctStage: s.stage, stageSince: since, stageUntil: until } as const;
                const name = d(`stage.${s.stage}`);
                return [
                  {
                    key: s.stage,
                    label: <strong>{name}</strong>,
                    cells: [count(s.cases, casesHref("counter_trafficking", stage), name)],
                  },
                  ...s.byExploitation.map((r) => ({
                    key: `${s.stage}-type-${r.type}`,
                    label: `${name} · ${t(`identification.typesOfExploitation.${r.type}`)}`,
                    cells: [
                      count(
                        r.cases,
                        casesHref("counter_trafficking", { ...stage, exploitationType: r.type }),
                        `${name} ${r.type}`,
                      ),
                    ],
                  })),
                  ...s.byCitizenship.map((r) => ({
                    key: `${s.stage}-country-${r.country}`,
                    label: `${name} · ${country(r.country)}`,
                    cells: [
                      count(
                        r.cases,
                        casesHref("counter_trafficking", { ...stage, citizenship: r.country }),
                        `${name} ${country(r.country)}`,
                      ),
                    ],
                  })),
                ];
              })}
            />
          }
        />
      ) : null}

      {f.socialAssistance ? (
        <FigureSection
          id="sa-services"
          title={d("services")}
          showTable={d("showTable")}
          table={
            <FigureTable
              caption={d("services")}
              headers={[d("serviceType"), d("servicesDelivered"), d("quantity"), d("cases"), d("cost")]}
              empty={d("none")}
              rows={f.socialAssistance.services.map((r) => ({
                key: r.type,
                label: serviceType(r.type),
                cells: [
                  { value: r.services },
                  { value: r.quantity },
                  count(
                    r.cases,
                    casesHref("social_assistance", {
                      serviceType: r.type,
                      serviceSince: since,
                      serviceUntil: until,
                    }),
                    serviceType(r.type),
                  ),
                  { value: r.costs.map((c) => `${c.total} ${c.currency}`).join("; ") || "—" },
                ],
              }))}
            />
          }
        />
      ) : null}

      {f.labourMigration ? (
        <FigureSection
          id="lm-contracts"
          title={d("contractChecks")}
          showTable={d("showTable")}
          table={
            <FigureTable
              caption={d("contractChecks")}
              headers={[d("item"), d("cases")]}
              empty={d("none")}
              rows={[
                {
                  key: "checks",
                  label: d("contractChecksDone"),
                  cells: [
                    count(
                      f.labourMigration.contractChecks,
                      casesHref("labour_migration", {
                        enteredState: "contract_check",
                        enteredSince: since,
                        enteredUntil: until,
                      }),
                      d("contractChecksDone"),
                    ),
                  ],
                },
                {
                  key: "flagged",
                  label: d("withRedFlags"),
                  cells: [
                    count(
                      f.labourMigration.withRedFlags,
                      casesHref("labour_migration", {
                        enteredState: "contract_check",
                        enteredSince: since,
                        enteredUntil: until,
                        redFlag: "any",
                      }),
                      d("withRedFlags"),
                    ),
                  ],
                },
                ...f.labourMigration.byFlag.map((r) => ({
                  key: r.flag,
                  label: t(`workflow.redFlags.${r.flag}`),
                  cells: [
                    count(
                      r.cases,
                      casesHref("labour_migration", {
                        enteredState: "contract_check",
                        enteredSince: since,
                        enteredUntil: until,
                        redFlag: r.flag,
                      }),
                      r.flag,
                    ),
                  ],
                })),
              ]}
            />
          }
        />
      ) : null}
    </>
  );
}
