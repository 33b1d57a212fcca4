import { ageOn, displayName, estimatedAgeOn, todayIso } from "@kelias/domain";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";
import { Pager } from "@/components/ui/Pager";
import { QueryField, queryButton } from "@/components/ui/QueryField";
import { countryName } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The people the user may see, newest registrations first; a name narrows the list. */
export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const typed = first(params.q)?.trim() ?? "";
  // One letter finds nearly everyone: the list then stays unfiltered and says why.
  const query = typed.length >= 2 ? typed.slice(0, 200) : undefined;
  const after = first(params.after);
  const caller = await api();
  const { items, olderCursor } = await orPageError(caller.person.list({ query, after, limit: PAGE_SIZE }));
  const today = todayIso(new Date());
  const age = (p: (typeof items)[number]) =>
    p.dateOfBirth
      ? t("person.ageValue", { age: ageOn(p.dateOfBirth, today) })
      : p.estimatedAge != null
        ? t("person.ageEstimated", { age: estimatedAgeOn(p.estimatedAge, p.ageEstimatedOn ?? today, today) })
        : "—";
  const nextHref = (cursor: string) => {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    next.set("after", cursor);
    return `/people?${next.toString()}`;
  };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("people.title")}</h1>
        <RecordLink
          href="/people/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("shell.registerPerson")}
        </RecordLink>
      </div>
      <search className="mt-4">
        <form method="get" className="flex flex-wrap items-end gap-3">
          <QueryField id="people-query" label={t("people.query")}>
            <input
              id="people-query"
              name="q"
              type="search"
              defaultValue={typed}
              maxLength={200}
              aria-describedby="people-query-hint"
              className="mt-1 w-72 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
            />
            <p id="people-query-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {typed.length === 1 ? t("people.queryTooShort") : t("people.queryHint")}
            </p>
          </QueryField>
          <button type="submit" className={`mb-5 ${queryButton}`}>
            {t("people.search")}
          </button>
        </form>
      </search>

      {items.length === 0 ? (
        <p className="mt-6">{query ? t("people.noMatch") : t("people.empty")}</p>
      ) : (
        <DataTable
          spacing="mt-2"
          caption={t("people.title")}
          columns={[
            { key: "people.name", label: t("people.name") },
            { key: "person.age", label: t("person.age") },
            { key: "people.citizenships", label: t("people.citizenships") },
          ]}
        >
          {items.map((person) => (
            <tr key={person.id}>
              <td className="px-3 py-2">
                <RecordLink
                  className="text-brand-700 underline dark:text-brand-300"
                  href={`/people/${person.id}`}
                >
                  {displayName(person)}
                </RecordLink>
              </td>
              <td className="px-3 py-2">{age(person)}</td>
              <td className="px-3 py-2">
                {person.citizenships.map((code) => countryName(code, locale)).join(", ") || "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager
        label={t("people.pagination")}
        links={
          olderCursor
            ? [
                after
                  ? {
                      href: query ? `/people?q=${encodeURIComponent(query)}` : "/people",
                      label: t("people.firstPage"),
                    }
                  : null,
                { href: nextHref(olderCursor), label: t("cases.next") },
              ]
            : []
        }
      />
    </>
  );
}
