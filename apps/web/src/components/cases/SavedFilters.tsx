import type { CaseListView } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { api, orPageError } from "@/trpc/server";
import { DeleteSavedFilter, SaveFilterForm } from "./SavedFilterForms";

/**
 * The reader's saved filters of the case lists, to open (a link: the filters live in the URL) or
 * delete, and the form that saves the list's current filters under a name.
 */
export async function SavedFilters({ view, query }: { view: CaseListView; query: Record<string, string> }) {
  const t = await getTranslations("savedFilters");
  const saved = await orPageError((await api()).savedFilter.list());
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium">
        {t("summary", { count: saved.length })}
      </summary>
      <section aria-labelledby="saved-filters-title" className="mt-2 flex flex-col gap-3">
        <h2 id="saved-filters-title" className="sr-only">
          {t("title")}
        </h2>
        {saved.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {saved.map((filter) => (
              <li key={filter.id} className="flex flex-wrap items-center gap-3">
                {/* A plain link: the list reads its filters from the address. */}
                <a href={filter.href} className="font-medium text-brand-800 underline dark:text-brand-200">
                  {filter.name}
                </a>
                <span className="text-slate-600 dark:text-slate-400">
                  {filter.view === "all" ? t("viewAll") : t("viewMine")}
                </span>
                <DeleteSavedFilter id={filter.id} name={filter.name} />
              </li>
            ))}
          </ul>
        )}
        <SaveFilterForm view={view} query={query} />
      </section>
    </details>
  );
}
