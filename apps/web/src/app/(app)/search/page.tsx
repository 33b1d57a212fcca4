import { ageOn, displayName, estimatedAgeOn, planSearch, SEARCH_QUERY_MIN, todayIso } from "@kelias/domain";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/RecordLink";
import { NoteSnippet } from "@/components/search/NoteSnippet";
import { DataTable } from "@/components/ui/DataTable";
import { QueryField, queryButton } from "@/components/ui/QueryField";
import { countryName } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const link = "text-brand-700 underline dark:text-brand-300";

/** The global search's results: the people and the cases of the user's scope the query names. */
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const typed = (first((await searchParams).q) ?? "").trim().slice(0, 200);
  // Too short, or nothing a search could use (only punctuation): the page says so, asks nothing.
  const searchable = typed.length >= SEARCH_QUERY_MIN && planSearch(typed).kinds.length > 0;
  const result = searchable ? await orPageError((await api()).search.find({ query: typed })) : null;
  const today = todayIso(new Date());

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("search.title")}</h1>
      <search className="mt-4" aria-label={t("search.pageLandmark")}>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <QueryField id="search-query" label={t("search.label")}>
            <input
              id="search-query"
              name="q"
              type="search"
              defaultValue={typed}
              maxLength={200}
              aria-describedby="search-query-hint"
              className="mt-1 w-80 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
            />
            <p id="search-query-hint" className="mt-1 max-w-xl text-xs text-slate-600 dark:text-slate-400">
              {typed !== "" && !searchable ? t("search.tooShort") : t("search.hint")}
            </p>
          </QueryField>
          <button type="submit" className={`mb-5 ${queryButton}`}>
            {t("search.submit")}
          </button>
        </form>
      </search>

      {result ? (
        <div className="mt-4 space-y-8">
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {t("search.summary", { people: result.people.length, cases: result.cases.length, query: typed })}
          </p>

          <section aria-labelledby="search-people">
            <h2 id="search-people" className="text-lg font-semibold">
              {t("search.people", { count: result.people.length })}
            </h2>
            {result.people.length === 0 ? (
              <p className="mt-2">{t("search.noPeople")}</p>
            ) : (
              <DataTable
                spacing="mt-2"
                caption={t("search.people", { count: result.people.length })}
                columns={[
                  { key: "name", label: t("people.name") },
                  { key: "birth", label: t("search.birth") },
                  { key: "citizenships", label: t("people.citizenships") },
                  { key: "matched", label: t("search.matchedBy") },
                ]}
              >
                {result.people.map((person) => (
                  <tr key={person.id}>
                    <td className="px-3 py-2">
                      <RecordLink className={link} href={`/people/${person.id}`}>
                        {displayName(person)}
                      </RecordLink>
                    </td>
                    <td className="px-3 py-2">
                      {person.dateOfBirth
                        ? `${person.dateOfBirth} (${t("person.ageValue", { age: ageOn(person.dateOfBirth, today) })})`
                        : person.estimatedAge != null
                          ? t("person.ageEstimated", {
                              age: estimatedAgeOn(person.estimatedAge, person.ageEstimatedOn ?? today, today),
                            })
                          : "—"}
                    </td>
                    <td className="px-3 py-2">
                      {person.citizenships.map((code) => countryName(code, locale)).join(", ") || "—"}
                    </td>
                    <td className="px-3 py-2">
                      {person.matchedBy.map((m) => t(`search.match.${m}`)).join(", ")}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="search-cases">
            <h2 id="search-cases" className="text-lg font-semibold">
              {t("search.cases", { count: result.cases.length })}
            </h2>
            {result.cases.length === 0 ? (
              <p className="mt-2">{t("search.noCases")}</p>
            ) : (
              <DataTable
                spacing="mt-2"
                caption={t("search.cases", { count: result.cases.length })}
                columns={[
                  { key: "reference", label: t("cases.reference") },
                  { key: "person", label: t("cases.person") },
                  { key: "programme", label: t("cases.programme") },
                  { key: "state", label: t("cases.state") },
                  { key: "owner", label: t("cases.owner") },
                  { key: "matched", label: t("search.matchedBy") },
                ]}
              >
                {result.cases.map((item) => (
                  <tr key={item.id}>
                    <td className="px-3 py-2">
                      <RecordLink className={link} href={`/cases/${item.id}`}>
                        {item.reference}
                      </RecordLink>
                      {item.restricted ? (
                        <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                          {t("search.restricted")}
                        </span>
                      ) : null}
                    </td>
                    <td className="px-3 py-2">
                      {displayName({ givenName: item.personGivenName, familyName: item.personFamilyName })}
                    </td>
                    <td className="px-3 py-2">{t(`programmesShort.${item.programme}`)}</td>
                    <td className="px-3 py-2">{t(`states.${item.state as "closed"}`)}</td>
                    <td className="px-3 py-2">{item.ownerName}</td>
                    <td className="px-3 py-2">
                      {item.matchedBy
                        .filter((m) => m !== "sensitive")
                        .map((m) => t(`search.match.${m}`))
                        .join(", ")}
                      {item.sensitiveCategories.length > 0 ? (
                        <span className="block">
                          {t("search.matchSensitive", {
                            categories: item.sensitiveCategories
                              .map((c) => t(`sensitive.categories.${c}`))
                              .join(", "),
                          })}
                        </span>
                      ) : null}
                      {item.noteSnippet ? <NoteSnippet text={item.noteSnippet} /> : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
