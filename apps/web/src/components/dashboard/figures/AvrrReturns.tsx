import { FigureChart } from "../FigureChart";
import { casesHref } from "../links";
import type { FigureHelpers, Figures } from "./figure-helpers";
import { TableFigure } from "./TableFigure";

/** AVRR departures in the period by destination, and the median time to departure. */
export function AvrrReturns({ figures: f, helpers }: { figures: Figures; helpers: FigureHelpers }) {
  const { d, since, until, country, count } = helpers;
  const avrr = f.avrr;
  if (!avrr) return null;

  return (
    <TableFigure
      helpers={helpers}
      id="avrr-returns"
      title="avrrReturns"
      chart={
        avrr.returns.length > 0 ? (
          <FigureChart
            label={d("avrrReturnsChart")}
            category="country"
            series={[{ key: "cases", name: d("returns") }]}
            data={avrr.returns.map((r) => ({ country: country(r.country), cases: r.cases }))}
          />
        ) : undefined
      }
      headers={["destination", "returns"]}
      rows={[
        {
          key: "all",
          label: <strong>{d("allDestinations")}</strong>,
          cells: [
            count(
              avrr.departed,
              casesHref("avrr", {
                enteredState: "departed",
                enteredSince: since,
                enteredUntil: until,
              }),
              d("allDestinations"),
            ),
          ],
        },
        ...avrr.returns.map((r) => ({
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
    >
      <p className="mt-1 text-sm">
        {avrr.medianDaysToDeparture === null
          ? d("noDepartures")
          : d("medianDays", { days: avrr.medianDaysToDeparture, count: avrr.departed })}
      </p>
    </TableFigure>
  );
}
