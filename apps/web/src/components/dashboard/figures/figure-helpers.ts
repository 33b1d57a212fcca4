import type { RouterOutputs } from "@kelias/api";
import { type Programme, periodDates } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";

export type Figures = RouterOutputs["dashboard"]["figures"];

/** What every figure of the dashboard names and links the same way: period, labels, counts. */
export async function figureHelpers(f: Figures, locale: string) {
  const t = await getTranslations();
  const d = await getTranslations("dashboard");
  const { since, until } = periodDates(f.period);
  const single: Programme | undefined = f.programmes.length === 1 ? f.programmes[0] : undefined;
  return {
    t,
    d,
    locale,
    since,
    until,
    /** The programme when only one is shown: its lists link without naming it in each label. */
    single,
    programme: (p: Programme) => t(`programmes.${p}`),
    state: (s: string) => t(`states.${s as "closed"}`),
    country: (code: string | null) => (code ? countryName(code, locale) : d("unknown")),
    /** A count that links to the list of the cases it counts. */
    count: (value: number, href: string, what: string) => ({
      value,
      href,
      label: d("linkLabel", { count: value, what }),
    }),
  };
}

export type FigureHelpers = Awaited<ReturnType<typeof figureHelpers>>;
