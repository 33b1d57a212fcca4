import { FigureChart } from "../FigureChart";
import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** Open cases by programme and state. */
export function OpenByState({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { t, d, single, programme, state, count } = helpers;

  return (
    <TableFigure
      helpers={helpers}
      id="open-by-state"
      title="openByState"
      chart={
        <FigureChart
          label={d("openByStateChart")}
          category="name"
          horizontal
          series={[{ key: "cases", name: d("cases") }]}
          data={f.openByState.map((r) => ({
            name: single ? state(r.state) : `${t(`programmesShort.${r.programme}`)} · ${state(r.state)}`,
            cases: r.cases,
          }))}
        />
      }
      headers={["state", "cases"]}
      rows={f.openByState.map((r) => ({
        key: `${r.programme}-${r.state}`,
        label: `${programme(r.programme)}: ${state(r.state)}`,
        cells: [count(r.cases, casesHref(r.programme, { state: r.state, open: true }), state(r.state))],
      }))}
    />
  );
}
