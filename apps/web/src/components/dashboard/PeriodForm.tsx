import { PROGRAMMES, type Programme, type ReportPeriod, reportPeriod } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { QueryField, QuerySelect, queryButton, queryControl } from "@/components/ui/QueryField";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The programme and period asked for in the URL; anything malformed is left to the defaults. */
export function periodRequest(params: SearchParams): { programme?: Programme; period?: ReportPeriod } {
  const requested = first(params.programme);
  const programme = PROGRAMMES.find((p) => p === requested);
  const period = reportPeriod.safeParse({ from: first(params.from), to: first(params.to) });
  return { ...(programme ? { programme } : {}), ...(period.success ? { period: period.data } : {}) };
}

export function periodQuery(programme: Programme | undefined, period: ReportPeriod): string {
  const query = new URLSearchParams();
  if (programme) query.set("programme", programme);
  query.set("from", period.from);
  query.set("to", period.to);
  return query.toString();
}

/** Chooses the programme (one, or all the manager manages) and the months the figures cover. */
export async function PeriodForm({
  action,
  programmes,
  programme,
  period,
}: {
  action: string;
  programmes: readonly Programme[];
  programme: Programme | undefined;
  period: ReportPeriod;
}) {
  const t = await getTranslations();
  const d = await getTranslations("dashboard");
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-3 print:hidden">
      <QuerySelect
        id="figures-programme"
        name="programme"
        label={d("programme")}
        defaultValue={programme}
        anyLabel={d("allManaged")}
        options={programmes.map((p) => ({ value: p, label: t(`programmes.${p}`) }))}
      />
      <QueryField id="figures-from" label={d("from")}>
        <input
          id="figures-from"
          type="month"
          name="from"
          defaultValue={period.from}
          required
          className={queryControl}
        />
      </QueryField>
      <QueryField id="figures-to" label={d("to")}>
        <input
          id="figures-to"
          type="month"
          name="to"
          defaultValue={period.to}
          required
          className={queryControl}
        />
      </QueryField>
      <button type="submit" className={queryButton}>
        {d("show")}
      </button>
    </form>
  );
}
