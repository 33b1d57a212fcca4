import { PROGRAMMES, type Programme, type ReportPeriod, reportPeriod } from "@kelias/domain";
import { getTranslations } from "next-intl/server";

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

const control =
  "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";

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
      <div>
        <label htmlFor="figures-programme" className="block text-sm font-medium">
          {d("programme")}
        </label>
        <select id="figures-programme" name="programme" defaultValue={programme ?? ""} className={control}>
          <option value="">{d("allManaged")}</option>
          {programmes.map((p) => (
            <option key={p} value={p}>
              {t(`programmes.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="figures-from" className="block text-sm font-medium">
          {d("from")}
        </label>
        <input
          id="figures-from"
          type="month"
          name="from"
          defaultValue={period.from}
          required
          className={control}
        />
      </div>
      <div>
        <label htmlFor="figures-to" className="block text-sm font-medium">
          {d("to")}
        </label>
        <input id="figures-to" type="month" name="to" defaultValue={period.to} required className={control} />
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-600 dark:bg-slate-800"
      >
        {d("show")}
      </button>
    </form>
  );
}
