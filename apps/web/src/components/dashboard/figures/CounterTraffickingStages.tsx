import { FigureChart } from "../FigureChart";
import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Counter-trafficking cases reaching each stage in the period, by exploitation and citizenship. */
export function CounterTraffickingStages({
  figures: f,
  helpers,
}: {
  figures: Figures;
  helpers: FigureHelpers;
}) {
  const { t, d, since, until, country, count } = helpers;
  const counterTrafficking = f.counterTrafficking;
  if (!counterTrafficking) return null;

  return (
    <TableFigure
      helpers={helpers}
      id="ct-figures"
      title="ctFigures"
      chart={
        <FigureChart
          label={d("ctChart")}
          category="stage"
          series={[{ key: "cases", name: d("cases") }]}
          data={counterTrafficking.stages.map((s) => ({
            stage: d(`stage.${s.stage}`),
            cases: s.cases,
          }))}
        />
      }
      headers={["breakdown", "cases"]}
      rows={counterTrafficking.stages.flatMap((s) => {
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
  );
}
