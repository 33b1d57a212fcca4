import { PROGRAMMES, type Programme } from "@kelias/domain";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";

const PAGE_SIZE = 25;

interface Props {
  view: "mine" | "all";
  searchParams: Record<string, string | string[] | undefined>;
  basePath: string;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The case table behind "My cases" and "All cases": filtered in the API by the actor's scope. */
export async function CaseList({ view, searchParams, basePath }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const requested = first(searchParams.programme);
  const programme = PROGRAMMES.find((p) => p === requested) as Programme | undefined;
  const page = Math.max(1, Number.parseInt(first(searchParams.page) ?? "1", 10) || 1);
  const caller = await api();
  const { items, total } = await orPageError(
    caller.case.list({ view, programme, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (n: number) => {
    const query = new URLSearchParams();
    if (programme) query.set("programme", programme);
    if (n > 1) query.set("page", String(n));
    const qs = query.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };

  return (
    <>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="programme-filter" className="block text-sm font-medium">
            {t("cases.programmeFilter")}
          </label>
          <select
            id="programme-filter"
            name="programme"
            defaultValue={programme ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">{t("cases.allProgrammes")}</option>
            {PROGRAMMES.map((p) => (
              <option key={p} value={p}>
                {t(`programmes.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-600 dark:bg-slate-800"
        >
          {t("cases.apply")}
        </button>
      </form>

      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t("cases.total", { count: total })}
      </p>

      {items.length === 0 ? (
        <p className="mt-6">{t("cases.empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
            <caption className="sr-only">
              {view === "mine" ? t("cases.myTitle") : t("cases.allTitle")}
            </caption>
            <thead className="bg-slate-100 text-left dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.reference")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.person")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.programme")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.state")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.opened")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("cases.owner")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="px-3 py-2 font-mono">
                    <RecordLink
                      className="text-brand-700 underline dark:text-brand-300"
                      href={`/cases/${item.id}`}
                    >
                      {item.reference}
                    </RecordLink>
                    {item.restricted ? (
                      <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 font-sans text-xs dark:bg-slate-700">
                        {t("cases.restricted")}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    {item.personGivenName} {item.personFamilyName}
                  </td>
                  <td className="px-3 py-2">{t(`programmesShort.${item.programme}`)}</td>
                  <td className="px-3 py-2">{t(`states.${item.state as "closed"}`)}</td>
                  <td className="px-3 py-2">{format.dateTime(item.openedAt, { dateStyle: "medium" })}</td>
                  <td className="px-3 py-2">{item.ownerName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={t("cases.pagination")} className="mt-4 flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link className="underline" href={pageHref(page - 1)}>
              {t("cases.previous")}
            </Link>
          ) : null}
          <span>{t("cases.pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link className="underline" href={pageHref(page + 1)}>
              {t("cases.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
