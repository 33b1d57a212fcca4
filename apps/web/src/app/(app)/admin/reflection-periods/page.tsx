import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AddSection } from "@/components/admin/AddSection";
import { MOMENT_FORMAT } from "@/components/cases/record-format";
import { ReflectionPeriodForm, ReflectionPeriodRow } from "@/components/identification/ReflectionPeriodForms";
import { countryName, countryOptions } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reflectionPeriods"))("title") };
}

/** The reflection period's length per country (reference data), its editor and its changes. */
export default async function ReflectionPeriodsPage() {
  const t = await getTranslations("reflectionPeriods");
  const format = await getFormatter();
  const locale = await getLocale();
  const data = await orPageError((await api()).reflectionPeriod.list());
  const when = (date: Date) => format.dateTime(date, MOMENT_FORMAT);
  const name = (code: string) => countryName(code, locale);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {t("intro", { days: data.defaultDays })}
      </p>
      {data.lengths.length === 0 ? (
        <p className="mt-4 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-6 flex max-w-2xl flex-col gap-3">
          {data.lengths.map((l) => (
            <li
              key={l.countryCode}
              className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="font-medium">{t("row", { country: name(l.countryCode), days: l.days })}</p>
              <p className="text-slate-600 dark:text-slate-400">
                {t("changedBy", { name: l.updatedByName, date: when(l.updatedAt) })}
              </p>
              <ReflectionPeriodRow
                countryCode={l.countryCode}
                countryName={name(l.countryCode)}
                days={l.days}
                version={l.version}
                minimum={data.minimumDays}
                maximum={data.maximumDays}
              />
            </li>
          ))}
        </ul>
      )}
      <AddSection id="reflection-add" title={t("add")} width="max-w-2xl">
        <ReflectionPeriodForm
          countries={countryOptions(locale)}
          lengths={data.lengths.map((l) => ({ countryCode: l.countryCode, version: l.version }))}
          minimum={data.minimumDays}
          maximum={data.maximumDays}
        />
      </AddSection>
      <section aria-labelledby="reflection-history" className="mt-8 max-w-2xl">
        <h2 id="reflection-history" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <ol className="mt-2 flex flex-col gap-2 text-sm">
          {data.changes.map((c) => (
            <li key={c.id}>
              <time dateTime={c.changedAt.toISOString()} className="text-slate-600 dark:text-slate-400">
                {when(c.changedAt)}
              </time>{" "}
              ·{" "}
              {c.days === null
                ? t("changeRemoved", { name: c.changedByName, country: name(c.countryCode) })
                : t("changeSet", { name: c.changedByName, country: name(c.countryCode), days: c.days })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
