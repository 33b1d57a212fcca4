import {
  ALL_CASE_STATES,
  CASE_SORTS,
  CASE_STATES,
  PROGRAMMES,
  type Programme,
  REFERRAL_SOURCE_FILTERS,
} from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseReferenceForm } from "@/components/cases/CaseReferenceForm";
import { SavedFilters } from "@/components/cases/SavedFilters";
import { CaseListExtras, listFiltersFrom } from "@/components/dashboard/CaseListExtras";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";
import { Pager } from "@/components/ui/Pager";
import { QuerySelect, queryButton } from "@/components/ui/QueryField";
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
  const requestedState = first(searchParams.state);
  const states: readonly string[] = programme ? CASE_STATES[programme] : ALL_CASE_STATES;
  const state = states.find((x) => x === requestedState);
  const requestedSort = first(searchParams.sort);
  const sort = CASE_SORTS.find((x) => x === requestedSort) ?? "opened_desc";
  const overdue = first(searchParams.overdue) === "1";
  // The dashboard's figure filters (and a caseworker's caseload): the list a figure links to.
  const extra = listFiltersFrom((key) => first(searchParams[key]));
  const after = first(searchParams.after);
  const before = first(searchParams.before);
  const caller = await api();
  const { items, total, totalCapped, restrictedNotListed, newerCursor, olderCursor } = await orPageError(
    caller.case.list({
      view,
      programme,
      state,
      sort,
      overdue: overdue || undefined,
      ...extra.filter,
      limit: PAGE_SIZE,
      after,
      before,
    }),
  );
  // Every filter lives in the address: a link (or a saved filter) opens the list as it is filtered.
  const filterQuery = () => {
    const query = new URLSearchParams();
    if (programme) query.set("programme", programme);
    if (state) query.set("state", state);
    if (overdue) query.set("overdue", "1");
    if (sort !== "opened_desc") query.set("sort", sort);
    for (const [key, value] of extra.query) query.set(key, value);
    return query;
  };
  const pageHref = (direction: "after" | "before", cursor: string) => {
    const query = filterQuery();
    query.set(direction, cursor);
    return `${basePath}?${query.toString()}`;
  };

  return (
    <>
      <div className="mt-4">
        <CaseReferenceForm />
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <QuerySelect
          id="programme-filter"
          name="programme"
          label={t("cases.programmeFilter")}
          defaultValue={programme}
          anyLabel={t("cases.allProgrammes")}
          options={PROGRAMMES.map((p) => ({ value: p, label: t(`programmes.${p}`) }))}
        />
        <QuerySelect
          id="state-filter"
          name="state"
          label={t("cases.stateFilter")}
          defaultValue={state}
          anyLabel={t("cases.allStates")}
          options={states.map((s) => ({ value: s, label: t(`states.${s as "closed"}`) }))}
        />
        <QuerySelect
          id="referral-source-filter"
          name="referralSource"
          label={t("intake.sourceLabel")}
          defaultValue={extra.filter.referralSource ?? ""}
          options={[
            { value: "", label: t("intake.allSources") },
            ...REFERRAL_SOURCE_FILTERS.map((s) => ({
              value: s,
              label: s === "not_recorded" ? t("intake.notRecorded") : t(`intake.source.${s}`),
            })),
          ]}
        />
        <QuerySelect
          id="sort-order"
          name="sort"
          label={t("cases.sortLabel")}
          defaultValue={sort}
          options={CASE_SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
        />
        <div className="flex items-center gap-2 pb-2">
          <input
            id="overdue-filter"
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={overdue}
            className="h-4 w-4 rounded border-slate-400"
          />
          <label htmlFor="overdue-filter" className="text-sm font-medium">
            {t("cases.overdueFilter")}
          </label>
        </div>
        <button type="submit" className={queryButton}>
          {t("cases.apply")}
        </button>
      </form>
      <SavedFilters view={view} query={Object.fromEntries(filterQuery())} />
      <CaseListExtras
        basePath={basePath}
        // The entry point is one of the list's own filters (above), not only a figure's.
        active={extra.query.some(([key]) => key !== "referralSource")}
        filters={[
          ["view", view],
          ...(programme ? [["programme", programme] as [string, string]] : []),
          ...(state ? [["state", state] as [string, string]] : []),
          ...(overdue ? [["overdue", "true"] as [string, string]] : []),
          ...extra.query,
        ]}
      />

      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {totalCapped ? t("cases.totalCapped", { count: total }) : t("cases.total", { count: total })}
      </p>
      {restrictedNotListed > 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t("cases.restrictedNotListed", { count: restrictedNotListed })}
        </p>
      ) : null}

      {items.length === 0 ? (
        <p className="mt-6">{t("cases.empty")}</p>
      ) : (
        <DataTable
          spacing="mt-2"
          caption={view === "mine" ? t("cases.myTitle") : t("cases.allTitle")}
          columns={[
            { key: "cases.reference", label: t("cases.reference") },
            { key: "cases.person", label: t("cases.person") },
            { key: "cases.programme", label: t("cases.programme") },
            { key: "cases.state", label: t("cases.state") },
            { key: "cases.opened", label: t("cases.opened") },
            { key: "cases.updated", label: t("cases.updated") },
            { key: "cases.owner", label: t("cases.owner") },
          ]}
        >
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
              <td className="px-3 py-2">{format.dateTime(item.updatedAt, { dateStyle: "medium" })}</td>
              <td className="px-3 py-2">{item.ownerName}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <Pager
        label={t("cases.pagination")}
        links={[
          newerCursor ? { href: pageHref("before", newerCursor), label: t("cases.previous") } : null,
          olderCursor ? { href: pageHref("after", olderCursor), label: t("cases.next") } : null,
        ]}
      />
    </>
  );
}
