import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReferenceHistory } from "@/components/admin/ReferenceHistory";
import { UnsafeDestinationsEditor } from "@/components/admin/UnsafeDestinationsEditor";
import { countryName, countryOptions } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reference.unsafe"))("title") };
}

/** The unsafe-destinations list the return workflows read, its editor and its history. */
export default async function UnsafeDestinationsPage() {
  const t = await getTranslations("reference.unsafe");
  const locale = await getLocale();
  const caller = await api();
  const [list, history] = await Promise.all([
    orPageError(caller.reference.unsafeDestination.get()),
    orPageError(caller.reference.history({ kind: "unsafe_destinations" })),
  ]);
  const names = (codes: unknown) =>
    Array.isArray(codes) && codes.length > 0
      ? codes.map((code) => countryName(String(code), locale)).join(", ")
      : t("nothing");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <div className="mt-6 max-w-2xl">
        <UnsafeDestinationsEditor
          version={list?.version ?? 1}
          countries={list?.countries.map((c) => c.code) ?? []}
          options={countryOptions(locale)}
        />
      </div>
      <ReferenceHistory
        id="unsafe-history"
        entries={history}
        describe={(entry) => {
          const change = entry.change as { added?: unknown; removed?: unknown };
          const snapshot = entry.snapshot as { countries?: unknown };
          return (
            <>
              <p>{t("added", { countries: names(change.added) })}</p>
              <p>{t("removed", { countries: names(change.removed) })}</p>
              <p className="text-slate-600 dark:text-slate-400">
                {t("countries", { countries: names(snapshot.countries) })}
              </p>
            </>
          );
        }}
      />
    </>
  );
}
